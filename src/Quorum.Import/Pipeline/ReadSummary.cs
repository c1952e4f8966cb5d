using Quorum.Import.Reading;

namespace Quorum.Import.Pipeline;

/// <summary>
/// What the extractor saw of a file as its lines streamed past: how many lines, where its text begins, and how much
/// of it is unreadable (U+FFFD, private-use glyphs, "(cid:123)" from a PDF font with no Unicode map). Used only to
/// say clearly why a file that yielded nothing is not a pack.
/// </summary>
internal sealed class ReadSummary
{
    public int Lines { get; private set; }
    public SourceLine? FirstText { get; private set; }
    public int? FirstUnreadableLine { get; private set; }
    private long characters;
    private long unreadable;

    public IEnumerable<SourceLine> Watch(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            Lines++;
            var text = line.Text;
            if (FirstText is null && text.Trim().Length > 0)
            {
                FirstText = line;
            }
            var bad = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    characters++;
                    if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF' || (char.IsControl(c) && c != '\t'))
                    {
                        bad++;
                    }
                }
            }
            bad += CountCid(text) * 6;
            unreadable += bad;
            if (FirstUnreadableLine is null && bad * 4 > Math.Max(4, text.Length))
            {
                FirstUnreadableLine = line.Number;
            }
            yield return line;
        }
    }

    /// <summary>The share of non-space characters that could not be read, 0 to 1.</summary>
    public double UnreadableShare => characters == 0 ? 0 : (double)unreadable / characters;

    /// <summary>The error for a file in which no part of a pack was recognised: what was wrong and where.</summary>
    public ImportException NotAPack(string? source)
    {
        var name = source ?? "the pack";
        if (FirstText is not { } first)
        {
            return new ImportException($"{name}: not an agenda pack: its {Lines} lines hold no text.");
        }
        if (UnreadableShare >= 0.2)
        {
            return new ImportException($"{name}: not an agenda pack: {(int)Math.Round(UnreadableShare * 100)}% of its text is unreadable from line {FirstUnreadableLine ?? first.Number}"
                + $"{Page(FirstUnreadableLine is null ? first : null)} (wrong encoding, or a PDF font with no text map).");
        }
        var opening = first.Text.Trim();
        opening = opening.Length > 60 ? opening[..60] + "…" : opening;
        return new ImportException($"{name}: not an agenda pack: no front sheet, agenda, minutes or report cover was recognised in its {Lines} lines "
            + $"(the text begins at line {first.Number}{Page(first)}: \"{opening}\").");
    }

    private static string Page(SourceLine? line) => line?.Page is { } page ? $", page {page}" : "";

    private static int CountCid(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("(cid:", StringComparison.Ordinal); at >= 0; at = text.IndexOf("(cid:", at + 5, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
