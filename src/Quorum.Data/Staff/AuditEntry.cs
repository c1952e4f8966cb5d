using NodaTime;

namespace Quorum.Data.Staff;

/// <summary>
/// One change made by a signed-in person: who, when, which record, and its values before and after as JSON.
/// Written in the same transaction as the change, so the log cannot miss a committed change or record one that
/// was rolled back. Never edited or deleted.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

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
}
