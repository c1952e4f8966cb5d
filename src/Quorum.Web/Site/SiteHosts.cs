namespace Quorum.Web.Site;

/// <summary>
/// Which council each host name serves, from <c>Site:Hosts</c> (<c>"Site:Hosts:harrow.example": "harrow"</c>: host
/// name to council slug). With no entries the install serves one council on every host (<c>Site:Council</c>, or the
/// first made), as it always has.
/// </summary>
public sealed class SiteHosts
{
    private readonly Dictionary<string, string> slugs;

    public SiteHosts(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        slugs = configuration.GetSection("Site:Hosts").GetChildren()
            .Where(h => !string.IsNullOrWhiteSpace(h.Value))
            .ToDictionary(h => h.Key.Trim().ToLowerInvariant(), h => h.Value!.Trim(), StringComparer.Ordinal);
        Default = configuration["Site:Council"];
    }

    /// <summary>Whether host names choose the council; otherwise every host shows <see cref="Default"/>.</summary>
    public bool AreMapped => slugs.Count > 0;

    /// <summary>The <c>Site:Council</c> slug, or null for the first council made.</summary>
    public string? Default { get; }

    /// <summary>
    /// The slug of the council a host name serves: its mapping, or <see cref="Default"/> when nothing is mapped.
    /// Found is false for a host name the mapping does not list (the request is then answered "not found").
    /// </summary>
    public (bool Found, string? Slug) For(HostString host)
    {
        if (!AreMapped)
        {
            return (true, Default);
        }
        return slugs.TryGetValue((host.Host ?? "").ToLowerInvariant(), out var slug) ? (true, slug) : (false, null);
    }
}
