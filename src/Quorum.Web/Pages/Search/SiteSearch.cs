using System.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Quorum.Application.Publication;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.Search;
using Quorum.Search.Indexing;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Search;

/// <summary>
/// The site's public search index (<see cref="PublicSearch"/>; <c>Search:IndexPath</c> overrides the file beside a
/// SQLite store). Publications re-index their meeting through <see cref="SearchIndexUpdater"/> and the search outbox,
/// whose worker retries what fails and applies at start what an earlier run left; an empty index is built from the
/// store at start-up.
/// </summary>
public static partial class SiteSearch
{
    public static IServiceCollection AddSiteSearch(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        services.AddPublicSearch(database, DataFolder.OptionalPathFor(configuration, "Search:IndexPath"));
        // After the index's own listener, so answers are evicted once the index has the change.
        services.AddSingleton<SearchAnswerCache>();
        services.AddSingleton<IPublicationListener>(sp => sp.GetRequiredService<SearchAnswerCache>());
        services.AddSingleton<INodeLocalCopy>(sp => sp.GetRequiredService<SearchAnswerCache>());
        services.Configure<OutputCacheOptions>(SearchAnswerCache.AddPolicy);
        return services;
    }

    /// <summary>First start (or a deleted index file): builds the index from the store before the site answers.</summary>
    public static async Task BuildWhenEmptyAsync(WebApplication app)
    {
        var index = app.Services.GetRequiredService<ISearchIndex>();
        await index.EnsureCreatedAsync();
        if (!await index.IsEmptyAsync())
        {
            return;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiteSearch));
        var clock = Stopwatch.StartNew();
        // Through the outbox, holding the index lease: a CLI import or reindex running now cannot write in between.
        var update = await app.Services.GetRequiredService<SearchOutbox>().RebuildAsync();
        Log.Built(logger, update.Indexed, update.Withheld, clock.Elapsed.TotalSeconds);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Indexed} public documents, {Withheld} withheld, in {Seconds:0.0} s.")]
        public static partial void Built(ILogger logger, int indexed, int withheld, double seconds);
    }
}
