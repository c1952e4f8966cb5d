using NodaTime;

namespace Quorum.Domain.Meetings;

/// <summary>
/// One publication of a meeting's agenda: the frozen pack (file, SHA-256, page count) and the documents it
/// carried. Republishing adds a new version; earlier versions stay stored and their packs stay reachable.
/// </summary>
public sealed class AgendaPublication : Entity
{
    public required Guid MeetingId { get; init; }

    public required int Version
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Agenda versions start at 1.");
    }

    public required LocalDate PublishedOn { get; init; }

    public required Instant PublishedAt { get; init; }

    /// <summary>The staff account that published it.</summary>
    public required string PublishedBy { get; init; }

    /// <summary>File name of the public (Part I) pack in the pack store.</summary>
    public required string PackFile { get; init; }

    public required string PackSha256 { get; init; }

    public required int PageCount { get; init; }

    /// <summary>The members-only Part II pack, when the agenda has exempt papers.</summary>
    public string? PartIIPackFile { get; init; }

    /// <summary>The frozen documents as JSON: each report's id, subject and content hash, and its enclosures' hashes and versions.</summary>
    public required string Manifest { get; init; }
}
