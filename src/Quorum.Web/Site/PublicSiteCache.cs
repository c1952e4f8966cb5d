using Microsoft.AspNetCore.OutputCaching;
using Quorum.Data.Publication;

namespace Quorum.Web.Site;

/// <summary>
/// Output caching for the public pages (home, committee, meeting, document and person pages). It listens for
/// publications (agendas, minutes, decisions, memberships, imports) and evicts every cached page when one commits,
/// so a cached page never outlives a publication; the expiry only bounds how stale date-dependent text ("upcoming",
/// "questions close at") can get as the day moves on. Only 200 responses to anonymous GETs are cached.
/// </summary>
public sealed class PublicSiteCache(IOutputCacheStore store) : IPublicationListener
{
    public const string Tag = "public-site";
    public const string Policy = "public-page";

    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);

    public static void AddPolicies(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy.Expire(Expiry).Tag(Tag));

    /// <summary>Evicts every cached public page; called after anything is published or withdrawn.</summary>
    public ValueTask InvalidateAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);

    // Any publication can change the home page, a committee's meeting list and a person's record, so a change to
    // one meeting evicts everything rather than guessing which pages show it.
    public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken) =>
        InvalidateAsync(cancellationToken).AsTask();
}
