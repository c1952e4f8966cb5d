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
    /// <summary>The council that holds the record with this id, or null when no record has it (a new record, an account).</summary>
    public async Task<Guid?> OwnerOfAsync(Guid id, CancellationToken cancellationToken)
    {
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
            db.Councils.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Id),
            db.MunicipalYears.IgnoreQueryFilters().Where(y => y.Id == id).Select(y => y.CouncilId),
            committees.Where(c => c.Id == id).Select(c => c.CouncilId),
            db.PartyGroups.IgnoreQueryFilters().Where(g => g.Id == id).Select(g => g.CouncilId),
            db.Wards.IgnoreQueryFilters().Where(w => w.Id == id).Select(w => w.CouncilId),
            people.Where(p => p.Id == id).Select(p => p.CouncilId),
            db.Memberships.IgnoreQueryFilters().Where(m => m.Id == id).Join(committees, m => m.CommitteeId, c => c.Id, (m, c) => c.CouncilId),
            lists.Where(l => l.Id == id).Select(l => l.CouncilId),
            db.ReserveListEntries.IgnoreQueryFilters().Where(e => e.Id == id).Join(lists, e => e.ReserveListId, l => l.Id, (e, l) => l.CouncilId),
            db.Substitutes.IgnoreQueryFilters().Where(s => s.Id == id).Join(committees, s => s.CommitteeId, c => c.Id, (s, c) => c.CouncilId),
            meetings.Where(m => m.Id == id).Select(m => m.CouncilId),
            items.Where(i => i.Id == id).Select(i => i.CouncilId),
            db.Attendances.IgnoreQueryFilters().Where(a => a.Id == id).Join(meetings, a => a.MeetingId, m => m.Id, (a, m) => m.CouncilId),
            reports.Where(r => r.Id == id).Select(r => r.CouncilId),
            db.Enclosures.IgnoreQueryFilters().Where(e => e.Id == id).Join(reports, e => e.ReportId, r => r.Id, (e, r) => r.CouncilId),
            db.Clearances.IgnoreQueryFilters().Where(c => c.Id == id).Join(reports, c => c.ReportId, r => r.Id, (c, r) => r.CouncilId),
            db.Consultations.IgnoreQueryFilters().Where(c => c.Id == id).Join(reports, c => c.ReportId, r => r.Id, (c, r) => r.CouncilId),
            minutes.Where(m => m.Id == id).Select(m => m.CouncilId),
            db.Resolutions.IgnoreQueryFilters().Where(r => r.Id == id).Join(minutes, r => r.MinuteId, m => m.Id, (r, m) => m.CouncilId),
            db.Votes.IgnoreQueryFilters().Where(v => v.Id == id).Join(minutes, v => v.MinuteId, m => m.Id, (v, m) => m.CouncilId),
            db.ActionPoints.IgnoreQueryFilters().Where(a => a.Id == id).Join(minutes, a => a.MinuteId, m => m.Id, (a, m) => m.CouncilId),
            db.Declarations.IgnoreQueryFilters().Where(d => d.Id == id).Join(meetings, d => d.MeetingId, m => m.Id, (d, m) => m.CouncilId),
            db.ExecutiveDecisions.IgnoreQueryFilters().Where(d => d.Id == id).Join(committees, d => d.CommitteeId, c => c.Id, (d, c) => c.CouncilId),
            db.RegisteredInterests.IgnoreQueryFilters().Where(i => i.Id == id).Join(people, i => i.PersonId, p => p.Id, (i, p) => p.CouncilId),
            db.Dispensations.IgnoreQueryFilters().Where(d => d.Id == id).Join(people, d => d.PersonId, p => p.Id, (d, p) => p.CouncilId),
            db.PublicQuestions.IgnoreQueryFilters().Where(q => q.Id == id).Join(meetings, q => q.MeetingId, m => m.Id, (q, m) => m.CouncilId),
            db.Deputations.IgnoreQueryFilters().Where(d => d.Id == id).Join(meetings, d => d.MeetingId, m => m.Id, (d, m) => m.CouncilId),
            db.ForwardPlanEntries.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.CouncilId),
            db.Petitions.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.CouncilId),
        };
        // One round trip: the kinds are asked together, and an id is unique across them.
        var any = owners.Skip(1).Aggregate(owners[0], (all, kind) => all.Concat(kind));
        var found = await any.Take(1).ToListAsync(cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
