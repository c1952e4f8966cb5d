using System.Text.RegularExpressions;
using Quorum.Import.Model;

namespace Quorum.Application.Imports;

/// <summary>An appendix printed in the pack after its report, stored as the report's enclosure once the pages are read.</summary>
public sealed record PrintedEnclosure(Guid ReportId, int Number, string Title, int FirstLine, int LastLine);

/// <summary>
/// Finds the pages of each appendix a report's cover lists ("Enclosures: Appendix 1 – …; Appendix 2 – …") among the
/// pack's lines after the report: an appendix starts at the heading that prints its label ("Appendix 2") and runs to
/// the next one; a cover that lists one appendix owns all the text after it. An appendix whose pages are not in the
/// pack (published separately) is not stored.
/// </summary>
public static partial class PrintedEnclosures
{
    public static List<PrintedEnclosure> Locate(Guid reportId, ReportEntry entry, List<string> warnings)
    {
        var found = new List<PrintedEnclosure>();
        if (entry.Enclosures.Count == 0 || entry.EnclosedText.Count == 0)
        {
            return found;
        }
        var first = entry.EnclosedText[0].FirstLine;
        var end = entry.EnclosedText[^1].LastLine;
        var headings = entry.EnclosedText.SelectMany(t => t.Headings).ToList();
        var starts = new List<(string Title, int Line)>();
        var searchFrom = 0;
        foreach (var title in entry.Enclosures)
        {
            var label = Label(title);
            var at = label is null ? -1 : headings.FindIndex(searchFrom, h => Label(h.Text) == label);
            if (at >= 0)
            {
                starts.Add((title, headings[at].Line));
                searchFrom = at + 1;
            }
            else if (entry.Enclosures.Count == 1)
            {
                starts.Add((title, first));
            }
            else
            {
                warnings.Add($"report '{entry.Subject}' lists '{title}', whose pages are not in the pack; it was not stored as an enclosure");
            }
        }
        for (var i = 0; i < starts.Count; i++)
        {
            var last = i + 1 < starts.Count ? starts[i + 1].Line - 1 : end;
            var title = starts[i].Title.Length <= 500 ? starts[i].Title : starts[i].Title[..500];
            found.Add(new PrintedEnclosure(reportId, i + 1, title, starts[i].Line, last));
        }
        return found;
    }

    /// <summary>"Appendix 2 – Equality Impact Assessment" and "APPENDIX 2" share the label "appendix 2".</summary>
    private static string? Label(string text) =>
        AppendixLabel().Match(text.Trim()) is { Success: true } m ? $"{m.Groups["kind"].Value} {m.Groups["id"].Value}".ToLowerInvariant() : null;

    [GeneratedRegex(@"^(?<kind>Appendix|Annex|Enclosure)\s+(?<id>[A-Z0-9]{1,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AppendixLabel();
}
