using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Quorum.Import.Model;

/// <summary>
/// Everything read from one agenda pack, in the shape of the hand-checked ground truth
/// (<c>samples/groundtruth/README.md</c>) plus the warnings the validator raised.
/// A value the pack does not state is null; a list the pack states to be empty is empty.
/// </summary>
public sealed class ExtractedPack
{
    public string? Source { get; set; }
    public MeetingDetails? Meeting { get; set; }
    public ContactDetails? Contact { get; set; }
    public List<MemberEntry> Members { get; } = [];
    public List<AgendaEntry> Agenda { get; } = [];
    public List<MinuteSet> Minutes { get; } = [];
    public List<ReportEntry> Reports { get; } = [];
    public List<ExtractionWarning> Warnings { get; } = [];

    /// <summary>Each extracted field's confidence (0–1) by its path ("meeting.venue", "agenda[3].pages"); a field
    /// below the threshold was emptied and warned about. Beside the ground-truth shape, which the scorer ignores.</summary>
    public SortedDictionary<string, double> Confidence { get; } = new(StringComparer.Ordinal);
}

public sealed class MeetingDetails
{
    public string? Committee { get; set; }
    public LocalDate? Date { get; set; }
    public LocalTime? Time { get; set; }
    public string? Venue { get; set; }
    public int? Quorum { get; set; }
    public LocalDate? AgendaPublished { get; set; }
    public LocalDateTime? PublicQuestionDeadline { get; set; }
}

public sealed class ContactDetails
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    [JsonIgnore]
    public int? Line { get; set; }
}

/// <summary>A seat on the body as the front sheet prints it.</summary>
public sealed class MemberEntry
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    /// <summary>chair, vice-chair, member, co-opted-voting, co-opted-non-voting, representative, advisory, reserve, substitute, officer.</summary>
    public string Role { get; set; } = MemberRoles.Member;
    public string? Group { get; set; }
    public int? Order { get; set; }
    public string? Organisation { get; set; }
    public string? Position { get; set; }
}

public static class MemberRoles
{
    public const string Chair = "chair";
    public const string ViceChair = "vice-chair";
    public const string Member = "member";
    public const string CoOptedVoting = "co-opted-voting";
    public const string CoOptedNonVoting = "co-opted-non-voting";
    public const string Representative = "representative";
    public const string Advisory = "advisory";
    public const string Reserve = "reserve";
    public const string Substitute = "substitute";
    public const string Officer = "officer";
}

public sealed class AgendaEntry
{
    /// <summary>The number as printed; empty when the agenda prints none (items known by their titles only).</summary>
    [JsonIgnore]
    public string Number { get; set; } = "";

    /// <summary>The ground-truth shape: null for an unnumbered item.</summary>
    [JsonPropertyName("number")]
    public string? NumberAsPrinted
    {
        get => Number.Length == 0 ? null : Number;
        set => Number = value ?? "";
    }
    [JsonIgnore]
    public string Title { get; set; } = "";

    /// <summary>The ground-truth shape: null when no title is printed (a row that kept only its number).</summary>
    [JsonPropertyName("title")]
    public string? TitleAsPrinted
    {
        get => Title.Length == 0 ? null : Title;
        set => Title = value ?? "";
    }
    /// <summary>"I" (public) or "II" (exempt).</summary>
    /// <summary>"I" or "II" as the agenda's part headings say; null when the agenda prints no part heading.</summary>
    public string? Part { get; set; }
    /// <summary>First and last pack page, or null when the agenda prints none.</summary>
    public int[]? Pages { get; set; }
    public bool ToFollow { get; set; }
    public string? ReportOf { get; set; }

    /// <summary>The Schedule 12A paragraph a Part II item cites ("paragraph 3 of Part 1 of Schedule 12A"), when printed.
    /// Not in the ground-truth shape, so not written by <c>quorum extract</c>; the importer stores it.</summary>
    [JsonIgnore]
    public int? Schedule12AParagraph { get; set; }

    [JsonIgnore]
    public int Line { get; set; }
}

/// <summary>One set of minutes of an earlier meeting printed in the pack.</summary>
public sealed class MinuteSet
{
    public string? Committee { get; set; }
    /// <summary>"special" when the heading says so, else null.</summary>
    public string? MeetingType { get; set; }
    public LocalDate? Date { get; set; }

    /// <summary>Other sittings the same minute records ("the site inspection on 9 September and the meeting on 17
    /// September"), each with its own attendance; the pack lists them as minutes of their own.</summary>
    [JsonIgnore]
    public List<MinuteSet> OtherSittings { get; } = [];

    [JsonIgnore]
    public List<string> Present { get; } = [];

    /// <summary>Present as printed: null when the minutes print no attendance at all.</summary>
    [JsonPropertyName("present")]
    public List<string>? PresentPrinted
    {
        get => Present.Count > 0 || MarkedTable ? Present : null;
        set => Replace(Present, value);
    }

    /// <summary>Null when the legend has no apologies mark, so apologies cannot be told from absence.</summary>
    public List<string>? Apologies { get; set; }

    [JsonIgnore]
    public List<string> Absent { get; } = [];

    /// <summary>Absent (listed with no mark) only means something under a legend of marks; otherwise null.</summary>
    [JsonPropertyName("absent")]
    public List<string>? AbsentPrinted
    {
        get => Absent.Count > 0 || MarkedTable ? Absent : null;
        set => Replace(Absent, value);
    }

    /// <summary>Null when there is no "In attendance" row.</summary>
    public List<string>? InAttendance { get; set; }

