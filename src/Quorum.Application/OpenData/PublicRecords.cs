using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.Application.OpenData;

/// <summary>
/// Everything the open-data outputs (OParl, feeds, exports) may read, each set filtered through
/// <see cref="Visibility"/>. Records without a rule of their own (votes, declarations, attendance) are public
/// exactly when the record they belong to is, so they are defined here as subqueries of the public sets.
/// </summary>
public sealed class PublicRecords(QuorumDbContext db)
{
    public QuorumDbContext Db { get; } = db;

    public IQueryable<Council> Councils => Db.Councils;

    public IQueryable<MunicipalYear> MunicipalYears => Db.MunicipalYears;

    public IQueryable<Committee> Committees => Db.Committees;

    public IQueryable<PartyGroup> PartyGroups => Db.PartyGroups;

    public IQueryable<Ward> Wards => Db.Wards;

    /// <summary>Everyone named in the public record; only councillors' e-mail addresses are published (see the mappers).</summary>
    public IQueryable<Person> People => Db.People;

    public IQueryable<Membership> Memberships => Db.Memberships;

    public IQueryable<ReserveList> ReserveLists => Db.ReserveLists;

    public IQueryable<ReserveListEntry> ReserveListEntries => Db.ReserveListEntries;

    public IQueryable<Meeting> Meetings => Db.Meetings.WherePublic();

    public IQueryable<AgendaItem> AgendaItems => Db.AgendaItems.WherePublic();

    public IQueryable<Report> Reports => Db.Reports.WherePublic();

    public IQueryable<Enclosure> Enclosures => Db.Enclosures.WherePublic();

    /// <summary>The later meetings that consider public reports (a report's first meeting is on the report itself).</summary>
    public IQueryable<Consultation> Consultations => Db.Consultations.WherePublic();

    public IQueryable<Minute> Minutes => Db.Minutes.WherePublic();

    /// <summary>Key decisions on the forward plan from their listing until withdrawn; never their exemption detail (see the mappers).</summary>
    public IQueryable<ForwardPlanEntry> ForwardPlanEntries => Db.ForwardPlanEntries.WherePublic().Where(e => e.WithdrawnOn == null);

    public IQueryable<Resolution> Resolutions
    {
        get
        {
            var minutes = Minutes;
            return Db.Resolutions.Where(r => minutes.Any(m => m.Id == r.MinuteId));
        }
    }

    public IQueryable<Vote> Votes
    {
        get
        {
            var minutes = Minutes;
            return Db.Votes.Where(v => minutes.Any(m => m.Id == v.MinuteId));
        }
    }

    public IQueryable<MemberVote> MemberVotes
    {
        get
        {
            var votes = Votes;
            return Db.MemberVotes.Where(mv => votes.Any(v => v.Id == mv.VoteId));
        }
    }

    public IQueryable<ActionPoint> Actions
    {
        get
        {
            var minutes = Minutes;
            return Db.ActionPoints.Where(a => minutes.Any(m => m.Id == a.MinuteId));
        }
    }

    /// <summary>Attendance is published with the minutes.</summary>
    public IQueryable<Attendance> Attendances
    {
        get
        {
            var meetings = Meetings.Where(m => m.MinutesPublishedOn != null);
            return Db.Attendances.Where(a => meetings.Any(m => m.Id == a.MeetingId));
        }
    }

    /// <summary>Declarations are published with the minutes; one made on Part II business stays with that business.</summary>
    public IQueryable<Declaration> Declarations
    {
        get
        {
            var meetings = Meetings.Where(m => m.MinutesPublishedOn != null);
            var publicItems = AgendaItems.Where(i => i.Part == AgendaPart.PartI);
            return Db.Declarations.Where(d => meetings.Any(m => m.Id == d.MeetingId)
                && (d.AgendaItemId == null || publicItems.Any(i => i.Id == d.AgendaItemId)));
        }
    }

    // Tombstones: deleted records that were public, for "modified since" synchronisation.

    public IQueryable<T> Withdrawn<T>()
        where T : Entity => Db.Set<T>().IgnoreQueryFilters().Where(e => e.Deleted != null);

    public IQueryable<Meeting> WithdrawnMeetings => Db.Meetings.IgnoreQueryFilters().Where(Visibility.WithdrawnMeeting);

    public IQueryable<AgendaItem> WithdrawnAgendaItems => Db.AgendaItems.IgnoreQueryFilters().Where(Visibility.WithdrawnAgendaItem);

    public IQueryable<Report> WithdrawnReports => Db.Reports.IgnoreQueryFilters().Where(Visibility.WithdrawnReport);

    public IQueryable<Consultation> WithdrawnConsultations => Db.Consultations.IgnoreQueryFilters().Where(Visibility.WithdrawnConsultation);

    /// <summary>Listed entries since withdrawn from the plan or deleted; a draft never listed leaves no tombstone.</summary>
    public IQueryable<ForwardPlanEntry> WithdrawnForwardPlanEntries =>
        Db.ForwardPlanEntries.IgnoreQueryFilters().Where(e => e.ListedOn != null && (e.Deleted != null || e.WithdrawnOn != null));

    public IQueryable<Enclosure> WithdrawnEnclosures => Db.Enclosures.IgnoreQueryFilters().Where(Visibility.WithdrawnEnclosure);
}
