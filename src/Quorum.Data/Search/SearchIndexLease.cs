using NodaTime;

namespace Quorum.Data.Search;

/// <summary>
/// Who may write to the search index now: one row, taken by whichever process applies outbox rows or rebuilds the
/// index. Only one writer at a time means a slower writer can never put an older copy of a meeting over a newer
/// one, and a rebuild cannot swap in a copy that misses an update applied while it was reading. A holder that dies
/// loses the lease when it expires.
/// </summary>
public sealed class SearchIndexLease
{
    public const int SingleId = 1;

    public int Id { get; init; }

    /// <summary>A fresh token for each taking of the lease; null when free.</summary>
    public string? Holder { get; set; }

    /// <summary>Free after this even if the holder never gave it back; null when free.</summary>
    public Instant? ExpiresAt { get; set; }
}
