using NodaTime;

namespace Quorum.Domain;

/// <summary>
/// Base of every stored record: a stable identifier, audit stamps and a soft-delete tombstone, so that
/// "changed since" synchronisation and deletion feeds work the same way for every kind of record.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Instant Created { get; private set; }

    public Instant Modified { get; private set; }

    /// <summary>When the record was withdrawn; it stays stored as a tombstone so downstream copies can drop it.</summary>
    public Instant? Deleted { get; private set; }

    public bool IsDeleted => Deleted is not null;

    /// <summary>Stamps a new record; a record that already carries a creation time (e.g. an import) keeps it.</summary>
    public void StampCreated(Instant at)
    {
        if (Created == default)
        {
            Created = at;
        }
        if (Modified == default)
        {
            Modified = Created;
        }
    }

    public void StampModified(Instant at) => Modified = at;

    public void MarkDeleted(Instant at)
    {
        Deleted ??= at;
        Modified = at;
    }
}
