using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.Search;
using Quorum.Search.Indexing;
using Quorum.Search.Postgres;
using Quorum.Search.Sqlite;

namespace Quorum.Application.Publication;

/// <summary>
/// The public search index as every host opens it: a SQLite file beside a SQLite store (<c>quorum.search.db</c> for
/// <c>quorum.db</c>, unless a path is given), or tables in the same PostgreSQL database. The index listens to
/// <see cref="PublicationEvents"/>, so whatever the application services publish (the web's staff pages or the
/// CLI's import) reaches search without a reindex.
/// </summary>
public static class PublicSearch
{
    public static ISearchIndex Open(DatabaseSettings database, string? indexPath = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider == DatabaseProvider.Postgres
            ? new PostgresSearchIndex(database.ConnectionString)
            : new SqliteSearchIndex(indexPath ?? DefaultIndexPath(database));
    }

    public static string DefaultIndexPath(DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var store = database.SqlitePath ?? throw new InvalidOperationException("A SQLite search index needs its own path when the store is not a SQLite file.");
        return Path.GetFullPath(Path.ChangeExtension(store, ".search.db"));
    }

    /// <summary>Registers the index, its indexer (report hits open the published pack at their page) and the listener.</summary>
    public static IServiceCollection AddPublicSearch(this IServiceCollection services, DatabaseSettings database, string? indexPath = null)
    {
        services.AddSingleton(_ => Open(database, indexPath));
        services.AddSingleton(sp =>
        {
            var packs = sp.GetRequiredService<PackFiles>();
            return new PublicIndexer(sp.GetRequiredService<ISearchIndex>(), database, sp.GetRequiredService<IClock>(),
                (date, committee) => packs.PackFor(date, committee) is not null);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicationListener, SearchIndexUpdater>());
        return services;
    }

    /// <summary>
    /// For a command that publishes without the web host (the CLI import): publication events that update the
    /// index. An index that is still empty is built whole once the command is done (<see cref="CatchUpAsync"/>), so
    /// that a database filled before the index existed is never indexed only in part.
    /// </summary>
    public static async Task<(PublicationEvents Events, PublicIndexer Indexer, bool WasEmpty)> ForCommandAsync(DatabaseSettings database, IClock clock, CancellationToken cancellationToken)
    {
        var index = Open(database);
        await index.EnsureCreatedAsync(cancellationToken);
        var indexer = new PublicIndexer(index, database, clock);
        var empty = await index.IsEmptyAsync(cancellationToken);
        return (new PublicationEvents(empty ? [] : [new SearchIndexUpdater(indexer)]), indexer, empty);
    }

    /// <summary>Builds the whole index when the command found it empty; otherwise the events kept it current.</summary>
    public static async Task CatchUpAsync(PublicIndexer indexer, bool wasEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indexer);
        if (wasEmpty)
        {
            await indexer.RebuildAsync(cancellationToken: cancellationToken);
        }
    }
}
