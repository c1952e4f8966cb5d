namespace Quorum.Domain.Meetings;

/// <summary>
/// A numbered item of business. Part II items are taken with the press and public excluded and must cite the
/// Schedule 12A paragraph that makes them exempt; Part I items must not.
/// </summary>
public sealed class AgendaItem : Entity
{
    public required Guid MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public required int Number
    {
        get;
        set => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Agenda item numbers start at 1.");
    }

    /// <summary>
    /// What follows the number as printed, so items "10a" and "10b" stay two items: empty for a plain number. Letters,
    /// digits and brackets only ("a", "(i)"), since it is part of the item's web address.
    /// </summary>
    public string Suffix
    {
        get;
        set => field = value.Length <= MaxSuffixLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '(' or ')')
            ? value
            : throw new ArgumentException($"Item {Number}: '{value}' is not an item number suffix (up to {MaxSuffixLength} letters, digits or brackets, as in 10a or 11(i)).", nameof(value));
    } = "";

    public const int MaxSuffixLength = 8;

    /// <summary>The number as printed: "7", "10a".</summary>
    public string Label => $"{Number}{Suffix}";

    public required string Title { get; set; }

    public AgendaPart Part { get; private set; } = AgendaPart.PartI;

    public Schedule12AParagraph? ExemptionParagraph { get; private set; }

    /// <summary>Printed "(To Follow)": the papers were not ready when the agenda was published.</summary>
    public bool ToFollow { get; set; }

    public PageRange? Pages { get; set; }

    /// <summary>"Report of the Corporate Director, People Services".</summary>
    public string? ReportOf { get; set; }

    /// <summary>The standing words printed under the item (reserve rules, declarations wording, "Which cannot otherwise be dealt with.").</summary>
    public string? Description { get; set; }

    /// <summary>Whether the item concerns the council's education functions, on which education co-optees may vote.</summary>
    public bool IsEducationMatter { get; set; }

    /// <summary>Which standing item of the agenda template this is; null for business items.</summary>
    public StandingItem? Standing { get; set; }

    /// <summary>
    /// The chair's reason for taking an item that was added after the agenda deadline as urgent business
    /// (Local Government Act 1972 s100B(4)(b)); recorded for the minutes.
    /// </summary>
    public string? UrgencyReason { get; private set; }

    public bool IsLate => UrgencyReason is not null;

    public void TakeAsUrgent(string chairsReason)
    {
        if (string.IsNullOrWhiteSpace(chairsReason))
        {
            throw new ArgumentException($"Item '{Title}' was added after the agenda deadline: record the chair's reason for urgency, which the minutes will give.", nameof(chairsReason));
        }
        UrgencyReason = chairsReason.Trim();
    }

    public void TakeInPrivate(Schedule12AParagraph paragraph)
    {
        Part = AgendaPart.PartII;
        ExemptionParagraph = paragraph ?? throw new ArgumentNullException(nameof(paragraph), $"Item {Number} ({Title}): Part II business must cite a Schedule 12A paragraph.");
    }

    /// <summary>
    /// A historical pack printed this item under Part II without citing its paragraph. The item stays private all the
    /// same; the importer flags the missing citation rather than inventing one.
    /// </summary>
    public void RecordAsPrintedInPartII(Schedule12AParagraph? paragraph)
    {
        Part = AgendaPart.PartII;
        ExemptionParagraph = paragraph;
    }

    public void TakeInPublic()
    {
        Part = AgendaPart.PartI;
        ExemptionParagraph = null;
    }
}
