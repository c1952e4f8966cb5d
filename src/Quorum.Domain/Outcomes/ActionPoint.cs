using NodaTime;

namespace Quorum.Domain.Outcomes;

/// <summary>A follow-up the minutes assign ("ACTION: Director of Public Health to circulate the data to Members").</summary>
public sealed class ActionPoint : Entity
{
    public required Guid MinuteId { get; set; }

    public required string Description { get; set; }

    /// <summary>Who is to act, as minuted: an officer's name or post.</summary>
    public required string Owner { get; set; }

    public LocalDate? DueOn { get; set; }

    public LocalDate? CompletedOn { get; private set; }

    public bool IsOpen => CompletedOn is null;

    public void Complete(LocalDate on) => CompletedOn = on;
}
