using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Search;
using Quorum.Domain.Publication;

namespace Quorum.Search.Indexing;

/// <summary>What one pass over the outbox did, and what is left.</summary>
/// <param name="Applied">Rows applied to the index and deleted.</param>
/// <param name="Failed">Rows whose update failed this time; each is tried again later.</param>
/// <param name="Pending">Rows still in the outbox after the pass.</param>
/// <param name="NextAttemptAt">When the earliest of them is due; null when none is left.</param>
/// <param name="IndexBusy">True when another writer (a rebuild, another process) held the index, so nothing was tried.</param>
public sealed record OutboxPass(int Applied, int Failed, int Pending, Instant? NextAttemptAt, bool IndexBusy = false);

/// <summary>
/// The search index's outbox (<see cref="PendingSearchUpdate"/> rows in the main database). A publication's index
/// update is written there when the publication commits and deleted only once the index holds it; an update that
/// fails stays, and is tried again with a growing delay, so no update is lost to a locked or broken index or a crash.
/// </summary>
/// <remarks>
/// <para>
/// Every write to the index goes through here holding the <see cref="SearchIndexLease"/>: one writer at a time
/// across processes (the web site, <c>quorum import</c>, <c>quorum reindex</c>). Each update re-reads its meeting
/// (or council) from the store, so applying one late or twice is harmless; only two writers interleaving could put
/// an older copy over a newer one, and only a rebuild that swapped in a copy read before an update was applied could
/// lose it. Holding the lease for the whole rebuild rules out both.
/// </para>
/// <para>Rows are written just after the publication commits, not inside its transaction: a process killed between
/// the two loses that one update, which the next publication of the meeting or <c>quorum reindex</c> repairs.</para>
/// </remarks>
public sealed partial class SearchOutbox(PublicIndexer indexer, DatabaseSettings database, IClock clock, ILogger<SearchOutbox>? logger = null) : IDisposable
{
    /// <summary>A holder that stops renewing (a killed process) frees the index after this.</summary>
    private static readonly Duration LeaseTime = Duration.FromMinutes(5);
    private static readonly Duration FirstRetry = Duration.FromSeconds(5);
    private static readonly Duration LongestRetry = Duration.FromMinutes(10);
    private static readonly TimeSpan LeasePoll = TimeSpan.FromMilliseconds(200);
    private const int Batch = 20;
    private const int EnqueueAttempts = 4;

    private readonly ILogger log = logger ?? NullLogger<SearchOutbox>.Instance;

    // One writer in this process; the lease row extends that to other processes.
    private readonly SemaphoreSlim writer = new(1, 1);

    private readonly Channel<bool> work = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public PublicIndexer Indexer => indexer;

