namespace Quorum.Domain.Imports;

/// <summary>
/// The original bytes of an imported pack, stored once per content hash. They live in the database, for SQLite and
/// PostgreSQL alike, rather than in a folder beside it: the bytes then commit or roll back with the pack's records
/// (a failed pack leaves no orphan file, an imported one is never missing its original), one backup holds everything,
/// and several web servers sharing a PostgreSQL database all see them. Packs are capped at 64 MB by the reader, well
/// within what either database stores comfortably as a blob. Kept in a table of their own so that listing packs
/// never reads the bytes.
/// </summary>
public sealed class StoredPackFile
{
    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    public required byte[] Content { get; init; }
}
