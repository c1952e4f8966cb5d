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

    /// <summary>First line of each PDF page, so a warning found later by line can also name its page.</summary>
    private readonly List<(int Line, int Page)> pageStarts = [];

    /// <summary>Notes the page a line came from (PDF packs); called for every line, kept once per page.</summary>
    public void NotePage(int line, int? page)
    {
        if (page is { } p && (pageStarts.Count == 0 || pageStarts[^1].Page != p))
        {
            pageStarts.Add((line, p));
        }
    }

    public int? PageOf(int? line)
    {
        if (line is null || pageStarts.Count == 0)
        {
            return null;
        }
        int? page = null;
        foreach (var (start, p) in pageStarts)
        {
            if (start > line)
            {
                break;
            }
            page = p;
        }
        return page;
    }

    public void Warn(string code, string message, int? line, int? page)
    {
        page ??= PageOf(line);
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
