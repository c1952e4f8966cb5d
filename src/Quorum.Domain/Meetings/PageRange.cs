namespace Quorum.Domain.Meetings;

/// <summary>The pack pages an item occupies, inclusive ("Pages 21 - 82").</summary>
public sealed record PageRange
{
    public PageRange(int first, int last)
    {
        if (first < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, $"Page range {first}-{last} is not valid: pages start at 1.");
        }
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, $"Page range {first}-{last} is not valid: the last page is before the first.");
        }
        First = first;
        Last = last;
    }

    public int First { get; }

    public int Last { get; }

    public int PageCount => Last - First + 1;

    /// <summary>Reads the stored form "21-82".</summary>
    public static PageRange Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], out var first) || !int.TryParse(parts[1], out var last))
        {
            throw new FormatException($"Page range '{text}' is not in the form 'first-last'.");
        }
        return new PageRange(first, last);
    }

    public override string ToString() => $"{First}-{Last}";

    /// <summary>As the agenda prints it: "Pages 21 - 82".</summary>
    public string ToAgendaText() => First == Last ? $"Page {First}" : $"Pages {First} - {Last}";
}
