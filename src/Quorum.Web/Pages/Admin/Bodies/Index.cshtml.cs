using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Bodies;

/// <summary>The council's bodies for Democratic Services: those in being with their type, parent, quorum and members today, then those retired.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil councils, SiteClock clock) : StaffPageModel
{
    public sealed record Row(Guid Id, string Name, BodyType Type, string? Parent, int? Quorum, int Members, NodaTime.LocalDate? RetiredOn);

    public IReadOnlyList<Row> Current { get; private set; } = [];

    public IReadOnlyList<Row> Retired { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "Bodies";
        var ct = HttpContext.RequestAborted;
        if (await councils.GetAsync(ct) is not { } council)
        {
            return;
        }
        var today = clock.Today;
        var bodies = await db.Committees.AsNoTracking().Where(c => c.CouncilId == council.Id).ToListAsync(ct);
        var seats = await db.Memberships.AsNoTracking()
            .Where(m => m.From <= today && (m.To == null || m.To >= today))
            .GroupBy(m => m.CommitteeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = bodies.Select(b => new Row(b.Id, b.Name, b.BodyType, bodies.FirstOrDefault(p => p.Id == b.ParentId)?.Name, b.Quorum, seats.GetValueOrDefault(b.Id), b.RetiredOn))
            .OrderBy(r => r.Type).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Current = [.. rows.Where(r => r.RetiredOn is null)];
        Retired = [.. rows.Where(r => r.RetiredOn is not null).OrderByDescending(r => r.RetiredOn)];
    }
}
