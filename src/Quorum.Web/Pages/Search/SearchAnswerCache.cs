using Microsoft.AspNetCore.OutputCaching;
using Quorum.Application.Publication;
using Quorum.Domain.Publication;

namespace Quorum.Web.Pages.Search;

/// <summary>
/// Output caching for search answers (the search page and <c>/api/search</c>): one entry per distinct search, its
/// whole query string, so the facets and totals of a popular search are counted once and not on every request.
/// It hears publications after the search index has (see <see cref="SiteSearch.AddSiteSearch"/>), so an answer
/// cached between the page cache's eviction and the index update cannot outlive it; another node's publication
/// evicts here too. The short expiry bounds an update the index could not apply at once (left to its worker).
/// Only 200 answers to anonymous GETs are cached, as for the other public pages.
/// </summary>
public sealed class SearchAnswerCache(IOutputCacheStore store) : IPublicationListener, INodeLocalCopy
{
    public const string Tag = "search-answers";
    public const string Policy = "search-answer";

    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(1);

    public static void AddPolicy(OutputCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Policy, policy => policy.Expire(Expiry).SetVaryByQuery("*").Tag(Tag));
    }

    public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken).AsTask();

    public Task OnPublishedElsewhereAsync(PublishedChange change, CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken).AsTask();
}
