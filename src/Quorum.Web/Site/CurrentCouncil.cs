using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Quorum.Data;

namespace Quorum.Web.Site;

/// <summary>The council this site publishes (one install may hold several; the site shows one), with Democratic Services' contact details.</summary>
public sealed record SiteCouncil(Guid Id, string Name, string? ContactEmail, string? Address = null, string? Telephone = null, string? WebAddress = null);

/// <summary>
/// Finds the published council: <c>Site:Council</c> (a slug) when configured, otherwise the only or first council.
/// Held in memory briefly because every page needs it and it almost never changes.
/// </summary>
public sealed class CurrentCouncil(QuorumDbContext db, IMemoryCache cache, IConfiguration configuration)
{
    private static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(5);

    /// <summary>Drops the council held in memory, when an administrator has just changed its details.</summary>
    public static void Forget(IMemoryCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        cache.Remove(nameof(SiteCouncil));
    }

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
            .Select(c => new SiteCouncil(c.Id, c.Name, c.ContactEmail, c.Address, c.Telephone, c.WebAddress))
            .FirstOrDefaultAsync(cancellationToken);
        if (council is not null)
        {
            cache.Set(nameof(SiteCouncil), council, HoldFor);
        }
        return council;
    }
}
