using Microsoft.AspNetCore.OutputCaching;

namespace Quorum.Web.Site;

/// <summary>
/// Output caching for the public pages that every visitor hits first. Publishing code (agendas, minutes,
/// decisions) calls <see cref="InvalidateAsync"/> after it commits, so a cached page never outlives a publication;
/// the expiry only bounds how stale "upcoming" lists can get as the day moves on.
/// </summary>
public sealed class PublicSiteCache(IOutputCacheStore store)
{
    public const string Tag = "public-site";
    public const string HomePolicy = "home";

    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);

    public static void AddPolicies(OutputCacheOptions options) =>
        options.AddPolicy(HomePolicy, policy => policy.Expire(Expiry).Tag(Tag));

    /// <summary>Evicts every cached public page; call after anything is published or withdrawn.</summary>
    public ValueTask InvalidateAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);
}
