using System.Text.RegularExpressions;

namespace Quorum.Import.Cleaning;

/// <summary>
/// A front sheet's box printed in two columns and kept side by side by a layout-preserving PDF conversion: the date and
/// venue on the left, the contact's labels on the right ("Tuesday, 4th March, 2025, at 10.00 am Ask for:   Georgina
/// Little", "County Hall, Maidstone        Email:" over "georgina.little@kent" and ".gov.uk" under the value's column).
/// The box is set out again as two runs of lines: the left column first, a line ending in a comma joined to the next
/// and a bracketed aside to the line it qualifies; then the right column, each label with its value, a value broken at
/// the column's edge rejoined. Only a label followed by a wide gap or the line's end marks a column, so a label run into
/// a flattened line ("Contact:: Keren Murphy Direct Line: …") is left alone. A conversion that keeps the reading order
/// instead puts the right column's first label on the date's line ("… at 10.00 am Ask for: Georgina Little") and its
/// other labels on lines of their own among the venue's: the same box, set out the same way.
/// </summary>
public static partial class TwoColumnBox
{
    public static List<CleanLine> SetOut(List<CleanLine> lines)
    {
        var output = new List<CleanLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var opensBox = RightLabel().Match(lines[i].Text) is { Success: true } first && first.Groups["label"].Index >= MinimumLabelColumn;
            var readingOrder = !opensBox && (TimeThenLabel().IsMatch(lines[i].Text.Trim())
                || (DateWithTime().IsMatch(lines[i].Text.Trim()) && LabelWithin(lines, i + 1)));
            if (!opensBox && !readingOrder)
            {
                output.Add(lines[i]);
                continue;
            }
            var column = opensBox ? RightLabel().Match(lines[i].Text).Groups["label"].Index : int.MaxValue;
            var left = new List<CleanLine>();
            var right = new List<CleanLine>();
            var end = i;
            for (var k = i; k < lines.Count && !lines[k].IsEmpty; k++)
            {
                var line = lines[k];
                var text = line.Text.Trim();
                if (k > i && (Heading().IsMatch(text) || ItemStart().IsMatch(text)))
                {
                    break;
                }
                if (RightLabel().Match(line.Text) is { Success: true } both && both.Groups["label"].Index >= MinimumLabelColumn)
                {
                    left.Add(line with { Text = both.Groups["left"].Value.Trim() });
                    right.Add(line with { Text = (both.Groups["label"].Value.Trim() + " " + both.Groups["value"].Value.Trim()).Trim() });
                }
                else if (readingOrder && TimeThenLabel().Match(text) is { Success: true } dated)
                {
                    left.Add(line with { Text = dated.Groups["left"].Value.Trim() });
                    right.Add(line with { Text = text[dated.Groups["label"].Index..] });
                }
                else if (readingOrder && LabelFirst().IsMatch(text))
                {
                    right.Add(line with { Text = text });
                }
                else if (readingOrder && right.Count > 0 && (right[^1].Text.EndsWith(':') || (text.StartsWith('.') && !text.Contains(' ') && right[^1].Text.Contains('@'))))
                {
                    // "Email:" over "georgina.little@kent" over ".gov.uk": the label's value, broken where the column ended.
                    right[^1] = right[^1] with { Text = right[^1].Text + (text.StartsWith('.') ? "" : " ") + text };
                }
                else if (Indent(line.Text) >= column - 10 && right.Count > 0)
                {
                    // The right column's value carried on under it: an address broken at ".gov.uk" closes up.
                    var value = line.Text.Trim();
                    var above = right[^1].Text;
                    right[^1] = right[^1] with { Text = above + (value.StartsWith('.') || above.EndsWith('@') || above.EndsWith('.') ? "" : " ") + value };
                }
                else
                {
                    left.Add(line with { Text = line.Text.Trim() });
                }
                end = k;
            }
            foreach (var line in left)
            {
                if (output.Count > 0 && output[^1] is var previous && previous.Number >= lines[i].Number && !previous.IsEmpty
                    && (previous.Text.EndsWith(',') || line.Text.StartsWith('(')))
                {
                    // "Council Chamber, Sessions House," over "County Hall, Maidstone": one venue; "(or on the rising of
                    // Full Council, whichever is the later)" qualifies the time above it.
                    output[^1] = previous with { Text = previous.Text + " " + line.Text };
                    continue;
                }
                output.Add(line);
            }
            output.AddRange(right);
            i = end;
        }
        return output;
    }

    /// <summary>A right-hand column starts well into the line; a label nearer the margin is part of the text.</summary>
    private const int MinimumLabelColumn = 30;

    /// <summary>A contact label on one of the few lines under the date, before any blank line: the box's right column.</summary>
    private static bool LabelWithin(List<CleanLine> lines, int from)
    {
        for (var k = from; k < lines.Count && k < from + 5 && !lines[k].IsEmpty; k++)
        {
            if (LabelFirst().IsMatch(lines[k].Text.Trim()))
            {
                return true;
            }
        }
        return false;
    }

    private static int Indent(string text) => text.Length - text.TrimStart().Length;

    [GeneratedRegex(@"^(?<left>\s*\S.{2,}?)\s+(?<label>(?:Ask\s+for|Telephone|Tel|E-?mail|Contact|Direct\s+Line|Enquiries\s+to|Fax)\s*:)(?:\s{3,}(?<value>\S.*)|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RightLabel();

    // "Tuesday, 4th March, 2025, at 10.00 am Ask for: Georgina Little": the meeting's time, then the right column's label.
    [GeneratedRegex(@"^(?<left>.*\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+(?<label>(?:Ask\s+for|Contact|Enquiries\s+to)\s*:)\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TimeThenLabel();

    // "Thursday, 13th March, 2025, at 3.00 pm" alone, the right column's labels on the lines below it.
    [GeneratedRegex(@"\b\d{4}\b.*\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DateWithTime();

    [GeneratedRegex(@"^(?:Ask\s+for|Telephone|Tel|E-?mail|Contact|Direct\s+Line|Enquiries\s+to|Fax)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LabelFirst();

    // What follows the box: a part heading in capitals ("UNRESTRICTED ITEMS") or the first item.
    [GeneratedRegex(@"^[A-Z][A-Z ]{5,}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\d{1,3}[a-z]?\.\s", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ItemStart();
}
