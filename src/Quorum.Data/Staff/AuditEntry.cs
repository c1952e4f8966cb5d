using NodaTime;

namespace Quorum.Data.Staff;

/// <summary>
/// One change made by a signed-in person (or a sign-in, sign-out or lockout): who, when, which record, and its
/// values before and after as JSON. Written in the same transaction as the change, so the log cannot miss a
/// committed change or record one that was rolled back. Never edited or deleted: the database refuses both, and
/// each entry is chained to the one before it by <see cref="Hash"/> (see <see cref="AuditChain"/>), so a change
/// made behind the database's back shows in <c>quorum audit verify</c>.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Position in the chain, from 1 with no gaps; given when the entry is saved.</summary>
    public long Sequence { get; internal set; }

    public required Instant At { get; init; }

    /// <summary>The account's user name.</summary>
    public required string Actor { get; init; }

    /// <summary>Added, Modified, Deleted, or a named action such as "Published agenda".</summary>
    public required string Action { get; init; }

    /// <summary>The kind of record ("Meeting", "AgendaItem", "Report").</summary>
    public required string EntityType { get; init; }

    public Guid? EntityId { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>The previous entry's <see cref="Hash"/>; 64 zeros for the first.</summary>
    public string PreviousHash { get; internal set; } = "";

    /// <summary>SHA-256 (lower-case hex) of <see cref="PreviousHash"/> and this entry's content.</summary>
    public string Hash { get; internal set; } = "";
}
