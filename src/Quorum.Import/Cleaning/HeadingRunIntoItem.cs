using System.Text.RegularExpressions;

namespace Quorum.Import.Cleaning;

/// <summary>
/// A PDF's text stored with its line breaks lost inside paragraphs runs a heading or a page footer into the first item
/// after it: "Agenda 1 Apologies for Absence To receive …", "Page 1 3 Mayor's Announcements". The heading is put back
/// on a line of its own and the footer's page number is dropped, so the item opens its line as items do.
/// </summary>
public static partial class HeadingRunIntoItem
{
    public static string Repair(string text)
    {
        if (text.Length < 8 || text[0] is not ('A' or 'a' or 'P'))
        {
            return text;
        }
        if (AgendaThenItem().Match(text) is { Success: true } agenda)
        {
            return agenda.Groups["heading"].Value + "\n" + text[agenda.Length..];
        }
        return FooterThenItem().Match(text) is { Success: true } footer ? text[footer.Length..] : text;
    }

    [GeneratedRegex(@"^(?<heading>Agenda|AGENDA)\s+(?=\d{1,2}\.?\s+[A-Z][a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaThenItem();

    [GeneratedRegex(@"^Page\s+\d{1,3}\s+(?=\d{1,2}\.?\s+[A-Z][a-z'’]+\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex FooterThenItem();
}
