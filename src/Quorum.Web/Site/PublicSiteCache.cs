using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Quorum.Application.Publication;
using Quorum.Domain.Publication;

namespace Quorum.Web.Site;

/// <summary>
/// Output caching for the public pages (home, committee, meeting, document and person pages) and the OParl API. It listens for
/// publications (agendas, minutes, decisions, memberships, imports) and evicts every cached page when one commits,
/// so a cached page never outlives a publication; the expiry only bounds how stale date-dependent text ("upcoming",
/// "questions close at") can get as the day moves on. Only 200 responses to anonymous GETs are cached.
/// </summary>
public sealed class PublicSiteCache(IOutputCacheStore store, IMemoryCache memory) : IPublicationListener, INodeLocalCopy
{
    public const string Tag = "public-site";
    public const string Policy = "public-page";

    /// <summary>OParl answers: one entry per URL including its query string (page, limit and the date filters).</summary>
    public const string OpenDataPolicy = "open-data";

    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);

    public static void AddPolicies(OutputCacheOptions options)
    {
        options.AddPolicy(Policy, policy => policy.Expire(Expiry).Tag(Tag));
        options.AddPolicy(OpenDataPolicy, policy => policy.Expire(Expiry).SetVaryByQuery("*").Tag(Tag));
        // A crawl of the demo council's OParl API holds tens of megabytes; the default 100 MB would start refusing
        // entries (site pages included) once a few harvesters have walked it.
        options.SizeLimit = 512L * 1024 * 1024;
    }

    /// <summary>Evicts every cached public page and OParl answer; called after anything is published or withdrawn.</summary>
    public ValueTask InvalidateAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);

    // Any publication can change the home page, a committee's meeting list and a person's record, so a change to
    // one meeting evicts everything rather than guessing which pages show it.
    public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken) => ForgetAsync(change, cancellationToken);

    /// <summary>Another node sharing the database published: this node's copies are as stale as that node's were.</summary>
    public Task OnPublishedElsewhereAsync(PublishedChange change, CancellationToken cancellationToken) => ForgetAsync(change, cancellationToken);

    private Task ForgetAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Content is PublishedContent.SearchIndex)
        {
            // No page here shows search answers; those are SearchAnswerCache's.
            return Task.CompletedTask;
        }
        if (change.Content is PublishedContent.CouncilDetails)
        {
            // Every page's header and footer print the council's name; the contact pages its address.
            CurrentCouncil.Forget(memory);
        }
        return InvalidateAsync(cancellationToken).AsTask();
    }
}
