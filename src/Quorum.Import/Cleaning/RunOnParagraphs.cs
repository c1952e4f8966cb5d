using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Parsing;

namespace Quorum.Import.Cleaning;

/// <summary>
/// Minutes run into one paragraph whose items are a heading followed by numbered paragraphs, as board minutes print
/// them ("… Robert Severn Minutes of Last Meeting - approval 1. The minutes of the previous meeting … Matters Arising 2.
/// Matters arising from …"). Where paragraph numbers run 1, 2, 3 … and each opens a sentence, each item is set out again
/// as "N. Heading" over its text. The heading is a standing item's title ending the words before the number, or
/// whatever follows the last full stop there.
/// </summary>
public static partial class RunOnParagraphs
{
    /// <summary>The pieces of <paramref name="text"/>, broken also at <paramref name="labels"/> (the minutes heading and
    /// attendance labels) before the first item; null when the paragraph does not read as numbered items.</summary>
    public static IReadOnlyList<string>? Split(string text, IReadOnlyList<int> labels)
    {
        var chain = new List<Match>();
        foreach (Match number in Paragraph().Matches(text))
        {
            if (int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture) == chain.Count + 1 && OpensSentence(text, number.Index + number.Length))
            {
                chain.Add(number);
            }
        }
        if (chain.Count < 2)
        {
            return null;
        }
        var items = new List<(int TitleStart, Match Number)>();
        var from = labels.Where(b => b < chain[0].Index).DefaultIfEmpty(0).Max();
        foreach (var number in chain)
        {
            if (TitleStart(text, from, number.Index) is not { } start)
            {
                return null;
            }
            items.Add((start, number));
            from = number.Index + number.Length;
        }
        var pieces = new List<string>();
        var at = 0;
        foreach (var label in labels.Where(b => b > 0 && b < items[0].TitleStart).Order())
        {
            pieces.Add(text[at..label].Trim());
            at = label;
        }
        pieces.Add(text[at..items[0].TitleStart].Trim());
        for (var k = 0; k < items.Count; k++)
        {
            var (start, number) = items[k];
            var end = k + 1 < items.Count ? items[k + 1].TitleStart : text.Length;
            pieces.Add($"{number.Groups["n"].Value}. {text[start..number.Index].Trim()}");
            pieces.Add(text[(number.Index + number.Length)..end].Trim());
        }
        return [.. pieces.Where(p => p.Length > 0)];
    }

    /// <summary>Where the heading before a paragraph number starts: the last standing item's title among the words
    /// there ("… Robert Severn Minutes of Last Meeting - approval"), else after the last full stop.</summary>
    private static int? TitleStart(string text, int from, int to)
    {
        var words = Word().Matches(text[from..to]);
        for (var w = words.Count - 1; w >= 1; w--)
        {
            if (char.IsUpper(words[w].Value[0]) && ItemNumbering.IsStandingTitle(text[(from + words[w].Index)..to].Trim()))
            {
                return from + words[w].Index;
            }
        }
        var stop = text.LastIndexOf(". ", to - 1, to - from, StringComparison.Ordinal);
        var start = stop < 0 ? from : stop + 2;
        var title = text[start..to].Trim();
        return title.Length is >= 3 and <= 120 && char.IsUpper(title[0]) && !OpensSentence(title, 0) ? start : null;
    }

    /// <summary>A sentence, not a heading: among its first words one in lower case that is not a small word.</summary>
    private static bool OpensSentence(string text, int at) =>
        Word().Matches(text[at..Math.Min(text.Length, at + 80)]).Take(6).Skip(1).Any(w => char.IsLower(w.Value[0]) && !SmallWord().IsMatch(w.Value));

    [GeneratedRegex(@"(?<=\s)(?<n>\d{1,2})\.\s+(?=[A-Z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:of|for|and|the|to|in|on|at|by|with|from|a|an|&|-|–)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SmallWord();
}
