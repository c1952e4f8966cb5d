using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Quorum.Domain.Publication;

namespace Quorum.Search.Indexing;

/// <summary>
/// Keeps the public index in step with publication: each committed change is written to the
/// <see cref="SearchOutbox"/> (which meeting, or which of the council's sets, to re-read) and then applied at once
/// when the index is free, so a clerk's publication is searchable when the page comes back. What cannot be applied
/// now (the index held by a rebuild, an update that failed) stays in the outbox for the worker, which retries it
/// until it succeeds. Nothing is thrown: the publication has committed, and the other listeners (the page cache) must
/// still hear of it.
/// </summary>
/// <param name="applyAtOnce">False for a command that builds an empty index whole when it ends: the rows are only written.</param>
public sealed partial class SearchIndexUpdater(SearchOutbox outbox, ILogger<SearchIndexUpdater>? logger = null, bool applyAtOnce = true) : IPublicationListener
{
    /// <summary>How long a publication waits for another writer (another process's update) before leaving its own to the worker.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly ILogger logger = logger ?? NullLogger<SearchIndexUpdater>.Instance;

    public async Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (SearchOutbox.TargetsOf(change).Count == 0)
        {
            return;
        }
        long row;
        try
        {
            row = await outbox.EnqueueAsync(change, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.NotRecorded(logger, ex, change.Content, change.MeetingId);
            return;
        }
        try
        {
            if (applyAtOnce)
            {
                await outbox.TryApplyAsync([row], Patience, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The row stays; the worker applies it.
            Log.NotAppliedYet(logger, ex, change.Content, change.MeetingId);
        }
        finally
        {
            outbox.Notify();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "The search index update for {Content} of meeting {MeetingId} could not be recorded; run 'quorum reindex' if the next publication does not repair it.")]
        public static partial void NotRecorded(ILogger logger, Exception exception, PublishedContent content, Guid? meetingId);

        [LoggerMessage(Level = LogLevel.Warning, Message = "The search index update for {Content} of meeting {MeetingId} is recorded and will be applied in the background.")]
        public static partial void NotAppliedYet(ILogger logger, Exception exception, PublishedContent content, Guid? meetingId);
    }
}
