using Microsoft.AspNetCore.OutputCaching;

namespace Quorum.Web.Site;

/// <summary>
/// Output caching for the public pages (home, committee, meeting, document and person pages). Publishing code
/// (agendas, minutes, decisions, memberships) calls <see cref="InvalidateAsync"/> after it commits, so a cached page
/// never outlives a publication; the expiry only bounds how stale date-dependent text ("upcoming", "questions
/// close at") can get as the day moves on. Only 200 responses to anonymous GETs are cached.
/// </summary>
public sealed class PublicSiteCache(IOutputCacheStore store)
{
    public const string Tag = "public-site";
    public const string Policy = "public-page";

    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);

    public static void AddPolicies(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy.Expire(Expiry).Tag(Tag));

    /// <summary>Evicts every cached public page; call after anything is published or withdrawn.</summary>
    public ValueTask InvalidateAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);
}
