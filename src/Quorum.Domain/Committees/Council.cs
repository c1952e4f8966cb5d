namespace Quorum.Domain.Committees;

/// <summary>
/// A local authority or partnership using this install. One install may host several (a borough and the
/// partnership boards it services); every other record hangs off one council.
/// </summary>
public sealed class Council : Entity
{
    public required string Name { get; set; }

    public required Slug Slug { get; set; }

    /// <summary>Democratic Services' public contact e-mail, printed on agenda front sheets.</summary>
    public string? ContactEmail { get; set; }
}
