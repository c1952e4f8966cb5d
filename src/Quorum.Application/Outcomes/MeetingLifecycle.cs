using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;

namespace Quorum.Application.Outcomes;

/// <summary>
/// A meeting's passage from scheduled to held: the clerk records that it took place and when it closed. Only a held
/// meeting shows its attendance publicly, counts in attendance statistics and gets the minutes' closing line.
/// </summary>
public sealed class MeetingLifecycle(QuorumDbContext db, IClock clock, DateTimeZone zone, PublicationEvents publication)
{
    public MeetingLifecycle(QuorumDbContext db, PublicationEvents publication)
        : this(db, db.Clock, CouncilTime.London, publication)
    {
    }

    private LocalDate Today => clock.GetCurrentInstant().InZone(zone).Date;

    /// <summary>Marks the meeting held, closing at <paramref name="closedAt"/>. Refused before the meeting's day and
    /// for a cancelled meeting; marking it again corrects the closing time.</summary>
    public async Task<Meeting> MarkHeldAsync(Guid meetingId, LocalTime closedAt, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new ProcedureRuleException("Record", $"no meeting with id {meetingId}");
        if (meeting.Date > Today)
        {
            throw new ProcedureRuleException("Record", $"the meeting of {meeting.Date:d MMMM uuuu} has not yet taken place, so it cannot be recorded as held");
        }
        if (meeting.Date == Today && closedAt <= meeting.StartTime)
        {
            throw new ProcedureRuleException("Record", $"the meeting cannot close at {closedAt:HH:mm}, before it started at {meeting.StartTime:HH:mm}");
        }
        try
        {
            meeting.MarkHeld(closedAt);
        }
        catch (InvalidOperationException ex)
        {
            throw new ProcedureRuleException("Record", ex.Message);
        }
        await db.SaveChangesAsync(cancellationToken);
        // The public meeting page now shows who attended; its minutes section follows the council's draft rule.
        await publication.PublishedAsync(new PublishedChange(meeting.Committee!.CouncilId, meeting.Id, PublishedContent.Minutes), cancellationToken);
        return meeting;
    }
}
