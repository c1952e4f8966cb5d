using NodaTime;

namespace Quorum.Domain.Outcomes;

/// <summary>A follow-up the minutes assign ("ACTION: Director of Public Health to circulate the data to Members").</summary>
public sealed class ActionPoint : Entity
{
    public required Guid MinuteId { get; set; }

    /// <summary>The decision the action carries out, when it comes from one.</summary>
    public Guid? ResolutionId { get; set; }

    public required string Description { get; set; }

    /// <summary>Who is to act, as minuted: an officer's name or post.</summary>
    public required string Owner { get; set; }

    public LocalDate? DueOn { get; set; }

    public LocalDate? CompletedOn { get; private set; }

    /// <summary>The tracker's red/amber/green rating, set by the owner or the clerk.</summary>
    public ActionStatus Status { get; set; } = ActionStatus.Green;

    /// <summary>The meeting the owner is to report back to.</summary>
    public Guid? ReportBackMeetingId { get; set; }

    public bool IsOpen => CompletedOn is null;

    /// <summary>Open and past its due date on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(LocalDate today) => IsOpen && DueOn is { } due && due < today;

    public void Complete(LocalDate on)
    {
        CompletedOn = on;
        Status = ActionStatus.Complete;
    }
}

/// <summary>The RAG rating councils print in their action trackers.</summary>
public enum ActionStatus
{
    Red,
    Amber,
    Green,
    Complete,
}
