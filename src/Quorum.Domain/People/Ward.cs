namespace Quorum.Domain.People;

/// <summary>An electoral ward; councillors represent one, reports list the wards they affect.</summary>
public sealed class Ward : Entity
{
    public required Guid CouncilId { get; set; }

    public required string Name { get; set; }

    public required Slug Slug { get; set; }
}
