using System.Linq.Expressions;
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
/// <param name="db">The store.</param>
/// <param name="councilId">One council's records only (a site serving one council of several, by host name); null for every council's.</param>
public sealed class PublicRecords(QuorumDbContext db, Guid? councilId = null)
{
    public QuorumDbContext Db { get; } = db;

    /// <summary>The council these records are confined to, or null for all.</summary>
    public Guid? CouncilId { get; } = councilId;

    public IQueryable<Council> Councils => Db.Councils.OfCouncil(CouncilId, c => c.Id == CouncilId);

    public IQueryable<MunicipalYear> MunicipalYears => Db.MunicipalYears.OfCouncil(CouncilId, y => y.CouncilId == CouncilId);

    public IQueryable<Committee> Committees => Db.Committees.OfCouncil(CouncilId, c => c.CouncilId == CouncilId);

    public IQueryable<PartyGroup> PartyGroups => Db.PartyGroups.OfCouncil(CouncilId, g => g.CouncilId == CouncilId);

    public IQueryable<Ward> Wards => Db.Wards.OfCouncil(CouncilId, w => w.CouncilId == CouncilId);

    /// <summary>Everyone named in the public record; only councillors' e-mail addresses are published (see the mappers).</summary>
    public IQueryable<Person> People => Db.People.OfCouncil(CouncilId, p => p.CouncilId == CouncilId);

    public IQueryable<Membership> Memberships
    {
        get
        {
            var committees = Committees;
            return Db.Memberships.OfCouncil(CouncilId, m => committees.Any(c => c.Id == m.CommitteeId));
        }
    }

    public IQueryable<ReserveList> ReserveLists
    {
        get
        {
            var committees = Committees;
            return Db.ReserveLists.OfCouncil(CouncilId, l => committees.Any(c => c.Id == l.CommitteeId));
        }
    }

    public IQueryable<ReserveListEntry> ReserveListEntries
    {
        get
        {
            var lists = ReserveLists;
            return Db.ReserveListEntries.OfCouncil(CouncilId, e => lists.Any(l => l.Id == e.ReserveListId));
        }
    }

    public IQueryable<Meeting> Meetings => Db.Meetings.WherePublic().OfCouncil(CouncilId, m => m.Committee!.CouncilId == CouncilId);

    public IQueryable<AgendaItem> AgendaItems => Db.AgendaItems.WherePublic().OfCouncil(CouncilId, i => i.Meeting!.Committee!.CouncilId == CouncilId);

    public IQueryable<Report> Reports => Db.Reports.WherePublic().OfCouncil(CouncilId, r => r.CouncilId == CouncilId);

    public IQueryable<Enclosure> Enclosures => Db.Enclosures.WherePublic().OfCouncil(CouncilId, e => e.Report!.CouncilId == CouncilId);

    /// <summary>The later meetings that consider public reports (a report's first meeting is on the report itself).</summary>
    public IQueryable<Consultation> Consultations => Db.Consultations.WherePublic().OfCouncil(CouncilId, c => c.Report!.CouncilId == CouncilId);

    public IQueryable<Minute> Minutes => Db.Minutes.WherePublic().OfCouncil(CouncilId, m => m.Meeting!.Committee!.CouncilId == CouncilId);

    /// <summary>Key decisions on the forward plan from their listing until withdrawn; never their exemption detail (see the mappers).</summary>
    public IQueryable<ForwardPlanEntry> ForwardPlanEntries => Db.ForwardPlanEntries.WherePublic().Where(e => e.WithdrawnOn == null).OfCouncil(CouncilId, e => e.CouncilId == CouncilId);

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

    // Each is confined to the council like the live sets: one council's open data never lists another's tombstones.

    public IQueryable<Council> WithdrawnCouncils => Withdrawn<Council>().OfCouncil(CouncilId, c => c.Id == CouncilId);

    public IQueryable<MunicipalYear> WithdrawnMunicipalYears => Withdrawn<MunicipalYear>().OfCouncil(CouncilId, y => y.CouncilId == CouncilId);

