using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Actions;

/// <summary>The bodies that have actions, with how many are open and overdue: where the clerk starts a tracker review.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, SiteClock clock) : StaffPageModel
{
    public sealed record Row(Guid CommitteeId, string Committee, int Open, int Overdue, int Complete);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "Action trackers";
        var today = clock.Today;
        var council = await CouncilIdAsync();
        var actions = await (
            from a in db.ActionPoints.AsNoTracking()
            join m in db.Minutes on a.MinuteId equals m.Id
            join c in db.Committees on m.CommitteeId equals c.Id
            where c.CouncilId == council
            select new { c.Id, c.Name, Action = a })
            .ToListAsync(HttpContext.RequestAborted);
        Rows = [.. actions.GroupBy(a => (a.Id, a.Name))
            .Select(g => new Row(g.Key.Id, g.Key.Name, g.Count(a => a.Action.IsOpen), g.Count(a => a.Action.IsOverdueOn(today)), g.Count(a => !a.Action.IsOpen)))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.Open).ThenBy(r => r.Committee, StringComparer.OrdinalIgnoreCase)];
    }
}
