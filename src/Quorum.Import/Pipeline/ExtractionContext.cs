using Quorum.Import.Model;

namespace Quorum.Import.Pipeline;

/// <summary>State the stages share while one pack streams through: the warnings so far and what earlier
/// segments taught later ones (the body's name, the people already named).</summary>
public sealed class ExtractionContext
{
    /// <summary>Repeated warnings of one kind stop being recorded after this many, so garbage input cannot
    /// grow the warning list without bound.</summary>
    public const int MaxWarningsPerCode = 50;

    private readonly Dictionary<string, int> countByCode = new(StringComparer.Ordinal);

    public List<ExtractionWarning> Warnings { get; } = [];

    /// <summary>The body named on the front sheet, used to recognise its minutes headings.</summary>
    public string? Committee { get; set; }

    /// <summary>Full names printed so far (front sheet first), used to split run-together name lists.</summary>
    public HashSet<string> KnownNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserve category printed beside a reserve's name in the attendance table ("(3)"), by name.</summary>
    public Dictionary<string, string> ReserveCategories { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seats the minutes list under "Non-voting Co-opted".</summary>
    public HashSet<string> NonVotingCoOptees { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Warn(string code, string message, int? line, int? page)
    {
        var count = countByCode.GetValueOrDefault(code);
        countByCode[code] = count + 1;
        if (count < MaxWarningsPerCode)
        {
            Warnings.Add(new ExtractionWarning(code, message, line, page));
        }
        else if (count == MaxWarningsPerCode)
        {
            Warnings.Add(new ExtractionWarning(code, $"further '{code}' warnings suppressed", line, page));
        }
    }
}
