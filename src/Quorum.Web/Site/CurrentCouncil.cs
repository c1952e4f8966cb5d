using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Quorum.Data;

namespace Quorum.Web.Site;

/// <summary>The council this site publishes (one install may hold several; the site shows one).</summary>
public sealed record SiteCouncil(Guid Id, string Name, string? ContactEmail);

/// <summary>
/// Finds the published council: <c>Site:Council</c> (a slug) when configured, otherwise the only or first council.
/// Held in memory briefly because every page needs it and it almost never changes.
/// </summary>
public sealed class CurrentCouncil(QuorumDbContext db, IMemoryCache cache, IConfiguration configuration)
{
    private static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(5);

    public async Task<SiteCouncil?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue<SiteCouncil>(nameof(SiteCouncil), out var held))
        {
            return held;
        }
        var slug = configuration["Site:Council"];
        var query = db.Councils.AsNoTracking();
        var council = await (string.IsNullOrWhiteSpace(slug)
                ? query.OrderBy(c => c.Created).ThenBy(c => c.Name)
                : query.Where(c => c.Slug == new Domain.Slug(slug)))
            .Select(c => new SiteCouncil(c.Id, c.Name, c.ContactEmail))
            .FirstOrDefaultAsync(cancellationToken);
        if (council is not null)
        {
            cache.Set(nameof(SiteCouncil), council, HoldFor);
        }
        return council;
    }
}