    /// <summary>
    /// Records that a committed publication must reach the index. A database busy with another writer is tried again
    /// a few times before the error is thrown.
    /// </summary>
    public async Task<long> EnqueueAsync(PublishedChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = QuorumDatabase.CreateContext(database, clock);
                var now = clock.GetCurrentInstant();
                var row = new PendingSearchUpdate
                {
                    CouncilId = change.CouncilId,
                    MeetingId = change.MeetingId,
                    Content = change.Content,
                    EnqueuedAt = now,
                    // A notice with nothing to index (a command's "the index changed") is due at once on any node's clock.
                    NextAttemptAt = TargetsOf(change).Count == 0 ? NodaConstants.UnixEpoch : now,
                };
                db.PendingSearchUpdates.Add(row);
                await db.SaveChangesAsync(cancellationToken);
                return row.Id;
            }
            catch (Exception ex) when (attempt < EnqueueAttempts && TransientErrors.IsTransient(ex))
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Applies the given rows now if the index is free within <paramref name="wait"/> (a publication's own update,
    /// so what the clerk published is searchable when the page comes back). False when it was not free; the rows
    /// then wait for <see cref="ApplyPendingAsync"/>.
    /// </summary>
    public async Task<bool> TryApplyAsync(IReadOnlyCollection<long> ids, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        await using var lease = await TakeLeaseAsync(wait, cancellationToken);
        if (lease is null)
        {
            return false;
        }
        List<PendingSearchUpdate> rows;
        await using (var db = QuorumDatabase.CreateContext(database, clock))
        {
            rows = await db.PendingSearchUpdates.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        }
        await ApplyAsync(rows, lease, cancellationToken);
        return true;
    }

    /// <summary>
    /// Applies every row that is due, oldest first, deleting each once the index holds it and putting off each that
    /// fails (5 s, then twice as long each time up to 10 minutes). <paramref name="includeNotDue"/> tries the put-off
    /// rows too, for a command that will not be running when they fall due.
    /// </summary>
    public async Task<OutboxPass> ApplyPendingAsync(bool includeNotDue = false, CancellationToken cancellationToken = default)
    {
        // Nothing due: answer from a read. Taking the lease is a write, and an idle site must not write to its
        // store every half minute (nor on a public request's heels).
        var (waitingNow, nextNow) = await PendingAsync(cancellationToken);
        if (waitingNow == 0 || (!includeNotDue && nextNow > clock.GetCurrentInstant()))
        {
            return new OutboxPass(0, 0, waitingNow, nextNow);
        }
        int applied = 0, failed = 0;
        var tried = new HashSet<long>();
        while (true)
        {
            await using var lease = await TakeLeaseAsync(TimeSpan.Zero, cancellationToken);
            if (lease is null)
            {
                var (waiting, next) = await PendingAsync(cancellationToken);
                return new OutboxPass(applied, failed, waiting, next, IndexBusy: true);
            }
            // In batches, giving the lease back between them so a clerk's own update is not kept waiting long.
            List<PendingSearchUpdate> rows;
            await using (var db = QuorumDatabase.CreateContext(database, clock))
            {
                var now = clock.GetCurrentInstant();
                rows = await db.PendingSearchUpdates.AsNoTracking()
                    .Where(u => includeNotDue || u.NextAttemptAt <= now)
                    .OrderBy(u => u.Id)
                    .Take(Batch + tried.Count)
                    .ToListAsync(cancellationToken);
            }
            // A row failed in this pass is not tried twice in it, however the clock stands.
            rows = [.. rows.Where(r => !tried.Contains(r.Id)).Take(Batch)];
            if (rows.Count == 0)
            {
                break;
            }
            tried.UnionWith(rows.Select(r => r.Id));
            var (ok, bad) = await ApplyAsync(rows, lease, cancellationToken);
            applied += ok;
            failed += bad;
        }
        var (pending, nextAttempt) = await PendingAsync(cancellationToken);
        return new OutboxPass(applied, failed, pending, nextAttempt);
    }

    /// <summary>
    /// Rebuilds the whole index holding the lease, so no update can be applied to the old index meanwhile and lost
    /// when the new one replaces it; updates published during the build wait and are applied after it. Rows that were
    /// waiting when the build began are deleted: the build read the store after their publications committed.
    /// </summary>
    public async Task<IndexUpdate> RebuildAsync(IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var lease = await TakeLeaseAsync(Timeout.InfiniteTimeSpan, cancellationToken)
                ?? throw new InvalidOperationException("The search index lease was not taken.");
            using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var renewing = RenewUntilCancelledAsync(lease, keepAlive.Token);
            try
            {
                List<long> covered;
                await using (var db = QuorumDatabase.CreateContext(database, clock))
                {
                    covered = await db.PendingSearchUpdates.Select(u => u.Id).ToListAsync(cancellationToken);
                }
                var update = await indexer.RebuildAsync(progress, cancellationToken);
                await DeleteAsync(covered, cancellationToken);
                return update;
            }
            finally
            {
                await keepAlive.CancelAsync();
                await renewing;
            }
        }
        finally
        {
            Notify();
        }
    }

    public void Dispose() => writer.Dispose();

    /// <summary>Wakes <see cref="WaitForWorkAsync"/>: a row was written, or a rebuild gave the index back.</summary>
    public void Notify() => work.Writer.TryWrite(true);

