namespace Quorum.Domain.Committees;

/// <summary>
/// A party group's numbered reserve members for one body and municipal year. A reserve may stand in for an
/// ordinary member of the same group who is absent for the whole meeting.
/// </summary>
public sealed class ReserveList : Entity
{
    public required Guid CommitteeId { get; set; }

    public required Guid PartyGroupId { get; set; }

    public required Guid MunicipalYearId { get; set; }

    public List<ReserveListEntry> Entries { get; private set; } = [];

    /// <summary>Adds a reserve at the end of the list; the list is printed in this order ("1. Jeff Anderson").</summary>
    public ReserveListEntry Add(Guid personId, Guid? id = null)
    {
        if (Entries.Any(e => e.PersonId == personId))
        {
            throw new InvalidOperationException("The person is already on this reserve list.");
        }
        var entry = new ReserveListEntry { Id = id ?? Guid.NewGuid(), ReserveListId = Id, PersonId = personId, Position = Entries.Count + 1 };
        Entries.Add(entry);
        return entry;
    }

    public IEnumerable<ReserveListEntry> InOrder() => Entries.OrderBy(e => e.Position);
}

public sealed class ReserveListEntry : Entity
{
    public required Guid ReserveListId { get; set; }

    public required Guid PersonId { get; set; }

    public People.Person? Person { get; set; }

    /// <summary>1-based place on the list.</summary>
    public required int Position { get; set; }
}
