using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;

namespace Quorum.Publishing.Packs;

/// <summary>
/// Everything printed in one meeting's agenda pack, gathered from the store (<c>MeetingPackLoader</c>)
/// so that rendering needs no database. Items are in agenda order; reports carry their enclosure files.
/// </summary>
public sealed record AgendaPack
{
    public required string Committee { get; init; }

    public required LocalDate Date { get; init; }

    public required LocalTime Time { get; init; }

    public required string Venue { get; init; }

    public int? Quorum { get; init; }

    public LocalDate? PublishedOn { get; init; }

    public LocalDateTime? PublicQuestionDeadline { get; init; }

    public required PackContact Contact { get; init; }

    /// <summary>Seats in printed order: chair, vice-chair, members by group, co-optees.</summary>
    public IReadOnlyList<PackMember> Members { get; init; } = [];

    /// <summary>One numbered list per party group.</summary>
    public IReadOnlyList<PackReserveList> Reserves { get; init; } = [];

    public required IReadOnlyList<PackItem> Items { get; init; }
}

public sealed record PackContact(string Name, string Title, string Phone, string Email);

public sealed record PackMember(string Name, PackSeat Seat, string? Group = null, string? Title = null, string? Organisation = null);

/// <summary>How a member sits on the body, which decides where the front sheet prints them.</summary>
public enum PackSeat
{
    Chair,
    ViceChair,
    Member,
    CoOpted,
    Advisory,
}

public sealed record PackReserveList(string? Group, IReadOnlyList<string> Names);

public sealed record PackItem
{
    public required int Number { get; init; }

    public required string Title { get; init; }

    public AgendaPart Part { get; init; } = AgendaPart.PartI;

    public Schedule12AParagraph? ExemptionParagraph { get; init; }

    public bool ToFollow { get; init; }

    /// <summary>"Corporate Director, Resources" for "Report of the Corporate Director, Resources".</summary>
    public string? ReportOf { get; init; }

    /// <summary>The standing words printed under the item on the agenda.</summary>
    public string? Description { get; init; }

    public PackReport? Report { get; init; }

    /// <summary>
    /// The previous meeting's published minutes, printed as this item's papers in the public pack (the Minutes item),
    /// as councils print them for signing.
    /// </summary>
    public string? PreviousMinutes { get; init; }

    /// <summary>Accepted public questions printed under the Public Questions item, in order of receipt.</summary>
    public IReadOnlyList<PackQuestion> Questions { get; init; } = [];

    /// <summary>Deputations the chair agreed to hear on this item, in order of receipt.</summary>
    public IReadOnlyList<PackDeputation> Deputations { get; init; } = [];
}

/// <summary>A public question as the agenda prints it: number, questioner's name and question; never contact details.</summary>
public sealed record PackQuestion(int Number, string AskedBy, string Text);

/// <summary>An accepted deputation as the agenda prints it under its item: speaker, organisation, time allowed, subject.</summary>
public sealed record PackDeputation(string Speaker, string? Organisation, int Minutes, string Subject);

/// <summary>A report on the council's cover sheet, with its sections, clearance and enclosures.</summary>
public sealed record PackReport
{
    public required string ReportFor { get; init; }

    public required LocalDate DateOfMeeting { get; init; }

    public required string Subject { get; init; }

    public bool? KeyDecision { get; init; }

    public required string ResponsibleOfficer { get; init; }

    public string? PortfolioHolder { get; init; }

    public string? ScrutinyLeadMember { get; init; }

    public Schedule12AParagraph? ExemptionParagraph { get; init; }

    public bool? DecisionSubjectToCallIn { get; init; }

    public string? WardsAffected { get; init; }

    public required string Summary { get; init; }

    public required string Recommendations { get; init; }

    /// <summary>Section 2 - Report: paragraphs separated by blank lines.</summary>
    public required string Body { get; init; }

    /// <summary>The headed parts of Section 2 after the opening text: options considered, background, implications.</summary>
    public IReadOnlyList<PackReportSection> Sections { get; init; } = [];

    /// <summary>The sections are Markdown (written in Quorum's editor) rather than text read from a pack.</summary>
    public bool Markdown { get; init; }

    public IReadOnlyList<PackClearance> Clearances { get; init; } = [];

    public string? WardCouncillorsNotified { get; init; }

    public string? Contact { get; init; }

    public string? BackgroundPapers { get; init; }

    public IReadOnlyList<PackEnclosure> Enclosures { get; init; } = [];
}

public sealed record PackReportSection(string Heading, string Text);

public sealed record PackClearance(ClearanceRole Role, string Name, LocalDate? Date, bool OnBehalf);

/// <summary>An uploaded PDF appended after its report; exempt appendices go only into the Part II pack.</summary>
public sealed record PackEnclosure(string Title, string PdfPath, Schedule12AParagraph? ExemptionParagraph = null);
