using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
/// <c>quorum.db</c>, unless a path is given), or tables in the same PostgreSQL database, which every web node shares. The index listens to
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

    /// <summary>
    /// Registers the index, its indexer (report hits open the published pack at their page), the outbox every index
    /// write goes through, the listener that fills it and the worker that applies it.
    /// </summary>
    public static IServiceCollection AddPublicSearch(this IServiceCollection services, DatabaseSettings database, string? indexPath = null)
    {
        services.AddSingleton(_ => Open(database, indexPath));
        services.AddSingleton(sp =>
        {
            var packs = sp.GetRequiredService<PackFiles>();
            return new PublicIndexer(sp.GetRequiredService<ISearchIndex>(), database, sp.GetRequiredService<IClock>(),
                (date, committee) => packs.PackFor(date, committee) is not null);
        });
        services.AddSingleton(sp => new SearchOutbox(sp.GetRequiredService<PublicIndexer>(), database, sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<ILogger<SearchOutbox>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicationListener, SearchIndexUpdater>(sp =>
            new SearchIndexUpdater(sp.GetRequiredService<SearchOutbox>(), sp.GetRequiredService<ILogger<SearchIndexUpdater>>())));
        services.AddHostedService<SearchOutboxWorker>();
        return services;
    }

    /// <summary>
    /// For a command that publishes without the web host (the CLI import): publication events that write each update
    /// to the outbox and apply it at once. Into an index that is still empty nothing is applied one by one: the
    /// whole index is built once the command is done (<see cref="CatchUpAsync"/>), so that a database filled before
    /// the index existed is never indexed only in part.
    /// </summary>
    public static async Task<CommandSearch> ForCommandAsync(DatabaseSettings database, IClock clock, CancellationToken cancellationToken)
    {
        var index = Open(database);
        await index.EnsureCreatedAsync(cancellationToken);
        var outbox = new SearchOutbox(new PublicIndexer(index, database, clock), database, clock);
        var empty = await index.IsEmptyAsync(cancellationToken);
        var updater = new SearchIndexUpdater(outbox, applyAtOnce: !empty);
        // Running sites on the same PostgreSQL database hear of each change and evict their cached pages.
        IPublicationListener[] listeners = database.Provider == DatabaseProvider.Postgres
            ? [updater, new PublicationBroadcast(database, NullLogger<PublicationBroadcast>.Instance)]
            : [updater];
        return new CommandSearch(new PublicationEvents(listeners), outbox, empty, database);
    }

    /// <summary>The index changed under the running sites (no council or meeting in particular).</summary>
    public static readonly PublishedChange IndexChanged = new(Guid.Empty, null, PublishedContent.SearchIndex);

    /// <summary>
    /// After a command rebuilt or filled the index: running sites' cached search answers are stale. The notice is a
    /// row in the outbox, which a site's worker applies (at its next poll on SQLite) and tells its listeners, the
    /// search answer cache among them; on PostgreSQL the running sites are also told at once, as of a publication.
    /// </summary>
    public static async Task AnnounceIndexChangedAsync(SearchOutbox outbox, DatabaseSettings database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(database);
        await outbox.EnqueueAsync(IndexChanged, cancellationToken);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await new PublicationBroadcast(database, NullLogger<PublicationBroadcast>.Instance).OnPublishedAsync(IndexChanged, cancellationToken);
        }
    }

    /// <summary>
    /// At the end of the command: builds the whole index when the command found it empty, then applies whatever is
    /// left in the outbox (an update that failed, one the index was too busy for), trying failures again for a few
    /// seconds, and tells running sites their search answers are stale. Returns the updates still waiting, which a
    /// running site or the next command applies.
    /// </summary>
    public static async Task<int> CatchUpAsync(CommandSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.WasEmpty)
        {
            await search.Outbox.RebuildAsync(cancellationToken: cancellationToken);
        }
        var pass = await search.Outbox.ApplyPendingAsync(includeNotDue: true, cancellationToken);
        for (var retry = 1; retry <= 3 && (pass.Failed > 0 || pass.IndexBusy); retry++)
        {
            await Task.Delay(TimeSpan.FromSeconds(retry), cancellationToken);
            pass = await search.Outbox.ApplyPendingAsync(includeNotDue: true, cancellationToken);
        }
        await AnnounceIndexChangedAsync(search.Outbox, search.Database, cancellationToken);
        return pass.Pending;
    }
}

/// <summary>The search index as a command opens it: the events to publish through, its outbox, and whether it was empty.</summary>
public sealed record CommandSearch(PublicationEvents Events, SearchOutbox Outbox, bool WasEmpty, DatabaseSettings Database) : IDisposable
{
    public void Dispose() => Outbox.Dispose();
}
