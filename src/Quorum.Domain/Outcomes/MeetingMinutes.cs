using NodaTime;

namespace Quorum.Domain.Outcomes;

/// <summary>Where a meeting's minutes are: drafted from the record, approved at the next meeting, published.</summary>
public enum MinutesState
{
    Draft,
    Approved,
    Published,
}

/// <summary>
/// The minutes of one meeting as a document: generated as a draft from the recorded attendance, declarations,
/// votes and decisions, edited by the clerk, approved and signed at the next meeting (CPR-9), then published.
/// Only published minutes are public (<see cref="Visibility.PublicMinutes"/>).
/// </summary>
public sealed class MeetingMinutes : Entity
{
    public required Guid MeetingId { get; set; }

    public Meetings.Meeting? Meeting { get; set; }

    public MinutesState State { get; private set; } = MinutesState.Draft;

    /// <summary>The minutes as plain text in the council's layout.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The same minutes as an HTML fragment for the site.</summary>
    public string Html { get; private set; } = "";

    /// <summary>Whether the clerk has changed the text since it was generated.</summary>
    public bool EditedByClerk { get; private set; }

    /// <summary>The meeting at which the minutes were approved and signed as a correct record.</summary>
    public Guid? ApprovedAtMeetingId { get; private set; }

    public LocalDate? ApprovedOn { get; private set; }

    /// <summary>"subject to the following amendment: …", when the meeting amended them before signing.</summary>
    public string? Amendment { get; private set; }

    public LocalDate? PublishedOn { get; private set; }

    /// <summary>Replaces the draft with a fresh rendering of the record (or the clerk's edit).</summary>
    public void Draft(string text, string html, bool byClerk)
    {
        if (State != MinutesState.Draft)
        {
            throw new ProcedureRuleException("CPR-9", $"the minutes have been {State.ToString().ToLowerInvariant()}; signed minutes cannot be redrafted");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("Minutes text cannot be empty.", nameof(text));
        }
        Text = text;
        Html = html;
        EditedByClerk |= byClerk;
    }

    /// <summary>Records approval at a later meeting (LGA 1972 Sch 12 para 41: signed at the same or next suitable meeting).</summary>
    public void Approve(Guid atMeetingId, LocalDate on, string? amendment)
    {
        if (State != MinutesState.Draft)
        {
            throw new ProcedureRuleException("CPR-9", $"the minutes were already approved on {ApprovedOn:uuuu-MM-dd}");
        }
        ApprovedAtMeetingId = atMeetingId;
        ApprovedOn = on;
        Amendment = string.IsNullOrWhiteSpace(amendment) ? null : amendment.Trim();
        State = MinutesState.Approved;
    }

    public void Publish(LocalDate on)
    {
        if (State == MinutesState.Draft)
        {
            throw new ProcedureRuleException("CPR-9", "draft minutes are not published: approve them at the next meeting first");
        }
        if (ApprovedOn is { } approved && on < approved)
        {
            throw new ProcedureRuleException("CPR-9", $"minutes cannot be published on {on:uuuu-MM-dd}, before their approval on {approved:uuuu-MM-dd}");
        }
        PublishedOn = on;
        State = MinutesState.Published;
    }
}
