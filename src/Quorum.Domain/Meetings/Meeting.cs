using NodaTime;
using Quorum.Domain.Committees;

namespace Quorum.Domain.Meetings;

/// <summary>One sitting of a body: when and where, its status, its agenda and what happened.</summary>
public sealed class Meeting : Entity
{
    public required Guid CommitteeId { get; set; }

    public Committee? Committee { get; set; }

    public required LocalDate Date { get; set; }

    public required LocalTime StartTime { get; set; }

    /// <summary>"Committee Rooms 1 &amp; 2, Harrow Civic Centre"; null for a meeting held only online.</summary>
    public string? Venue { get; private set; }

    /// <summary>Where a virtual or hybrid meeting can be watched or joined.</summary>
    public string? VirtualLink { get; private set; }

    public MeetingStatus Status { get; private set; } = MeetingStatus.Scheduled;

    /// <summary>Why a meeting was cancelled or postponed, as the public notice gives it.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>An extraordinary ("special") meeting called for particular business.</summary>
    public bool IsSpecial { get; set; }

    /// <summary>"Agenda publication date"; the agenda and its Part I papers are public from this day.</summary>
    public LocalDate? AgendaPublishedOn { get; set; }

    /// <summary>When the minutes (draft or approved) were published.</summary>
    public LocalDate? MinutesPublishedOn { get; set; }

    /// <summary>"(Note: The meeting, having commenced at 7.30 pm, closed at 9.50 pm)."</summary>
    public LocalTime? ClosedAt { get; set; }

    public List<AgendaItem> AgendaItems { get; private set; } = [];

    public List<Attendance> Attendances { get; private set; } = [];

    public LocalDateTime Start => Date + StartTime;

    public void SetPlace(string? venue, string? virtualLink)
    {
        if (string.IsNullOrWhiteSpace(venue) && string.IsNullOrWhiteSpace(virtualLink))
        {
            throw new ArgumentException("A meeting needs a venue, a virtual meeting link, or both.", nameof(venue));
        }
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
        VirtualLink = string.IsNullOrWhiteSpace(virtualLink) ? null : virtualLink.Trim();
    }

    public void Cancel(string reason) => ChangeStatus(MeetingStatus.Cancelled, reason);

    public void Postpone(string reason) => ChangeStatus(MeetingStatus.Postponed, reason);

    public void MarkHeld(LocalTime closedAt)
    {
        if (Status is MeetingStatus.Cancelled)
        {
            throw new InvalidOperationException($"The meeting of {Date:d MMMM uuuu} was cancelled and cannot be recorded as held.");
        }
        Status = MeetingStatus.Held;
        StatusReason = null;
        ClosedAt = closedAt;
    }

    private void ChangeStatus(MeetingStatus status, string reason)
    {
        if (Status is MeetingStatus.Held)
        {
            throw new InvalidOperationException($"The meeting of {Date:d MMMM uuuu} has been held; it cannot be {status.ToString().ToLowerInvariant()}.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException($"Give the reason the meeting is {status.ToString().ToLowerInvariant()}; it is published.", nameof(reason));
        }
        Status = status;
        StatusReason = reason.Trim();
    }
}
