namespace Quorum.Domain.Meetings;

public enum MeetingStatus
{
    Scheduled,
    Cancelled,
    Postponed,
    Held,
}
