using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Quorum.Domain.Publication;

namespace Quorum.Search.Indexing;

/// <summary>
/// Keeps the public index in step with publication: a meeting's agenda, minutes or decisions replace that
/// meeting's documents; an executive decision notice re-reads the council's notices; membership changes and imports
/// also re-read the council's people and committees; a change without a meeting (an import of many packs) re-reads
/// the whole council. A failure is logged, not thrown: the publication has committed, the other listeners (the page cache) must still hear of it, and the next publication or
/// <c>quorum reindex</c> repairs the index.
/// </summary>
public sealed partial class SearchIndexUpdater(PublicIndexer indexer, ILogger<SearchIndexUpdater>? logger = null) : IPublicationListener
{
    private readonly ILogger logger = logger ?? NullLogger<SearchIndexUpdater>.Instance;

    public async Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        try
        {
            if (change.Content is PublishedContent.Decision)
            {
                // A notice may come from a meeting's minutes; the meeting's documents then change with it.
                await indexer.IndexDecisionsAsync(change.CouncilId, cancellationToken);
                if (change.MeetingId is { } decidedAt)
                {
                    await indexer.IndexMeetingAsync(decidedAt, cancellationToken);
                }
                return;
            }
            if (change.MeetingId is null && change.Content is not PublishedContent.Membership)
            {
                await indexer.IndexCouncilAsync(change.CouncilId, cancellationToken);
                return;
            }
            if (change.MeetingId is { } meetingId)
            {
                await indexer.IndexMeetingAsync(meetingId, cancellationToken);
            }
            // Memberships change the people and committees; an imported pack may bring new members with it.
            if (change.Content is PublishedContent.Membership or PublishedContent.ImportedPack)
            {
                await indexer.IndexDirectoryAsync(change.CouncilId, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.IndexingFailed(logger, ex, change.Content, change.MeetingId);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "The search index was not updated after {Content} was published for meeting {MeetingId}; run 'quorum reindex' if the next publication does not repair it.")]
        public static partial void IndexingFailed(ILogger logger, Exception exception, PublishedContent content, Guid? meetingId);
    }
}
