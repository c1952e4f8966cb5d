namespace Quorum.Domain.Committees;

/// <summary>A political group on the council; reserve lists and seat allocations are per group.</summary>
public sealed class PartyGroup : Entity
{
    public required Guid CouncilId { get; set; }

    /// <summary>As printed before lists on front sheets: "Labour", "Conservative".</summary>
    public required string Name { get; set; }

    public required Slug Slug { get; set; }
}
