using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Quorum.Data;

namespace Quorum.Web.Site;

/// <summary>The council this site publishes (one install may hold several; the site shows one), with Democratic Services' contact details.</summary>
public sealed record SiteCouncil(Guid Id, string Name, string? ContactEmail, string? Address = null, string? Telephone = null, string? WebAddress = null);

/// <summary>
/// Finds the council a request is for: the one its host name serves (<see cref="SiteHosts"/>), otherwise
/// <c>Site:Council</c> (a slug) when configured, otherwise the only or first council. Resolved once per request;
/// the councils themselves are held in memory briefly because every page needs them and they almost never change.
/// </summary>
public sealed class CurrentCouncil(QuorumDbContext db, IMemoryCache cache, SiteHosts hosts, IHttpContextAccessor http)
{
    private static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(5);

    private sealed record Known(string Slug, SiteCouncil Council);

    private bool resolved;

    /// <summary>Drops the councils held in memory, when an administrator has just changed their details.</summary>
    public static void Forget(IMemoryCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        cache.Remove(nameof(SiteCouncil));
    }

    /// <summary>The council of this request, once <see cref="GetAsync"/> has found it (null before, or when there is none).</summary>
    public SiteCouncil? Resolved { get; private set; }

    /// <summary>Whether host names choose the council, so open data (OParl, feeds, exports) shows only that one.</summary>
    public bool HostMapped => hosts.AreMapped;

    public async Task<SiteCouncil?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (resolved)
        {
            return Resolved;
        }
        var (found, slug) = hosts.For(http.HttpContext?.Request.Host ?? default);
        var councils = found ? await CouncilsAsync(cancellationToken) : [];
        Resolved = (string.IsNullOrWhiteSpace(slug)
            ? councils.FirstOrDefault()
            : councils.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase)))?.Council;
        // An empty store is not remembered: the first council may be made while the site runs.
        resolved = Resolved is not null || !found;
        return Resolved;
    }

    /// <summary>The council whose records open data may show: this request's when hosts choose it, otherwise every council (null).</summary>
    public async Task<Guid?> OpenDataCouncilAsync(CancellationToken cancellationToken = default) =>
        HostMapped ? (await GetAsync(cancellationToken))?.Id : null;

    /// <summary>Every council, first made first.</summary>
    private async Task<List<Known>> CouncilsAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue<List<Known>>(nameof(SiteCouncil), out var held) && held is not null)
        {
            return held;
        }
        var rows = await db.Councils.AsNoTracking()
            .OrderBy(c => c.Created).ThenBy(c => c.Name)
            .Select(c => new { c.Slug, Council = new SiteCouncil(c.Id, c.Name, c.ContactEmail, c.Address, c.Telephone, c.WebAddress) })
            .ToListAsync(cancellationToken);
        var councils = rows.Select(r => new Known(r.Slug.Value, r.Council)).ToList();
        if (councils.Count > 0)
        {
            cache.Set(nameof(SiteCouncil), councils, HoldFor);
        }
        return councils;
    }
}

/// <summary>Answers "not found" for a host name that serves no council, before any page, API or staff page sees it.</summary>
public static class SiteHostsMiddleware
{
    public const string UnknownHost = "This web address does not serve a council's meetings site. Check the address and try again.";

    public static IApplicationBuilder UseSiteHosts(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var hosts = context.RequestServices.GetRequiredService<SiteHosts>();
        // The health check answers on any name: load balancers ask by address.
        if (hosts.AreMapped && !context.Request.Path.StartsWithSegments("/health")
            && await context.RequestServices.GetRequiredService<CurrentCouncil>().GetAsync(context.RequestAborted) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(UnknownHost, context.RequestAborted);
            return;
        }
        await next(context);
    });
}
