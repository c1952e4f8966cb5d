using Quorum.Import.Cleaning;
using Quorum.Import.Reading;

namespace Quorum.Application.Imports;

/// <summary>One page of a pack's text, with the lines it spans.</summary>
public sealed record PackPage(int Number, int FirstLine, int LastLine, string Text);

/// <summary>
/// Cuts a pack's lines into pages as they stream past: a PDF's own pages; for a text conversion, a form feed or
/// every <see cref="Domain.Imports.ImportedPage.TextPageLines"/> lines. Only the current page is held.
/// </summary>
public static class PackPages
{
    public static IEnumerable<PackPage> Split(IEnumerable<SourceLine> lines)
    {
        var text = new System.Text.StringBuilder();
        int? page = null;
        int? firstPage = null;
        var first = 0;
        var last = 0;
        var count = 0;
        var number = 0;
        foreach (var line in lines)
        {
            var formFeed = line.Text.Contains('\f', StringComparison.Ordinal);
            var newPage = line.Page is { } p ? p != page : formFeed || count >= Domain.Imports.ImportedPage.TextPageLines;
            if (newPage && count > 0)
            {
                // A PDF page keeps its own number (blank pages yield no lines); text pages are counted.
                number = firstPage ?? number + 1;
                yield return new PackPage(number, first, last, text.ToString().TrimEnd());
                text.Clear();
                count = 0;
            }
            if (count == 0)
            {
                first = line.Number;
                firstPage = line.Page;
            }
            page = line.Page;
            last = line.Number;
            count++;
            // The cleaned text (no markup, homoglyphs mapped) is what search should match.
            text.Append(LineCleaner.CleanText(formFeed ? line.Text.Replace("\f", "", StringComparison.Ordinal) : line.Text, out _)).Append('\n');
        }
        if (count > 0)
        {
            yield return new PackPage(firstPage ?? number + 1, first, last, text.ToString().TrimEnd());
        }
    }
}
