using System.Text.RegularExpressions;

namespace Quorum.Import.Cleaning;

/// <summary>
/// A meeting page whose items table was flattened to one line a row ("No. | Item |" then "Title To approve … Additional
/// documents: Minutes: … |"): each row is set out again as the page printed it, the title alone after a blank line,
/// then the agenda's wording, and each label ("Additional documents:", "Minutes:", "Decision:") on a line of its own
/// before its text. A decision's inline lettered parts ("It was resolved to: A Note … B Confirm …") go on lines of their
/// own as "A: Note …", with any bullets under a part on lines of their own. Only lines after the table's head are
/// touched: one instance reads one paper.
/// </summary>
public sealed partial class FlattenedTableRows
{
    private bool underHead;

    /// <summary>The last row ended ("… |"), so the next line opens a row with its title.</summary>
    private bool rowStarts;

    public IReadOnlyList<string>? Split(string text)
    {
        var trimmed = text.Trim();
        if (PipedHead().IsMatch(trimmed))
        {
            underHead = true;
            rowStarts = true;
            return ["No. Item"];
        }
        if (!underHead || trimmed.Length == 0)
        {
            return null;
        }
        if (MarkdownRule().IsMatch(trimmed))
        {
            // "|---|---|" under a markdown rendering of the head: the rule under the head, no row.
            return [""];
        }
        var end = RowEnd().Match(trimmed);
        if (end.Success)
        {
            trimmed = trimmed[..end.Index].TrimEnd();
        }
        // A row opens after the head or after the last row's end, and may go on over lines until its own "|".
        var row = rowStarts;
        rowStarts = end.Success;
        var labels = Label().Matches(trimmed);
        if (!row && !end.Success && labels.Count == 0)
        {
            return null;
        }
        var pieces = new List<string>();
        if (row)
        {
            pieces.Add("");
        }
        var at = 0;
        if (row)
        {
            // The title ends where the agenda's wording ("To approve …", "Report for decision.", a sentence "In the event
            // the fire alarm sounds …" after a title in title case) or the first label begins.
            var titleEnd = Math.Min(Wording().Match(trimmed) is { Success: true } wording ? wording.Index : trimmed.Length,
                labels.Count > 0 ? labels[0].Index : trimmed.Length);
            var title = trimmed[..titleEnd].Trim();
            // "Any other urgent items which … may be considered. Minutes: None.": a title printed as a sentence before
            // the row's first label loses its full stop, as a title does.
            pieces.Add(labels.Count > 0 && titleEnd == labels[0].Index && title.EndsWith('.') ? title.TrimEnd('.') : title);
            at = titleEnd;
        }
        foreach (Match label in labels)
        {
            if (label.Index < at)
            {
                continue;
            }
            AddText(pieces, trimmed[at..label.Index]);
            if (label.Length > 0)
            {
                pieces.Add(label.Value.Trim());
            }
            at = label.Index + label.Length;
        }
        AddText(pieces, trimmed[at..]);
        return pieces;
    }

    private static void AddText(List<string> pieces, string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }
        if (ResolvedTo().Match(text) is not { Success: true } leadIn)
        {
            pieces.Add(text);
            return;
        }
        // "It was resolved to: A Note … B Confirm …: · The Police … C Note …": the letters run A, B, C … in order.
        var rest = text[(leadIn.Index + leadIn.Length)..];
        var starts = new List<(int At, int Length, char Letter)>();
        var expected = 'A';
        foreach (Match letter in InlineLetter().Matches(rest))
        {
            if (letter.Groups["l"].Value[0] == expected)
            {
                starts.Add((letter.Index, letter.Length, expected));
                expected++;
            }
        }
        if (starts.Count < 2)
        {
            pieces.Add(text);
            return;
        }
        pieces.Add(text[..(leadIn.Index + leadIn.Length)].Trim());
        for (var k = 0; k < starts.Count; k++)
        {
            var from = starts[k].At + starts[k].Length;
            var to = k + 1 < starts.Count ? starts[k + 1].At : rest.Length;
            var part = rest[from..to];
            var bullets = Bullet().Split(part);
            pieces.Add($"{starts[k].Letter}: {bullets[0].Trim()}");
            pieces.AddRange(bullets.Skip(1).Select(b => "· " + b.Trim()).Where(b => b.Length > 2));
        }
    }

    [GeneratedRegex(@"^\|?\s*No\.?\s*\|\s*Item\s*\|[\s|]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PipedHead();

    // A markdown table's rule under its head: "|---|---|".
    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MarkdownRule();

    [GeneratedRegex(@"\s*\|[\s|]*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RowEnd();

    // The row's labels, and a decision word opening a sentence inside the row ("… concerned. ORDERED that …"), which
    // goes on a line of its own.
    [GeneratedRegex(@"(?<=^|\s)(?:Additional documents|Minutes|Decision)\s*:(?=\s|$)|(?<=[a-z]\.\s+)(?=(?:RESOLVED|ORDERED|AGREED)\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Label();

    [GeneratedRegex(@"\sTo (?:receive|approve|consider|note|agree|confirm|elect|appoint|discuss|review)\b|\sReport (?:for|to) (?:decision|information|noting|note|follow)\b|(?<=\s[A-Z][a-z]+)\s(?=(?:In|If|At|On|The|This|Members|Any)\s+(?:the\s+|this\s+)?[a-z]+\s+[a-z]+\s+[a-z]+\s)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Wording();

    [GeneratedRegex(@"\bresolved(?:\s+unanimously)?\s+to\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ResolvedTo();

    // "A Note …", "B Confirm …": a capital letter alone before a capitalised word.
    [GeneratedRegex(@"(?<=^|\s)(?<l>[A-H])\s+(?=[A-Z][a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InlineLetter();

    [GeneratedRegex(@"\s*[·•]\s+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Bullet();
}