    [JsonIgnore]
    public List<ReserveAttendance> ReserveAttendance { get; } = [];

    [JsonPropertyName("reserveAttendance")]
    public List<ReserveAttendance>? ReserveAttendancePrinted
    {
        get => ReserveAttendance.Count > 0 || MarkedTable ? ReserveAttendance : null;
        set => Replace(ReserveAttendance, value);
    }

    /// <summary>True when attendance is the marked table (* present, † apologies, unmarked absent).</summary>
    [JsonIgnore]
    public bool MarkedTable { get; set; }
    public LocalTime? Start { get; set; }
    public LocalTime? Close { get; set; }
    [JsonPropertyName("signed")]
    public string? SignedBy { get; set; }
    public List<MinuteItem> Items { get; } = [];

    [JsonIgnore]
    public int Line { get; set; }

    private static void Replace<T>(List<T> list, List<T>? value)
    {
        if (!ReferenceEquals(list, value))
        {
            list.Clear();
            list.AddRange(value ?? []);
        }
    }
}

public sealed class ReserveAttendance
{
    public string? OrdinaryMember { get; set; }
    public string? ReserveMember { get; set; }
    public string? ReserveCategory { get; set; }
}

public sealed class MinuteItem
{
    /// <summary>The minute's sequence number (219; 42 for "CL42/19"); 0 when none is printed.</summary>
    [JsonIgnore]
    public int Number { get; set; }

    /// <summary>The number as printed when it is not a plain integer ("CL42/19", "82/23", "III"), else null.</summary>
    [JsonIgnore]
    public string? PrintedNumber { get; set; }

    /// <summary>The ground-truth shape: the printed code as a string, a plain number as a number, null when unnumbered.</summary>
    [JsonPropertyName("number")]
    public object? NumberAsPrinted
    {
        get => PrintedNumber is not null ? PrintedNumber : Number > 0 ? Number : null;
        set
        {
            switch (value)
            {
                case JsonElement { ValueKind: JsonValueKind.Number } n:
                    Number = n.GetInt32();
                    break;
                case JsonElement { ValueKind: JsonValueKind.String } s:
                    PrintedNumber = s.GetString();
                    Number = Parsing.ItemNumbering.Read(PrintedNumber + " X")?.Value ?? 0;
                    break;
                case int i:
                    Number = i;
                    break;
                default:
                    break;
            }
        }
    }
    [JsonIgnore]
    public string Title { get; set; } = "";

    /// <summary>The ground-truth shape: null when no title is printed (CMIS's bare minute number "181").</summary>
    [JsonPropertyName("title")]
    public string? TitleAsPrinted
    {
        get => Title.Length == 0 ? null : Title;
        set => Title = value ?? "";
    }
    /// <summary>Text after "Resolved to RECOMMEND:", one string per part.</summary>
    public List<string> Recommended { get; } = [];
    /// <summary>Text after "RESOLVED:" or "AGREED:", one string per part.</summary>
    public List<string> Resolutions { get; } = [];
    /// <summary>True when the decision was printed "AGREED" rather than "RESOLVED".</summary>
    [JsonIgnore]
    public bool Agreed { get; set; }

    /// <summary>The partnership minutes' ACTION column, when printed.</summary>
    public string? Action { get; set; }

    [JsonIgnore]
    public int Line { get; set; }
}

public sealed class ReportEntry
{
    public string? AgendaItem { get; set; }
    public string? ReportFor { get; set; }
    public int[]? Pages { get; set; }
    public string? Subject { get; set; }
    public LocalDate? MeetingDate { get; set; }
    public string? ResponsibleOfficer { get; set; }
    public List<string>? ScrutinyLeadMember { get; set; }
    public string? PortfolioHolder { get; set; }
    public bool? Exempt { get; set; }
    public string? WardsAffected { get; set; }
    public bool? KeyDecision { get; set; }
    public bool? DecisionSubjectToCallIn { get; set; }
    public string? CallInWaived { get; set; }
    public List<string> Enclosures { get; } = [];
    /// <summary>Null when the report has no clearance section; empty when it says clearance was not required.</summary>
    public List<Clearance>? Clearance { get; set; }
    public string? WardCouncillorsNotified { get; set; }
    public string? Contact { get; set; }

    [JsonIgnore]
    public int Line { get; set; }

    /// <summary>The "Agenda Item N Pages a to b" stamp, when printed.</summary>
    [JsonIgnore]
    public string? StampedItem { get; set; }

    /// <summary>The pack's lines after the report that are its appendices, with the headings that open them; empty
    /// when the pack does not print them. Not in the ground-truth shape; the importer stores them as enclosures.</summary>
    [JsonIgnore]
    public List<EnclosedText> EnclosedText { get; } = [];
}

/// <summary>A run of enclosure lines after a report (to a blank page or the next anchor) and its appendix headings.</summary>
public sealed record EnclosedText(int FirstLine, int LastLine, IReadOnlyList<(int Line, string Text)> Headings);

public sealed class Clearance
{
    public string? Role { get; set; }
    public string? Name { get; set; }
    public LocalDate? Date { get; set; }
    public bool OnBehalf { get; set; }
}

/// <summary>
/// Something the extractor noticed and did not fix: a source inconsistency, an ambiguity, or content lost in
/// conversion. <see cref="Line"/> is the 1-based line of the text form; <see cref="Page"/> the PDF page.
/// </summary>
public sealed record ExtractionWarning(string Code, string Message, int? Line, int? Page);
