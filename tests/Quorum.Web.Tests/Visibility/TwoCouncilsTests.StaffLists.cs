using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

public abstract partial class TwoCouncilsTests
{
    /// <summary>The staff lists, each of which once showed every council's records whatever the host.</summary>
    private static readonly string[] StaffLists =
        ["/admin", "/admin/meetings", "/admin/reports", "/admin/decisions", "/admin/actions", "/admin/people", "/admin/bodies", "/admin/petitions", "/admin/forward-plan", "/admin/interests"];

    [Fact]
    public async Task A_shared_service_clerk_sees_only_the_hosts_council_in_every_staff_list()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        var ids = new Dictionary<Guid, List<string>>();
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            foreach (var council in new[] { site.HarrowCouncil.Council.Id, site.WendlowCouncil.Council.Id })
            {
                var bodies = await db.Committees.Where(c => c.CouncilId == council).Select(c => c.Id).ToListAsync(Cancel);
                ids[council] = [.. bodies.Select(b => b.ToString()),
                    .. (await db.Meetings.Where(m => bodies.Contains(m.CommitteeId)).Select(m => m.Id).ToListAsync(Cancel)).Select(m => m.ToString()),
                    .. (await db.People.Where(p => p.CouncilId == council).Select(p => p.Id).ToListAsync(Cancel)).Select(p => p.ToString()),
                    .. (await db.Reports.Where(r => r.CouncilId == council).Select(r => r.Id).ToListAsync(Cancel)).Select(r => r.ToString()),
                    .. (await db.ExecutiveDecisions.Where(d => bodies.Contains(d.CommitteeId)).Select(d => d.Id).ToListAsync(Cancel)).Select(d => d.ToString())];
            }
        }

        foreach (var (host, own, other) in new[]
        {
            (TwoCouncilsSite.HarrowHost, site.HarrowCouncil.Council.Id, site.WendlowCouncil.Council.Id),
            (TwoCouncilsSite.WendlowHost, site.WendlowCouncil.Council.Id, site.HarrowCouncil.Council.Id),
        })
        {
            using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk", host);
            var shown = new Dictionary<string, string>();
            foreach (var path in StaffLists)
            {
                shown[path] = await clerk.GetPageAsync(path);
                var leaked = ids[other].Where(id => shown[path].Contains(id, StringComparison.Ordinal)).ToList();
                Assert.True(leaked.Count == 0, $"{path} on {host} links to the other council's records: {string.Join(", ", leaked)}");
            }
            // The lists are not empty: each shows the host council's own meetings, bodies and people.
            foreach (var path in new[] { "/admin/meetings", "/admin/bodies", "/admin/people" })
            {
                Assert.True(ids[own].Any(id => shown[path].Contains(id, StringComparison.Ordinal)), $"{path} on {host} shows none of its own council's records");
            }
        }
    }

    [Fact]
    public async Task Each_councils_administrator_reads_only_that_councils_entries_in_the_audit_log()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        var changed = new Dictionary<Guid, Guid>();
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            // The shared-service clerk changes a meeting of each council; the log is one chain for the install.
            db.Actor = "clerk";
            foreach (var council in new[] { site.HarrowCouncil.Council.Id, site.WendlowCouncil.Council.Id })
            {
                var meeting = await db.Meetings.Where(m => db.Committees.Any(c => c.Id == m.CommitteeId && c.CouncilId == council)).OrderBy(m => m.Date).FirstAsync(Cancel);
                meeting.StartTime = meeting.StartTime.PlusMinutes(15);
                changed[council] = meeting.Id;
            }
            await db.SaveChangesAsync(Cancel);
        }
        foreach (var (host, own, other) in new[]
        {
            (TwoCouncilsSite.HarrowHost, site.HarrowCouncil.Council.Id, site.WendlowCouncil.Council.Id),
            (TwoCouncilsSite.WendlowHost, site.WendlowCouncil.Council.Id, site.HarrowCouncil.Council.Id),
        })
        {
            using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin", host);
            var log = await admin.GetPageAsync("/admin/audit");
            Assert.Contains(changed[own].ToString(), log, StringComparison.Ordinal);
            Assert.DoesNotContain(changed[other].ToString(), log, StringComparison.Ordinal);
            var byClerk = await admin.GetPageAsync("/admin/audit?who=clerk&kind=meeting");
            Assert.Contains("Modified meeting", byClerk, StringComparison.Ordinal);
            Assert.Contains(changed[own].ToString(), byClerk, StringComparison.Ordinal);
            Assert.DoesNotContain(changed[other].ToString(), byClerk, StringComparison.Ordinal);
        }
    }
}
