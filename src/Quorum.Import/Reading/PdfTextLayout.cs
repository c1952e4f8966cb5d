using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace Quorum.Import.Reading;

/// <summary>One printed line's geometry: where it ends, how wide its first word is, and the width of a space.</summary>
internal readonly record struct PrintedLine(double Right, double FirstWordWidth, double SpaceWidth);

/// <summary>
/// Rejoins the lines a PDF wrapped. Printing breaks a paragraph wherever the next word no longer fits; the extracted
/// text then has a line break the pack's text form does not. A line is wrapped when the next line's first word
/// could not have fitted after it before the right margin (the furthest any line reaches). The geometry comes from
/// the page's letters; when it cannot be matched to the extracted lines, character counts stand in for widths.
/// </summary>
internal sealed partial class PdfTextLayout
{
    private const int MinimumCharacters = 50;

    private double margin;
    private int capacity;
    private (PrintedLine? Geometry, int Length) last;

    public static string[] SplitLines(string pageText) => pageText.Replace("\r\n", "\n").Split('\n');

    /// <summary>The page's printed lines, top to bottom, from its letters.</summary>
    public static List<PrintedLine> Measure(Page page)
    {
        var rows = new SortedDictionary<double, List<Letter>>(Comparer<double>.Create((a, b) => b.CompareTo(a)));
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }
            var key = Math.Round(letter.StartBaseLine.Y, 0);
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = [];
            }
            row.Add(letter);
        }
        var lines = new List<PrintedLine>(rows.Count);
        foreach (var row in rows.Values)
        {
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var space = row.Average(l => Math.Max(0.1, l.Width));
            var firstEnd = row[0].EndBaseLine.X;
            for (var i = 1; i < row.Count && row[i].StartBaseLine.X - row[i - 1].EndBaseLine.X < space * 0.5; i++)
            {
                firstEnd = row[i].EndBaseLine.X;
            }
            lines.Add(new PrintedLine(row.Max(l => l.EndBaseLine.X), firstEnd - row[0].StartBaseLine.X, space));
        }
        return lines;
    }

    /// <summary>Feeds one page's lines; returns them with wrapped lines joined. The page's last line is held back in
    /// <paramref name="pending"/>, since it may continue on the next page.</summary>
    public List<(string Text, int Page)> Unwrap(string[] lines, List<PrintedLine> printed, int page, ref (string Text, int Page)? pending)
    {
        var nonEmpty = lines.Count(l => l.Trim().Length > 0);
        // The geometry is usable when it has one printed line per extracted line.
        var geometry = printed.Count == nonEmpty ? printed : null;
        foreach (var line in lines)
        {
            capacity = Math.Max(capacity, line.TrimEnd().Length);
        }
        if (geometry is not null)
        {
            foreach (var p in geometry)
            {
                margin = Math.Max(margin, p.Right);
            }
        }
        var output = new List<(string, int)>(lines.Length);
        var k = 0;
        var pageOpens = true;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            PrintedLine? here = null;
            if (line.Trim().Length > 0 && geometry is not null)
            {
                here = geometry[k++];
            }
            // The held line may be the last page's running footer, which spans the page and so looks wrapped; a
            // numbered item opening the page is never its continuation ("AGENDA - PART II" at the foot of a page).
            var opensOwnBlock = pageOpens && line.Trim().Length > 0 && NumberedHeading().IsMatch(line);
            pageOpens &= line.Trim().Length == 0;
            if (pending is { } held && !opensOwnBlock && Continues(line, here))
            {
                pending = (held.Text + " " + line.TrimStart(), held.Page);
                last = (here, line.Length);
                continue;
            }
            if (pending is { } done)
            {
                output.Add(done);
            }
            pending = (line, page);
            last = (here, line.Length);
        }
        return output;
    }

    private bool Continues(string next, PrintedLine? nextGeometry)
    {
        if (last.Length == 0 || next.Trim().Length == 0 || StartsOwnLine().IsMatch(next))
        {
            return false;
        }
        if (last.Geometry is { } previous && nextGeometry is { } following && margin > 0)
        {
            return previous.Right + previous.SpaceWidth + following.FirstWordWidth > margin + previous.SpaceWidth * 0.25;
        }
        if (capacity < MinimumCharacters)
        {
            return false;
        }
        var firstWord = next.TrimStart().Split(' ', 2)[0];
        return last.Length + 1 + firstWord.Length > capacity;
    }

    // "3. Contract Award …", "10a. …": an agenda item or numbered paragraph.
    [GeneratedRegex(@"^\s*\d{1,3}[a-z]?\.\s+\S", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NumberedHeading();

    // A list item ("- (2) …") or a labelled field ("Exempt: No") starts a line of its own, however full the last one was.
    [GeneratedRegex(@"^\s*(?:- |[A-Z][A-Za-z -]{1,40}:\s)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex StartsOwnLine();
}
