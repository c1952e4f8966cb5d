using System.Text.RegularExpressions;
using Quorum.Import.Parsing;

namespace Quorum.Import.Cleaning;

/// <summary>
/// Minutes whose line breaks were lost in conversion, the whole record run into one paragraph ("Minutes of a Meeting
/// of … held … Cou/285/07-08 Present Members: Cllr … Cou/286/07-08 Apologies for Absence Apologies … were received
/// …"). A long line holding a minutes heading or an attendance label and at least two minute numbers that follow one
/// another is broken again: before the heading, before each attendance label, and around each minute's number and
/// title, whose end is where the minute's text begins (a sentence, a name, a label or RESOLVED).
/// </summary>
public static partial class RunOnMinutes
{
    /// <summary>Shorter lines are never run-on minutes; the test is cheap for every other line.</summary>
    private const int MinLength = 300;

    public static IReadOnlyList<string>? Split(string text)
    {
        if (text.Length < MinLength || !Cue().IsMatch(text))
        {
            return null;
        }
        var numbers = MinuteNumber().Matches(text).Where(m => m.Index == 0 || char.IsWhiteSpace(text[m.Index - 1])).ToList();
        // Only numbers in sequence are minutes: a page number or a reference ("88/17") stands alone. A year in a minute's
        // title ("161. MINUTES … HELD ON 11 FEBRUARY 2013") may stand between two minutes, so a few numbers either side count.
        var chained = numbers.Where((m, k) =>
            Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Any(j => ItemNumbering.Follows(numbers[j].Groups["n"].Value, m.Groups["n"].Value))
            || Enumerable.Range(k + 1, Math.Min(3, numbers.Count - k - 1)).Any(j => ItemNumbering.Follows(m.Groups["n"].Value, numbers[j].Groups["n"].Value))).ToList();
        var breaks = new SortedSet<int>();
        var firstMinute = chained.Count >= 2 ? chained[0].Index : text.Length;
        foreach (Match label in Label().Matches(text))
        {
            // The minutes' heading comes before the first minute: "Minutes of the meeting of the Council held on …"
            // after it is a minute's wording ("Resolved: That the Minutes of the meeting … be approved").
            if (label.Index < firstMinute || !label.Value.StartsWith("M", StringComparison.OrdinalIgnoreCase))
            {
                breaks.Add(label.Index);
            }
        }
        for (var n = text.IndexOf('\n', StringComparison.Ordinal); n >= 0; n = text.IndexOf('\n', n + 1))
        {
            // A line start a glued transcription's repair marked.
            breaks.Add(n);
        }
        if (chained.Count < 2)
        {
            // No minute numbers: perhaps headings over numbered paragraphs.
            return RunOnParagraphs.Split(text, [.. breaks]);
        }
        foreach (var minute in chained)
        {
            // "161. MINUTES OF THE CABINET MEETING HELD ON 11 FEBRUARY 2013": a minute's title, not the minutes' heading.
            breaks.Remove(minute.Index + minute.Length);
            breaks.Add(minute.Index);
            var titleStart = minute.Index + minute.Length;
            if (TitleEnd(text, titleStart) is { } end)
            {
                breaks.Add(end);
            }
        }
        var pieces = new List<string>();
        var at = 0;
        foreach (var b in breaks)
        {
            if (b > at)
            {
                pieces.Add(text[at..b].Trim());
                at = b;
            }
        }
        pieces.Add(text[at..].Trim());
        return [.. pieces.Where(p => p.Length > 0)];
    }

    /// <summary>Where a minute's title ends: a capitals title at the first word in lower case; a title in title case
    /// before the capitalised word that opens the sentence, a label ("Members:"), a titled name ("Cllr") or RESOLVED.</summary>
    private static int? TitleEnd(string text, int start)
    {
        var words = Word().Matches(text[start..Math.Min(text.Length, start + 200)]);
        var capitals = words.Count > 0 && IsCapitals(words[0].Value);
        for (var w = 1; w < words.Count; w++)
        {
            var word = words[w].Value;
            var at = start + words[w].Index;
            if (TextOpener().IsMatch(word) || words[w - 1].Value.EndsWith(':'))
            {
                return words[w - 1].Value.EndsWith(':') ? start + words[w - 1].Index : at;
            }
            if (capitals)
            {
                if (word.Any(char.IsLower))
                {
                    return at;
                }
                continue;
            }
            if (char.IsLower(word[0]) && !SmallWord().IsMatch(word))
            {
                // "Apologies for Absence Apologies for absence were …": the sentence began at the last capitalised word.
                for (var back = w - 1; back >= 1; back--)
                {
                    if (char.IsUpper(words[back].Value[0]))
                    {
                        return start + words[back].Index;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static bool IsCapitals(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);

    // A minutes heading or an attendance label somewhere in the line.
    [GeneratedRegex(@"\bMinutes of (?:a|the)\b|\bMINUTES OF (?:A|THE)\b|\bPRESENT\s*:|\bPRESENT(?=\s+[A-Z][a-z])|\bPresent\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Cue();

    // Minute numbers as run-on minutes print them: "1358", "161.", "Cou/285/07-08", "125/20", each before a capital; a
    // number of one or two digits only before a title in capitals ("1 MINUTES (REF: 1) Resolved: …", "2 APOLOGIES FOR
    // ABSENCE"), since a small number before a capitalised word is as often a date or a count.
    [GeneratedRegex(@"(?:(?<n>\d{3,4}|[A-Z][A-Za-z]{1,3}/\d{1,4}/\d{2}[-–]\d{2}|\d{1,4}/\d{2})\.?\s+(?=[A-Z])|(?<n>\d{1,2})\.?\s+(?=[A-Z][A-Z'’]+(?:\s|$)))", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinuteNumber();

    // Where a line began: the minutes heading, the attendance labels ("PRESENT" alone before a name), and a sentence saying who else attended ("… County
    // Cllr A Tudor The Town Clerk and Deputy Town Clerk were in attendance. Mr D Thomas, PCC Link Officer, was in
    // attendance."), which is not part of the list before it.
    [GeneratedRegex(@"(?<=\s)(?:(?:Minutes|MINUTES) (?:of|OF) (?:a|the|A|THE) (?:\S+ ){0,2}(?:Meeting|MEETING) (?:of|OF|held|HELD)\b|PRESENT\s*:|PRESENT(?=\s+[A-Z][a-z])|APOLOGIES\s*:|Apologies\s*:|IN ATTENDANCE\s*:|In Attendance\s*:|ABSENT\s*:|The\s+(?:[A-Z][a-z]+\s+){1,4}(?:and\s+(?:[A-Z][a-z]+\s+){1,4})?(?:were|was)\s+(?:also\s+)?in\s+attendance\b)|(?<=\b(?:were|was)\s+(?:also\s+)?in\s+attendance\.\s)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Label();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:of|for|and|the|to|in|on|at|by|with|from|a|an|&|-|–)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SmallWord();

    [GeneratedRegex(@"^(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr|RESOLVED\b.*|Resolved\b.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TextOpener();
}
