using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;

namespace Quorum.Application.Agendas;

/// <summary>
/// A body's meetings as the clerk schedules them: created with the body's standing items in template order, and
/// cancelled or postponed with a reason the public page shows. Each change is announced after it commits, so the
/// public calendar and meeting page show it at once.
/// </summary>
public sealed class MeetingSchedule(QuorumDbContext db, PublicationEvents publication, ProcedureRulebook? rulebook = null)
{
    /// <summary>
    /// Creates the meeting with the standing items of its body's agenda template, citing the standing orders in
    /// force on its date; the text is then the meeting's own, so later changes to the settings leave it as it was.
    /// </summary>
    public async Task<Meeting> CreateAsync(Guid committeeId, LocalDate date, LocalTime startTime, string venue, CancellationToken cancellationToken)
    {
        var committee = await db.Committees.Include(c => c.Parent).SingleAsync(c => c.Id == committeeId, cancellationToken);
        var meeting = new Meeting { CommitteeId = committee.Id, Date = date, StartTime = startTime };
        meeting.SetPlace(venue, null);
        var previous = await db.Meetings.Where(m => m.CommitteeId == committee.Id && m.Date < date && m.Status != MeetingStatus.Cancelled)
            .OrderByDescending(m => m.Date).Select(m => (LocalDate?)m.Date).FirstOrDefaultAsync(cancellationToken);
        var number = 1;
        var orders = (rulebook ?? ProcedureRulebook.Harrow).For(date, committee.Name).StandingOrders;
        foreach (var standing in AgendaTemplate.StandingItems(committee.Name, previous, orders, committee.IsExecutive))
        {
            meeting.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, Number = number++, Title = standing.Title, Description = standing.Description, Standing = standing.Standing });
        }
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        await publication.PublishedAsync(new PublishedChange(committee.CouncilId, meeting.Id, PublishedContent.Agenda), cancellationToken);
        return meeting;
    }

    /// <summary>Cancels or postpones the meeting; the reason is published. Refusals throw <see cref="ArgumentException"/> or <see cref="InvalidOperationException"/> and write nothing.</summary>
    public async Task<Meeting> ChangeStatusAsync(Guid meetingId, bool cancel, string reason, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Committee).SingleAsync(m => m.Id == meetingId, cancellationToken);
        try
        {
            if (cancel)
            {
                meeting.Cancel(reason);
            }
            else
            {
                meeting.Postpone(reason);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
        await publication.PublishedAsync(new PublishedChange(meeting.Committee!.CouncilId, meetingId, PublishedContent.Agenda), cancellationToken);
        return meeting;
    }
}
