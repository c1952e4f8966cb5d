using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;

namespace Quorum.Import.Parsing;

/// <summary>An item heading as printed: its number (as printed, without brackets or "Item"), the number's value
/// for sequence checks, and the title (empty when the title is on the next line).</summary>
public sealed record ItemLine(string Number, int Value, string Title);

/// <summary>
/// The numbering schemes agendas and minutes use: "1.", "1", "1)", "(1)", "10a", "Item 5", "Agenda Item 5", numbering
/// through the municipal year ("45. Apologies"), letter-and-year codes ("CAB 12/13", "C45", "EX12", "23-24/FRA/1",
/// "Cou/285/07-08"), and roman
/// numerals ("iv."). A line is only a heading when its number continues the sequence, which callers check.
/// </summary>
public static partial class ItemNumbering
{
    public static ItemLine? Read(string text)
    {
        if (text.Length > 400 && CapitalsHeadingStart().IsMatch(text))
        {
            // "1APOLOGIES To receive apologies … (500 characters)": a capitals heading with its item's wording run on.
            text = text[..380];
        }
        else if (text.Length > 400 && NumberBeforeName().Match(text) is { Success: true } numbered
            && AgendaParser.TitleBeforeRestatement(text[numbered.Length..]) is { Length: <= 100 } named)
        {
            // "2 Minutes To agree the Minutes of the Council Meeting held on … (450 characters)": a numbered name with
            // a paragraph restating it run on after it is an item, not a paragraph.
            text = text[..numbered.Length] + named;
        }
        // A heading is short and opens with its number; a paragraph is not tried at all.
        if (text.Length is 0 or > 420 || !(char.IsLetterOrDigit(text[0]) || text[0] == '('))
        {
            return null;
        }
        if (StraySpaceInCode().IsMatch(text))
        {
            // "GBP/2122/ 216: Declarations of Interest": a space crept into the code at a line wrap.
            text = StraySpaceInCode().Replace(text, "$1", 1);
        }
        if (GluedNumber().IsMatch(text))
        {
            // "1APOLOGIES To receive …": the space after the number was lost in conversion.
            text = GluedNumber().Replace(text, "$1 ", 1);
        }
        var m = Heading().Match(text);
        if (!m.Success || (m.Groups["code"].Success && FullDate().IsMatch(m.Groups["code"].Value)))
        {
            // "24/06/2021 - To confirm the minutes …": a date opens the line, not an item's code.
            return null;
        }
        var title = m.Groups["title"].Value.Trim();
        if (m.Groups["sep"].Value.Contains('|'))
        {
            // A row of a table: "01 | Apologies for Absence | |||": the title is the next cell.
            title = title.Split('|')[0].Trim();
        }
        var separated = m.Groups["sep"].Value.Trim().Length > 0 || m.Groups["item"].Success || m.Groups["open"].Success;
        if (m.Groups["digits"].Success && !m.Groups["digits"].Value.All(char.IsAsciiDigit))
        {
            // "᭓4": digits of another script (a damaged file's bytes) number no item.
            return null;
        }
        if (m.Groups["digits"].Success)
        {
            var number = m.Groups["digits"].Value + m.Groups["sub"].Value + m.Groups["letter"].Value;
            // A bare "3 Minutes" needs a capital or quote after the number; "3 members" is prose.
            if (!separated && title.Length > 0 && !StartsTitle(title))
            {
                return null;
            }
            return new ItemLine(number, int.Parse(m.Groups["digits"].Value, CultureInfo.InvariantCulture), title);
        }
        if (m.Groups["code"].Success)
        {
            if (AgendaNumberAfterCode().Match(title) is { Success: true } agendaNumber)
            {
                // "C048/23   1.   APOLOGIES FOR ABSENCE": the minute's code, then the agenda item it minutes.
                title = agendaNumber.Groups["title"].Value;
            }
            if (title.Length > 0 && !StartsTitle(title))
            {
                return null;
            }
            var code = m.Groups["code"].Value;
            var parts = NumberParts(code);
            return new ItemLine(code, parts[^1], title);
        }
        var roman = m.Groups["roman"].Value;
        // "iv." or "(iv)", or "IV DECLARATIONS" (upper-case numeral before an upper-case title).
        if (m.Groups["roman"].Success && Roman(roman) is { } value && (title.Length == 0 || StartsTitle(title))
            && (separated || (roman.All(char.IsUpper) && title.Length > 3 && title.Where(char.IsLetter).All(char.IsUpper))))
        {
            return new ItemLine(roman, value, title);
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="number"/> comes straight after <paramref name="previous"/>: 7 → 8, 10 → 10a → 10b,
    /// "C 08/042" → "C 08/043", "82/23" → "83/23", "GBP/2122/214" → "GBP/2122/215", iv → v. For codes, the
    /// letters and every number but one must match, and that one goes up by one.
    /// </summary>
    public static bool Follows(string previous, string number)
    {
        if (previous == number)
        {
            return false;
        }
        if (Dotted(previous) is { } p && Dotted(number) is { } n)
        {
            // "5" → "5.1" → "5.2" → "6" or "6.0"; "6.0" heads "6.1"; "8" → "9.0".
            return n.Sub is null or 0 ? n.Top == p.Top + 1 : n.Top == p.Top && n.Sub == (p.Sub ?? 0) + 1;
        }
        var a = NumberParts(previous);
        var b = NumberParts(number);
        var prefixA = new string([.. previous.TakeWhile(c => !char.IsDigit(c))]).Trim(' ', '.', '/', '-');
        var prefixB = new string([.. number.TakeWhile(c => !char.IsDigit(c))]).Trim(' ', '.', '/', '-');
        if (a.Length == 0 || b.Length == 0)
        {
            return Roman(previous) is { } ra && Roman(number) is { } rb && rb == ra + 1;
        }
        if (a.Length != b.Length || !prefixA.Equals(prefixB, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var changed = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }
            if (b[i] != a[i] + 1 || ++changed > 1)
            {
                return false;
            }
        }
        if (changed == 1)
        {
            return !char.IsLetter(number[^1]) || number[^1] == 'a';
        }
        // Same numbers: "10" → "10a", "10a" → "10b"; "3" → "3b" when the bare number stands as the first part.
        var letterA = char.IsLetter(previous[^1]) ? previous[^1] : (char?)null;
        var letterB = char.IsLetter(number[^1]) ? number[^1] : (char?)null;
        return letterB is { } lb && (letterA is null ? lb is 'a' or 'b' : lb == letterA + 1);
    }

    /// <summary>What comes after <paramref name="previous"/> when the number printed was lost (a word-processor list
    /// flattened to "1." on every line): a sub-item after "6.0", otherwise the next whole number.</summary>
    public static string? Next(string previous) => Dotted(previous) switch
    {
        { Sub: 0 } d => $"{d.Top}.1",
        { } d => (d.Top + 1).ToString(CultureInfo.InvariantCulture),
        null => null,
    };

    /// <summary>"5" or "5.1" as (5, null) or (5, 1); null for any other numbering.</summary>
    private static (int Top, int? Sub)? Dotted(string number)
    {
        var m = DottedNumber().Match(number);
        if (!m.Success)
        {
            return null;
        }
        var top = int.Parse(m.Groups["top"].Value, CultureInfo.InvariantCulture);
        return m.Groups["sub"].Success ? (top, int.Parse(m.Groups["sub"].Value, CultureInfo.InvariantCulture)) : (top, null);
    }

    private static int[] NumberParts(string text) =>
        [.. Digits().Matches(text).Select(m => int.Parse(m.Value.Length > 6 ? m.Value[..6] : m.Value, CultureInfo.InvariantCulture))];

    /// <summary>Titles of the standing items that open an agenda or minutes (apologies, declarations, minutes…).</summary>
    /// <summary>A standing item's title; in a bilingual "Ymddiheuriadau/Apologies" title, either language's.</summary>
    public static bool IsStandingTitle(string title) =>
        Standing().IsMatch(title.Trim().TrimStart('*', '_', ' '))
        || (title.IndexOf('/', StringComparison.Ordinal) is > 2 and < 40 and var slash && Standing().IsMatch(title[(slash + 1)..].TrimStart()));

    private static bool StartsTitle(string title) => char.IsUpper(title[0]) || title[0] is '"' or '\'' or '‘' or '“' or '*' or '(' or '_';

    private static int? Roman(string text)
    {
        var total = 0;
        var previous = 0;
        foreach (var c in text.ToLowerInvariant().Reverse())
        {
            var v = c switch { 'i' => 1, 'v' => 5, 'x' => 10, _ => 0 };
            if (v == 0)
            {
                return null;
            }
            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return total is > 0 and < 40 ? total : null;
    }

    [GeneratedRegex(@"^(?<item>(?:Agenda\s+)?Item\s+(?:No\.?\s*)?)?(?<open>\()?(?:(?<code>(?!(?:PART|Part|SECTION|Section|PAGE|Page|ROOM|Room|ITEM|Item|STAGE|Stage|PHASE|Phase|LEVEL|Level|WARD|Ward|AREA|Area|ZONE|Zone)\b)(?:\d{1,2}\.\d{2}\.\d{2,3}(?=\s)|\d{2}(?:\d{2})?[-–]\d{2}(?:\d{2})?/[A-Z]{1,5}/\d{1,4}|[A-Z][A-Za-z]{1,3}/\d{1,4}/\d{2}[-–]\d{2}|(?:[A-Z]{1,4}[ ./-]?)?\d{1,4}(?:/\d{1,4}){1,2}|[A-Z]{1,4}[ .-]?\d{1,4}))|(?<digits>\d{1,4})(?:(?<sub>\.\d{1,2})(?=\.?\s))?(?<letter>[a-z])?|(?<roman>[ivxIVX]{1,6}))(?(open)\))(?<sep>[.):]\s*|\s*\|\s*|\s+[-–—]\s+|\s+|$)(?<title>.{0,400})$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Heading();

    // "1APOLOGIES To receive …", "5 Materion mynwentydd/cemetery matters. a) Grave digger …".
    [GeneratedRegex(@"^\d{1,2}[.)]?\s*[A-Z]{3,}\b|^\d{1,2}[a-z]?[.)]?\s+[A-Z][^.]{2,80}\.\s", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CapitalsHeadingStart();

    [GeneratedRegex(@"^(\d{1,2})(?=[A-Z]{3,}\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex GluedNumber();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+(?<title>[A-Z].*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaNumberAfterCode();

    [GeneratedRegex(@"^([A-Z]{1,4}/\d{1,4}/)\s(?=\d{1,4}\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex StraySpaceInCode();

    [GeneratedRegex(@"^(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?<top>\d{1,4})(?:\.(?<sub>\d{1,2}))?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:apolog|declarations?\b|disclosures?\b|minutes\b|welcome|introduc|substitut|attendance\b|membership\b|election of|appointment of (?:the )?(?:vice[- ]?)?chair|appointment of substitut|chair(?:man|person)?'?s?\s+(?:announcements|communications|update|welcome)|announcements|notification|public (?:questions|participation|forum|speaking)|confirmation of (?:the )?minutes|to (?:receive|approve|confirm) (?:any )?(?:apologies|declarations|the minutes)|opening|urgent (?:business|items)|questions from|petitions\b|deputations\b|matters arising|exclusion of (?:the )?press|procedural (?:matters|business))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Standing();

    /// <summary>"(Item 4)" on the line under a minute's title: printed minutes give the agenda item number so, with or
    /// without a minute number of their own before the title. Null when the line is no such marker.</summary>
    public static string? ItemMarker(string text) =>
        text.Length is >= 8 and <= 14 && ItemMarkerLine().Match(text) is { Success: true } marker ? marker.Groups["n"].Value : null;

    /// <summary>The agenda item number of a "(Item N)" marker on the first non-empty line from <paramref name="from"/>.</summary>
    public static string? MarkerBelow(IReadOnlyList<CleanLine> lines, int from)
    {
        for (var j = from; j < lines.Count && j <= from + 2; j++)
        {
            if (!lines[j].IsEmpty)
            {
                return ItemMarker(lines[j].Text.Trim());
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\(Item\s+(?<n>\d{1,3}[a-z]?)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ItemMarkerLine();

    // ASCII digits only: a number in another script is not an item's number (and would not parse as one).
    [GeneratedRegex(@"^[0-9]{1,2}\.?\s+(?=[A-Z][a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NumberBeforeName();
}