    public IQueryable<Committee> WithdrawnCommittees => Withdrawn<Committee>().OfCouncil(CouncilId, c => c.CouncilId == CouncilId);

    public IQueryable<PartyGroup> WithdrawnPartyGroups => Withdrawn<PartyGroup>().OfCouncil(CouncilId, g => g.CouncilId == CouncilId);

    public IQueryable<Person> WithdrawnPeople => Withdrawn<Person>().OfCouncil(CouncilId, p => p.CouncilId == CouncilId);

    public IQueryable<Membership> WithdrawnMemberships => Withdrawn<Membership>()
        .OfCouncil(CouncilId, m => Db.Committees.IgnoreQueryFilters().Any(c => c.Id == m.CommitteeId && c.CouncilId == CouncilId));

    public IQueryable<ReserveListEntry> WithdrawnReserveListEntries => Withdrawn<ReserveListEntry>()
        .OfCouncil(CouncilId, e => Db.ReserveLists.IgnoreQueryFilters().Any(l => l.Id == e.ReserveListId
            && Db.Committees.IgnoreQueryFilters().Any(c => c.Id == l.CommitteeId && c.CouncilId == CouncilId)));

    private IQueryable<T> Withdrawn<T>()
        where T : Entity => Db.Set<T>().IgnoreQueryFilters().Where(e => e.Deleted != null);

    public IQueryable<Meeting> WithdrawnMeetings => Db.Meetings.IgnoreQueryFilters().Where(Visibility.WithdrawnMeeting)
        .OfCouncil(CouncilId, m => Db.Committees.IgnoreQueryFilters().Any(c => c.Id == m.CommitteeId && c.CouncilId == CouncilId));

    public IQueryable<AgendaItem> WithdrawnAgendaItems => Db.AgendaItems.IgnoreQueryFilters().Where(Visibility.WithdrawnAgendaItem)
        .OfCouncil(CouncilId, i => Db.Meetings.IgnoreQueryFilters().Any(m => m.Id == i.MeetingId
            && Db.Committees.IgnoreQueryFilters().Any(c => c.Id == m.CommitteeId && c.CouncilId == CouncilId)));

    public IQueryable<Report> WithdrawnReports => Db.Reports.IgnoreQueryFilters().Where(Visibility.WithdrawnReport)
        .OfCouncil(CouncilId, r => r.CouncilId == CouncilId);

    public IQueryable<Consultation> WithdrawnConsultations => Db.Consultations.IgnoreQueryFilters().Where(Visibility.WithdrawnConsultation)
        .OfCouncil(CouncilId, c => Db.Reports.IgnoreQueryFilters().Any(r => r.Id == c.ReportId && r.CouncilId == CouncilId));

    /// <summary>Listed entries since withdrawn from the plan or deleted; a draft never listed leaves no tombstone.</summary>
    public IQueryable<ForwardPlanEntry> WithdrawnForwardPlanEntries =>
        Db.ForwardPlanEntries.IgnoreQueryFilters().Where(e => e.ListedOn != null && (e.Deleted != null || e.WithdrawnOn != null))
            .OfCouncil(CouncilId, e => e.CouncilId == CouncilId);

    public IQueryable<Enclosure> WithdrawnEnclosures => Db.Enclosures.IgnoreQueryFilters().Where(Visibility.WithdrawnEnclosure)
        .OfCouncil(CouncilId, e => Db.Reports.IgnoreQueryFilters().Any(r => r.Id == e.ReportId && r.CouncilId == CouncilId));
}

internal static class CouncilScope
{
    /// <summary>The records of one council when one is given; otherwise the query exactly as it was (no join added).</summary>
    public static IQueryable<T> OfCouncil<T>(this IQueryable<T> all, Guid? councilId, Expression<Func<T, bool>> ofTheCouncil) =>
        councilId is null ? all : all.Where(ofTheCouncil);
}
