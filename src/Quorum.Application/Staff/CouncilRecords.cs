using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Application.Staff;

/// <summary>
/// Which council a record belongs to, whatever kind of record its id names: a body, person, group, ward, year,
/// meeting, agenda item, report, enclosure, minute, declaration, interest, petition, question... A staff request that
/// names another council's record, in its address, query string or form, is refused before anything is read or
/// written (<c>OwnedByThisCouncil</c> in the web host), so one council's clerk can neither open nor tie to their own
/// records another council's people, bodies or papers.
/// </summary>
public sealed class CouncilRecords(QuorumDbContext db)
{
    /// <summary>
    /// The councils that hold the records with these ids, in one round trip however many ids a request names (an
    /// attendance form names everyone present); an id no record has (a new record, an account) adds none.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> OwnersOfAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        [.. (await OwnerOfEachAsync(ids, cancellationToken)).Values.Distinct()];

    /// <summary>The council of each record among these ids, in one round trip; ids no record has are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> OwnerOfEachAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Guid>();
        }
        // Query filters ignored: a retired body or a withdrawn paper still belongs to its council.
        var committees = db.Committees.IgnoreQueryFilters();
        var meetings = db.Meetings.IgnoreQueryFilters().Join(committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m.Id, c.CouncilId });
        var items = db.AgendaItems.IgnoreQueryFilters().Join(meetings, i => i.MeetingId, m => m.Id, (i, m) => new { i.Id, m.CouncilId });
        var reports = db.Reports.IgnoreQueryFilters();
        var people = db.People.IgnoreQueryFilters();
        var minutes = db.Minutes.IgnoreQueryFilters().Join(committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m.Id, c.CouncilId });
        var lists = db.ReserveLists.IgnoreQueryFilters().Join(committees, l => l.CommitteeId, c => c.Id, (l, c) => new { l.Id, c.CouncilId });
        var owners = new[]
        {
            db.Councils.IgnoreQueryFilters().Where(c => ids.Contains(c.Id)).Select(c => new Owned { Id = c.Id, CouncilId = c.Id }),
            db.MunicipalYears.IgnoreQueryFilters().Where(y => ids.Contains(y.Id)).Select(y => new Owned { Id = y.Id, CouncilId = y.CouncilId }),
            committees.Where(c => ids.Contains(c.Id)).Select(c => new Owned { Id = c.Id, CouncilId = c.CouncilId }),
            db.PartyGroups.IgnoreQueryFilters().Where(g => ids.Contains(g.Id)).Select(g => new Owned { Id = g.Id, CouncilId = g.CouncilId }),
            db.Wards.IgnoreQueryFilters().Where(w => ids.Contains(w.Id)).Select(w => new Owned { Id = w.Id, CouncilId = w.CouncilId }),
            people.Where(p => ids.Contains(p.Id)).Select(p => new Owned { Id = p.Id, CouncilId = p.CouncilId }),
            db.Memberships.IgnoreQueryFilters().Where(m => ids.Contains(m.Id)).Join(committees, m => m.CommitteeId, c => c.Id, (m, c) => new Owned { Id = m.Id, CouncilId = c.CouncilId }),
            lists.Where(l => ids.Contains(l.Id)).Select(l => new Owned { Id = l.Id, CouncilId = l.CouncilId }),
            db.ReserveListEntries.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Join(lists, e => e.ReserveListId, l => l.Id, (e, l) => new Owned { Id = e.Id, CouncilId = l.CouncilId }),
            db.Substitutes.IgnoreQueryFilters().Where(s => ids.Contains(s.Id)).Join(committees, s => s.CommitteeId, c => c.Id, (s, c) => new Owned { Id = s.Id, CouncilId = c.CouncilId }),
            meetings.Where(m => ids.Contains(m.Id)).Select(m => new Owned { Id = m.Id, CouncilId = m.CouncilId }),
            items.Where(i => ids.Contains(i.Id)).Select(i => new Owned { Id = i.Id, CouncilId = i.CouncilId }),
            db.Attendances.IgnoreQueryFilters().Where(a => ids.Contains(a.Id)).Join(meetings, a => a.MeetingId, m => m.Id, (a, m) => new Owned { Id = a.Id, CouncilId = m.CouncilId }),
            reports.Where(r => ids.Contains(r.Id)).Select(r => new Owned { Id = r.Id, CouncilId = r.CouncilId }),
            db.Enclosures.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Join(reports, e => e.ReportId, r => r.Id, (e, r) => new Owned { Id = e.Id, CouncilId = r.CouncilId }),
            db.Clearances.IgnoreQueryFilters().Where(c => ids.Contains(c.Id)).Join(reports, c => c.ReportId, r => r.Id, (c, r) => new Owned { Id = c.Id, CouncilId = r.CouncilId }),
            db.Consultations.IgnoreQueryFilters().Where(c => ids.Contains(c.Id)).Join(reports, c => c.ReportId, r => r.Id, (c, r) => new Owned { Id = c.Id, CouncilId = r.CouncilId }),
            minutes.Where(m => ids.Contains(m.Id)).Select(m => new Owned { Id = m.Id, CouncilId = m.CouncilId }),
            db.Resolutions.IgnoreQueryFilters().Where(r => ids.Contains(r.Id)).Join(minutes, r => r.MinuteId, m => m.Id, (r, m) => new Owned { Id = r.Id, CouncilId = m.CouncilId }),
            db.Votes.IgnoreQueryFilters().Where(v => ids.Contains(v.Id)).Join(minutes, v => v.MinuteId, m => m.Id, (v, m) => new Owned { Id = v.Id, CouncilId = m.CouncilId }),
            db.ActionPoints.IgnoreQueryFilters().Where(a => ids.Contains(a.Id)).Join(minutes, a => a.MinuteId, m => m.Id, (a, m) => new Owned { Id = a.Id, CouncilId = m.CouncilId }),
            db.Declarations.IgnoreQueryFilters().Where(d => ids.Contains(d.Id)).Join(meetings, d => d.MeetingId, m => m.Id, (d, m) => new Owned { Id = d.Id, CouncilId = m.CouncilId }),
            db.ExecutiveDecisions.IgnoreQueryFilters().Where(d => ids.Contains(d.Id)).Join(committees, d => d.CommitteeId, c => c.Id, (d, c) => new Owned { Id = d.Id, CouncilId = c.CouncilId }),
            db.RegisteredInterests.IgnoreQueryFilters().Where(i => ids.Contains(i.Id)).Join(people, i => i.PersonId, p => p.Id, (i, p) => new Owned { Id = i.Id, CouncilId = p.CouncilId }),
            db.Dispensations.IgnoreQueryFilters().Where(d => ids.Contains(d.Id)).Join(people, d => d.PersonId, p => p.Id, (d, p) => new Owned { Id = d.Id, CouncilId = p.CouncilId }),
            db.PublicQuestions.IgnoreQueryFilters().Where(q => ids.Contains(q.Id)).Join(meetings, q => q.MeetingId, m => m.Id, (q, m) => new Owned { Id = q.Id, CouncilId = m.CouncilId }),
            db.Deputations.IgnoreQueryFilters().Where(d => ids.Contains(d.Id)).Join(meetings, d => d.MeetingId, m => m.Id, (d, m) => new Owned { Id = d.Id, CouncilId = m.CouncilId }),
            db.ForwardPlanEntries.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => new Owned { Id = e.Id, CouncilId = e.CouncilId }),
            db.Petitions.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).Select(p => new Owned { Id = p.Id, CouncilId = p.CouncilId }),
        };
        // One round trip: the kinds are asked together.
        var all = owners.Skip(1).Aggregate(owners[0], (union, kind) => union.Concat(kind));
        var found = await all.ToListAsync(cancellationToken);
        return found.DistinctBy(o => o.Id).ToDictionary(o => o.Id, o => o.CouncilId);
    }

    /// <summary>A record's id and its council; set by member (not by constructor) so the kinds can be unioned in SQL.</summary>
    private sealed class Owned
    {
        public Guid Id { get; init; }

        public Guid CouncilId { get; init; }
    }
}
