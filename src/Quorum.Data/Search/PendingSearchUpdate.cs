using NodaTime;
using Quorum.Domain.Publication;

namespace Quorum.Data.Search;

/// <summary>
/// The search index's outbox: a published change whose index update has not been applied yet. Written as soon as
/// the publication commits and deleted only once the index holds the change, so an update that fails (a locked or
/// full index, a crash) is retried rather than lost.
/// </summary>
public sealed class PendingSearchUpdate
{
    /// <summary>Order of arrival.</summary>
    public long Id { get; init; }

    public required Guid CouncilId { get; init; }

    public Guid? MeetingId { get; init; }

    public required PublishedContent Content { get; init; }

    public required Instant EnqueuedAt { get; init; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not tried again before this; later after each failure.</summary>
    public required Instant NextAttemptAt { get; set; }

    /// <summary>Why the last attempt failed, for the log and for an administrator reading the table.</summary>
    public string? LastError { get; set; }

    public PublishedChange Change => new(CouncilId, MeetingId, Content);
}
