using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes.Recording;
using Quorum.Domain.Rules;

namespace Quorum.Application.Outcomes;

/// <summary>Loads a stored meeting with everything the rules need about it, and the settings in force for it.</summary>
internal static class StoredMeetings
{
    private static readonly DateTimeZone London = CouncilTime.London;

    public static async Task<Meeting> MeetingAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken)
        => await db.Meetings
            .Include(m => m.Committee)
            // A quorum set as a share counts the body's voting members on the day (Settings).
            .ThenInclude(c => c!.Memberships)
            .Include(m => m.AgendaItems)
            .Include(m => m.Attendances)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new ProcedureRuleException("Record", $"no meeting with id {meetingId}");

    /// <summary>
    /// The meeting, for recording what happened at it: refused for a meeting that has not yet taken place (by the
    /// council's clock) or did not take place, so a record cannot be entered against the wrong date by mistake.
    /// Apologies are the exception: members send them before the meeting, so <paramref name="apologiesOnly"/> lets
    /// the clerk note them ahead of the day.
    /// </summary>
    public static async Task<Meeting> ToRecordAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken, bool apologiesOnly = false)
    {
        var meeting = await MeetingAsync(db, meetingId, cancellationToken);
        var name = $"the meeting of {meeting.Committee!.Name} on {meeting.Date:d MMMM uuuu}";
        if (meeting.Status is MeetingStatus.Cancelled or MeetingStatus.Postponed)
        {
            throw new ProcedureRuleException("Record", $"{name} was {meeting.Status.ToString().ToLowerInvariant()}, so nothing can be recorded at it");
        }
        var today = db.Clock.GetCurrentInstant().InZone(London).Date;
        if (meeting.Date > today && !apologiesOnly)
        {
            throw new ProcedureRuleException("Record", $"{name} has not yet taken place (today is {today:d MMMM uuuu}); only apologies can be noted before the day, and its attendance and decisions are recorded on or after it");
        }
        return meeting;
    }

    public static async Task<MeetingRecord> LoadAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await MeetingAsync(db, meetingId, cancellationToken);
        return await LoadAsync(db, meeting, cancellationToken);
    }

    public static async Task<MeetingRecord> LoadAsync(QuorumDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var date = meeting.Date;
        var memberships = await db.Memberships
            .Where(m => m.CommitteeId == meeting.CommitteeId && m.From <= date && (m.To == null || m.To >= date))
            .ToListAsync(cancellationToken);
        var yearIds = await db.MunicipalYears
            .Where(y => y.StartsOn <= date && y.EndsOn >= date)
            .Select(y => y.Id)
            .ToListAsync(cancellationToken);
        var reserveLists = await db.ReserveLists
            .Include(l => l.Entries)
            .Where(l => l.CommitteeId == meeting.CommitteeId && yearIds.Contains(l.MunicipalYearId))
            .ToListAsync(cancellationToken);
        var substitutes = await db.Substitutes.Where(s => s.CommitteeId == meeting.CommitteeId).ToListAsync(cancellationToken);
        var declarations = await db.Declarations.Where(d => d.MeetingId == meeting.Id).ToListAsync(cancellationToken);

        var personIds = memberships.Select(m => m.PersonId)
            .Concat(reserveLists.SelectMany(l => l.Entries).Select(e => e.PersonId))
            .Concat(substitutes.Select(s => s.PersonId))
            .Concat(meeting.Attendances.Select(a => a.PersonId))
            .Concat(meeting.Attendances.Where(a => a.ForPersonId is not null).Select(a => a.ForPersonId!.Value))
            .Concat(declarations.Select(d => d.PersonId))
            .Distinct()
            .ToList();
        var people = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return new MeetingRecord(meeting, memberships, people, reserveLists, substitutes, declarations);
    }

    /// <summary>
    /// The settings in force for the meeting's body on its date; the committee's stored quorum wins (CPR-1), as a
    /// number or as a share of the members with a full vote on the day.
    /// </summary>
    public static ProcedureSettings Settings(ProcedureRulebook rulebook, Meeting meeting)
    {
        var committee = meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.");
        var settings = rulebook.For(meeting.Date, committee.Name);
        var voting = committee.Memberships.Count(m => m.VotingRight == VotingRight.Full && m.From <= meeting.Date && (m.To is null || m.To >= meeting.Date));
        return settings with { Quorum = committee.QuorumOf(voting) ?? settings.Quorum };
    }

    public static AgendaItem Item(Meeting meeting, int itemNumber)
        => meeting.AgendaItems.FirstOrDefault(i => i.Number == itemNumber)
           ?? throw new ProcedureRuleException("Record", $"item {itemNumber} is not on the agenda of the {meeting.Committee?.Name} meeting of {meeting.Date:d MMMM uuuu}");

    public static Committee CommitteeOf(Meeting meeting) => meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.");
}