    /// <summary>Waits until <see cref="Notify"/> is called or <paramref name="timeout"/> passes.</summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await work.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: time to look for retries that have fallen due and rows written by another process.
        }
    }

    /// <summary>The index updates a published change needs, as <see cref="SearchIndexUpdater"/> has always made them.</summary>
    public static IReadOnlyList<IndexTarget> TargetsOf(PublishedChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Content is PublishedContent.CouncilDetails or PublishedContent.SearchIndex)
        {
            // Nothing indexed carries the council's contact details or settings; a changed index is already changed.
            return [];
        }
        if (change.Content is PublishedContent.Decision)
        {
            // A notice may come from a meeting's minutes; the meeting's documents then change with it.
            return change.MeetingId is { } decidedAt
                ? [new(IndexTargetKind.Decisions, change.CouncilId), new(IndexTargetKind.Meeting, decidedAt)]
                : [new(IndexTargetKind.Decisions, change.CouncilId)];
        }
        if (change.Content is PublishedContent.ForwardPlan)
        {
            // The forward plan is read on its own pages and feeds, not searched: nothing in the index changes.
            return [];
        }
        if (change.MeetingId is null && change.Content is not PublishedContent.Membership)
        {
            // A change without a meeting (an import of many packs) re-reads the whole council.
            return [new(IndexTargetKind.Council, change.CouncilId)];
        }
        var targets = new List<IndexTarget>(2);
        if (change.MeetingId is { } meetingId)
        {
            targets.Add(new(IndexTargetKind.Meeting, meetingId));
        }
        // Memberships change the people and committees; an imported pack may bring new members with it.
        if (change.Content is PublishedContent.Membership or PublishedContent.ImportedPack)
        {
            targets.Add(new(IndexTargetKind.Directory, change.CouncilId));
        }
        return targets;
    }

    /// <summary>
    /// Applies rows holding the lease: each target once however many rows name it (a whole-council target stands
    /// for every other target of that council), then deletes the rows whose targets all succeeded and puts off the rest.
    /// </summary>
    private async Task<(int Applied, int Failed)> ApplyAsync(List<PendingSearchUpdate> rows, Lease lease, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }
        var wholeCouncils = rows.SelectMany(r => TargetsOf(r.Change)).Where(t => t.Kind == IndexTargetKind.Council).Select(t => t.Id).ToHashSet();
        var targetsByRow = rows.ToDictionary(r => r.Id, r => wholeCouncils.Contains(r.CouncilId)
            ? [new IndexTarget(IndexTargetKind.Council, r.CouncilId)]
            : TargetsOf(r.Change));
        var outcomes = new Dictionary<IndexTarget, Exception?>();
        foreach (var target in rows.SelectMany(r => targetsByRow[r.Id]))
        {
            if (outcomes.ContainsKey(target))
            {
                continue;
            }
            await lease.RenewIfDueAsync(cancellationToken);
            try
            {
                await ApplyTargetAsync(target, cancellationToken);
                outcomes[target] = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                outcomes[target] = ex;
            }
        }

        var done = rows.Where(r => targetsByRow[r.Id].All(t => outcomes[t] is null)).Select(r => r.Id).ToList();
        await DeleteAsync(done, cancellationToken);
        var failed = rows.Where(r => !done.Contains(r.Id)).ToList();
        if (failed.Count > 0)
        {
            var now = clock.GetCurrentInstant();
            await using var db = QuorumDatabase.CreateContext(database, clock);
            foreach (var row in failed)
            {
                var error = targetsByRow[row.Id].Select(t => outcomes[t]).First(e => e is not null)!;
                var attempts = row.Attempts + 1;
                var next = now + RetryDelay(attempts);
                var message = OneLine(error);
                await db.PendingSearchUpdates.Where(u => u.Id == row.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.Attempts, attempts)
                    .SetProperty(u => u.NextAttemptAt, next)
                    .SetProperty(u => u.LastError, message), cancellationToken);
                if (attempts < 5)
                {
                    Log.UpdateFailed(log, error, row.Content, row.MeetingId, attempts, next);
                }
                else
                {
                    Log.UpdateStillFailing(log, error, row.Content, row.MeetingId, attempts, next);
                }
            }
        }
        return (done.Count, failed.Count);
    }

    private Task<IndexUpdate> ApplyTargetAsync(IndexTarget target, CancellationToken cancellationToken) => target.Kind switch
    {
        IndexTargetKind.Meeting => indexer.IndexMeetingAsync(target.Id, cancellationToken),
        IndexTargetKind.Decisions => indexer.IndexDecisionsAsync(target.Id, cancellationToken),
        IndexTargetKind.Directory => indexer.IndexDirectoryAsync(target.Id, cancellationToken),
        IndexTargetKind.Council => indexer.IndexCouncilAsync(target.Id, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "Unknown index target."),
    };

    private static Duration RetryDelay(int attempts)
    {
        var delay = FirstRetry * Math.Pow(2, Math.Min(attempts - 1, 16));
        return delay < LongestRetry ? delay : LongestRetry;
    }

    private static string OneLine(Exception error)
    {
        var text = string.Join(' ', $"{error.GetType().Name}: {error.Message}".Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return text.Length <= 2000 ? text : text[..2000];
    }

    private async Task DeleteAsync(List<long> ids, CancellationToken cancellationToken)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        foreach (var chunk in ids.Chunk(500).Select(c => c.ToList()))
        {
            await db.PendingSearchUpdates.Where(u => chunk.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private async Task<(int Count, Instant? Next)> PendingAsync(CancellationToken cancellationToken)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        // The earliest first: another process may apply (and delete) the rows between the two reads, so the count
        // is taken only when a row was there, and a row gone meanwhile is simply not counted.
        var next = await db.PendingSearchUpdates.OrderBy(u => u.NextAttemptAt).Select(u => (Instant?)u.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        var count = next is null ? 0 : await db.PendingSearchUpdates.CountAsync(cancellationToken);
        return (count, next);
    }

    /// <summary>
    /// Takes the lease: first this process's writer slot, then the row, tried every 200 ms until
    /// <paramref name="wait"/> has passed. Null when either stayed taken.
    /// </summary>
    private async Task<Lease?> TakeLeaseAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        if (!await writer.WaitAsync(wait, cancellationToken))
        {
            return null;
        }
        try
        {
            while (true)
            {
                var holder = Guid.NewGuid().ToString("N");
                if (await TryTakeRowAsync(holder, cancellationToken))
                {
                    return new Lease(this, holder);
                }
                if (wait != Timeout.InfiniteTimeSpan && waited.Elapsed >= wait)
                {
                    writer.Release();
                    return null;
                }
                await Task.Delay(LeasePoll, cancellationToken);
            }
        }
        catch
        {
            writer.Release();
            throw;
        }
    }

    private async Task<bool> TryTakeRowAsync(string holder, CancellationToken cancellationToken)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        var now = clock.GetCurrentInstant();
        var until = now + LeaseTime;
        return await db.SearchIndexLeases
            .Where(l => l.Id == SearchIndexLease.SingleId && (l.ExpiresAt == null || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken) == 1;
    }

    private async Task RenewAsync(string holder, CancellationToken cancellationToken)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        var until = clock.GetCurrentInstant() + LeaseTime;
        if (await db.SearchIndexLeases.Where(l => l.Id == SearchIndexLease.SingleId && l.Holder == holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, until), cancellationToken) == 0)
        {
            Log.LeaseLost(log);
        }
    }

    private async Task GiveBackAsync(string holder)
    {
        try
        {
            await using var db = QuorumDatabase.CreateContext(database, clock);
            await db.SearchIndexLeases.Where(l => l.Id == SearchIndexLease.SingleId && l.Holder == holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, (Instant?)null));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The lease then lapses on its own after LeaseTime.
            Log.LeaseNotReturned(log, ex);
        }
        finally
        {
            writer.Release();
        }
    }

    private async Task RenewUntilCancelledAsync(Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseTime.ToTimeSpan() / 4, cancellationToken);
                await lease.RenewAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The rebuild is over.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.LeaseNotRenewed(log, ex);
        }
    }

    /// <summary>The index taken by this process for one pass or one rebuild; disposing gives it back.</summary>
    private sealed class Lease(SearchOutbox outbox, string holder) : IAsyncDisposable
    {
        private readonly Stopwatch sinceRenewed = Stopwatch.StartNew();

        public async Task RenewAsync(CancellationToken cancellationToken)
        {
            await outbox.RenewAsync(holder, cancellationToken);
            sinceRenewed.Restart();
        }

        public Task RenewIfDueAsync(CancellationToken cancellationToken) =>
            sinceRenewed.Elapsed > LeaseTime.ToTimeSpan() / 4 ? RenewAsync(cancellationToken) : Task.CompletedTask;

        public ValueTask DisposeAsync() => new(outbox.GiveBackAsync(holder));
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The search index update for {Content} of meeting {MeetingId} failed (attempt {Attempts}); it is tried again at {NextAttemptAt}.")]
        public static partial void UpdateFailed(ILogger logger, Exception exception, PublishedContent content, Guid? meetingId, int attempts, Instant nextAttemptAt);

        [LoggerMessage(Level = LogLevel.Error, Message = "The search index update for {Content} of meeting {MeetingId} has failed {Attempts} times; it is tried again at {NextAttemptAt}. Its row in PendingSearchUpdates says why.")]
        public static partial void UpdateStillFailing(ILogger logger, Exception exception, PublishedContent content, Guid? meetingId, int attempts, Instant nextAttemptAt);

        [LoggerMessage(Level = LogLevel.Warning, Message = "The search index lease was taken by another writer after it lapsed.")]
        public static partial void LeaseLost(ILogger logger);

        [LoggerMessage(Level = LogLevel.Warning, Message = "The search index lease could not be renewed during a rebuild.")]
        public static partial void LeaseNotRenewed(ILogger logger, Exception exception);

        [LoggerMessage(Level = LogLevel.Warning, Message = "The search index lease could not be given back; it lapses by itself.")]
        public static partial void LeaseNotReturned(ILogger logger, Exception exception);
    }
}

public enum IndexTargetKind
{
    /// <summary>One meeting's documents.</summary>
    Meeting,

    /// <summary>A council's executive decision notices.</summary>
    Decisions,

    /// <summary>A council's people and committees.</summary>
    Directory,

    /// <summary>Everything of a council: its meetings, notices, people and committees.</summary>
    Council,
}

/// <summary>One re-read of the store into the index: a meeting, or one of a council's sets.</summary>
public sealed record IndexTarget(IndexTargetKind Kind, Guid Id);
