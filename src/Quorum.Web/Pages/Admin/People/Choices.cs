using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Web.Pages.Admin.People;

/// <summary>The council's party groups and wards by name, for the people pages' choices.</summary>
internal static class Choices
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> GroupsAsync(QuorumDbContext db, Guid councilId, CancellationToken ct) =>
        [.. (await db.PartyGroups.AsNoTracking().Where(g => g.CouncilId == councilId).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct)).Select(g => (g.Id, g.Name))];

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> WardsAsync(QuorumDbContext db, Guid councilId, CancellationToken ct) =>
        [.. (await db.Wards.AsNoTracking().Where(w => w.CouncilId == councilId).OrderBy(w => w.Name).Select(w => new { w.Id, w.Name }).ToListAsync(ct)).Select(w => (w.Id, w.Name))];
}
