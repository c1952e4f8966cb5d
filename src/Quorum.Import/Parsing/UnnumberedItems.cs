using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;

namespace Quorum.Import.Parsing;

/// <summary>
/// Agenda items printed with no numbers, as a meeting web page shows them when its "No." column is empty: each item
/// is a title on a line of its own after a blank line (not indented, where the text under titles is), followed by
/// the agenda's wording and, on an "agenda and minutes" page, the minute. Agenda wording before any title
/// ("To receive any apologies for absence.") is an item whose title was lost. The list must open with a standing item,
/// unless the page's "No. Item" head already says that what follows are its items.
/// </summary>
public static partial class UnnumberedItems
{
    public static List<AgendaEntry> Read(IReadOnlyList<CleanLine> lines, string? part, bool underItemsHead = false)
    {
        var items = new List<AgendaEntry>();
        var indentedBody = lines.Count(l => !l.IsEmpty && Indent(l.Text) >= 2) >= 2;
        var blankBefore = true;
        foreach (var line in lines)
        {
            if (line.IsEmpty)
            {
                blankBefore = true;
                continue;
            }
            var text = line.Text.Trim();
            var afterBlank = blankBefore;
            blankBefore = false;
            if (PageFurniture.IsFurniture(text))
            {
                continue;
            }
            if (afterBlank && IsTitle(text) && !(indentedBody && Indent(line.Text) >= 2))
            {
                items.Add(new AgendaEntry { Title = PeopleNames.Normalise(text.TrimEnd(' ', '*')), Part = part, Line = line.Number });
                continue;
            }
            if (items.Count == 0 && AgendaWording().IsMatch(text))
            {
                items.Add(new AgendaEntry { Part = part, Line = line.Number });
            }
            if (items.Count > 0 && items[^1].ReportOf is null && ReportOf().Match(text) is { Success: true } reportOf)
            {
                items[^1].ReportOf = reportOf.Groups["who"].Value.Trim();
            }
        }
        // An agenda opens with its standing items (apologies, declarations, minutes); titles found among other text are
        // not an agenda's.
        return underItemsHead || items.Take(3).Any(i => ItemNumbering.IsStandingTitle(i.Title)) ? items : [];
    }

    /// <summary>A title: short, capitalised, not a sentence, a "Label:" line or a part of a list.</summary>
    public static bool IsTitle(string text) =>
        text.Length is >= 3 and <= 120 && char.IsUpper(text[0]) && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith(';')
        && !text.EndsWith(',') && !text.EndsWith(":-", StringComparison.Ordinal) && !text.EndsWith(" -", StringComparison.Ordinal)
        && !Label().IsMatch(text) && !AgendaWording().IsMatch(text);

    private static int Indent(string text) => text.Length - text.TrimStart().Length;

    [GeneratedRegex(@"^To (?:receive|consider|note|approve|agree|confirm|elect|appoint)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaWording();

    // "Venue: …", "Responsibility: …", "Additional documents:": a label of one or two words.
    [GeneratedRegex(@"^[A-Z][a-z]+(?:\s+[a-z]+)?\s*:", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Label();

    // "To consider the attached report of the Head of Planning and Development."
    [GeneratedRegex(@"^To (?:consider|receive|note) (?:the |a )?(?:attached |accompanying )?report of (?:the )?(?<who>[^.]{3,120})\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ReportOf();
}
