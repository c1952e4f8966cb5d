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

    /// <summary>Democratic Services' postal address, one line per line as letters print it.</summary>
    public string? Address { get; set; }

    /// <summary>Democratic Services' telephone number.</summary>
    public string? Telephone { get; set; }

    /// <summary>The council's own website ("https://www.harrow.gov.uk"), linked from the contact pages.</summary>
    public string? WebAddress { get; set; }

    /// <summary>Whose law applies; England unless the council says otherwise.</summary>
    public Nation Nation { get; set; } = Nation.England;
}
