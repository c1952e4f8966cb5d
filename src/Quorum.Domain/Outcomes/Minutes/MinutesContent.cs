using NodaTime;
using Quorum.Domain.Meetings;

namespace Quorum.Domain.Outcomes.Minutes;

/// <summary>One name in the attendance block with its mark: * present, † apologies, (n) reserve, unmarked absent.</summary>
public sealed record AttendanceEntry(string Name, AttendanceMark Mark, int? ReserveCategory = null);

/// <summary>A row of the attendance block: "Chair:", "Councillors:", "Voting Co-opted:", "Non-voting Co-opted:".</summary>
public sealed record AttendanceRow(string Label, IReadOnlyList<AttendanceEntry> Entries);

/// <summary>Someone in attendance who is not a member, with the minutes they attended for ("Minute 230").</summary>
public sealed record InAttendanceEntry(string Name, string? Note);

/// <summary>A line of the reserves table: "Councillor Ameet Jogia | Councillor Barry Macleod-Cullinane".</summary>
public sealed record ReserveLine(string OrdinaryMember, string ReserveMember);

/// <summary>Where a minute is printed: the opening standing items, or under "RESOLVED ITEMS" / "RECOMMENDED ITEMS".</summary>
public enum MinuteSection
{
    Standing,
    Resolved,
    Recommended,
}

/// <summary>A decision with its parts, as recorded.</summary>
public sealed record DecisionText(ResolutionKind Kind, string Text, IReadOnlyList<string> Parts);

/// <summary>A vote as the minutes report it, with the names for a recorded vote.</summary>
public sealed record VoteText(
    string Motion,
    int For,
    int Against,
    int Abstentions,
    bool Carried,
    VoteChoice? CastingVote,
    string? Presiding,
    IReadOnlyList<string>? NamesFor,
    IReadOnlyList<string>? NamesAgainst,
    IReadOnlyList<string>? NamesAbstaining);

/// <summary>
/// One numbered minute. <see cref="Notes"/> (apologies, arrivals during the item) print before the narrative,
/// <see cref="Actions"/> after the decisions, and <see cref="Departures"/> last.
/// </summary>
public sealed record MinuteContent(
    int Number,
    string Title,
    MinuteSection Section,
    string Body,
    IReadOnlyList<string> Declarations,
    IReadOnlyList<VoteText> Votes,
    IReadOnlyList<DecisionText> Decisions,
    IReadOnlyList<ReserveLine> Reserves,
    bool Exempt = false,
    string? NothingToReport = null,
    IReadOnlyList<string>? Notes = null,
    IReadOnlyList<string>? Actions = null,
    IReadOnlyList<string>? Departures = null);

/// <summary>Everything the draft minutes of one meeting print, gathered from the record.</summary>
public sealed record MinutesContent(
    string Body,
    bool Special,
    LocalDate Date,
    LocalTime Start,
    LocalTime? Close,
    IReadOnlyList<AttendanceRow> Attendance,
    IReadOnlyList<InAttendanceEntry> InAttendanceCouncillors,
    IReadOnlyList<InAttendanceEntry> InAttendanceOfficers,
    IReadOnlyList<MinuteContent> Minutes,
    string? ChairName,
    string ChairTitle = "Chair");
