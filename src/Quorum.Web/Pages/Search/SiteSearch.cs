using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.Search;
using Quorum.Search.Indexing;
using Quorum.Search.Postgres;
using Quorum.Search.Sqlite;

namespace Quorum.Web.Pages.Search;

/// <summary>
/// The site's public search index: a SQLite file beside a SQLite store (<c>quorum.search.db</c> for
/// <c>quorum.db</c>, or <c>Search:IndexPath</c>), or tables in the same PostgreSQL database. Publications re-index
/// their meeting through <see cref="SearchIndexUpdater"/>; an empty index is built from the store at start-up.
/// </summary>
public static partial class SiteSearch
{
    public static IServiceCollection AddSiteSearch(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        services.AddSingleton<ISearchIndex>(_ => database.Provider == DatabaseProvider.Postgres
            ? new PostgresSearchIndex(database.ConnectionString)
            : new SqliteSearchIndex(IndexPath(database, configuration)));
        services.AddSingleton(sp =>
        {
            var packs = sp.GetRequiredService<PackFiles>();
            return new PublicIndexer(sp.GetRequiredService<ISearchIndex>(), database, sp.GetRequiredService<IClock>(),
                (date, committee) => packs.PackFor(date, committee) is not null);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicationListener, SearchIndexUpdater>());
        return services;
    }

    public static string IndexPath(DatabaseSettings database, IConfiguration configuration)
    {
        var configured = configuration["Search:IndexPath"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        var store = database.SqlitePath ?? throw new InvalidOperationException("A SQLite search index needs Search:IndexPath when the store is not a SQLite file.");
        return Path.ChangeExtension(store, ".search.db");
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
        var update = await app.Services.GetRequiredService<PublicIndexer>().RebuildAsync();
        Log.Built(logger, update.Indexed, update.Withheld, clock.Elapsed.TotalSeconds);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Indexed} public documents, {Withheld} withheld, in {Seconds:0.0} s.")]
        public static partial void Built(ILogger logger, int indexed, int withheld, double seconds);
    }
}
