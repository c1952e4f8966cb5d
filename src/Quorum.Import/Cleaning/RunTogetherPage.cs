using System.Text.RegularExpressions;

namespace Quorum.Import.Cleaning;

/// <summary>
/// A front sheet whose line breaks were lost in conversion: the whole page on one line ("Contact: … Direct Line: …
/// E-mail: … Date: … Place: … Time: … AGENDA 1 APOLOGIES FOR ABSENCE 2 …"). A line holding three or more of a
/// front sheet's labels is broken again before each label, before the letter's "Dear …" and "Yours sincerely", before
/// "AGENDA" and before each numbered item in capitals, whose title ends where a sentence begins.
/// </summary>
public static partial class RunTogetherPage
{
    public static IReadOnlyList<string> Split(string text)
    {
        if (text.Length < 80 || Label().Count(text) < 3)
        {
            return [text];
        }
        var pieces = new List<string>();
        var at = 0;
        // Where the page prints the agenda's heading, numbered titles in capitals are items only under it: before it,
        // "PLACE : COMMITTEE ROOM 3 TOWN HALL" is an address.
        var agenda = AgendaHeading().Match(text) is { Success: true } heading ? heading.Index : 0;
        foreach (Match m in Break().Matches(text))
        {
            if (m.Index < agenda && char.IsAsciiDigit(m.Value.Length > 0 ? m.Value[0] : text[m.Index]))
            {
                continue;
            }
            if (m.Index > at)
            {
                pieces.Add(text[at..m.Index].Trim());
            }
            at = m.Index;
        }
        pieces.Add(text[at..].Trim());
        return [.. pieces.Where(p => p.Length > 0)];
    }

    [GeneratedRegex(@"\b(?:Contact(?: Officer)?|Direct Line|Tel|Telephone|E-?mail|Web ?Site|To|Councillors|Members|Date|Place|Venue|Time|Notes|Quorum|COMMITTEE|COUNCILLORS|MEMBERS|DATE|PLACE|VENUE|TIME|QUORUM)\s*:", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<=\s|^)AGENDA\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaHeading();

    // Where a new line began: a label, the letter's salutation and close, "AGENDA", "2 DECLARATIONS OF INTEREST",
    // and the sentence after an item's title in capitals.
    [GeneratedRegex(@"(?<=\s)(?:(?:Contact(?: Officer)?|Direct Line|Tel|Telephone|E-?mail|Web ?Site|To|Councillors|Members|Date|Place|Venue|Time|Notes|Quorum|COMMITTEE|COUNCILLORS|MEMBERS|DATE|PLACE|VENUE|TIME|QUORUM)\s*:|INFORMATION FOR (?:THE )?(?:PUBLIC|MEMBERS OF THE PUBLIC)\b|Dear\s|Yours\s+(?:sincerely|faithfully)|AGENDA\b|\d{1,2}\.?\s+[A-Z]{2,}(?:\s+[A-Z&'’,-]{2,})+\b)|(?<=(?:^|\s)\d{1,2}\.?\s+[A-Z]{2,}(?:\s+[A-Z&'’,-]{2,})+\s)(?=[A-Z][a-z]+\s+[a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Break();
}
