using System.Text;
using System.Text.RegularExpressions;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;

namespace Quorum.Import.Cleaning;

/// <summary>A line after cleaning. <see cref="IsBlankPage"/> marks "This page is intentionally left blank".</summary>
public readonly record struct CleanLine(int Number, int? Page, string Text, bool IsBlankPage = false)
{
    public bool IsEmpty => Text.Length == 0 || string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// Stage 2, clean: removes what PDF-to-text conversion adds and keeps what the pack says. Page footers
/// ("5 | Page", "33 | P a g e") go; the blank-page marker becomes its own line even when glued to a paragraph;
/// markdown bold, HTML tags and struck-through text go; Cyrillic look-alike letters inside Latin text become
/// Latin; URLs broken by spaces at line wraps are rejoined; split ordinals ("9 th") are closed up.
/// Bare numbers are kept: they may be table data rather than page numbers.
/// Content lost in conversion (<c>&lt;text&gt;&lt;/text&gt;</c>, formula debris) is reported, not invented.
/// </summary>
public static partial class LineCleaner
{
    public const string BlankPageText = "This page is intentionally left blank";

    /// <summary>Longer lines are cut, so one enormous "line" of garbage cannot make parsing slow.</summary>
    public const int MaxLineLength = 20_000;

    public static IEnumerable<CleanLine> Clean(IEnumerable<SourceLine> lines, ExtractionContext context)
    {
        var table = new FlattenedTableRows();
        foreach (var line in lines)
        {
            context.NotePage(line.Number, line.Page);
            var text = line.Text;
            if (text.Length > MaxLineLength)
            {
                context.Warn("line-truncated", $"line of {text.Length} characters cut to {MaxLineLength}", line.Number, line.Page);
                text = text[..MaxLineLength];
            }
            text = PageFurniture.StripLinks(CleanText(text, out var lost));
            if (lost is not null)
            {
                context.Warn("content-lost", lost, line.Number, line.Page);
            }
            var blank = text.Contains("left blank", StringComparison.OrdinalIgnoreCase) ? BlankPage().Match(text) : Match.Empty;
            if (blank.Success)
            {
                var before = text[..blank.Index].TrimEnd();
                if (before.Length > 0)
                {
                    yield return new CleanLine(line.Number, line.Page, before);
                }
                yield return new CleanLine(line.Number, line.Page, BlankPageText, IsBlankPage: true);
                continue;
            }
            if ((text.Length <= 24 && Footer().IsMatch(text)) || (text.Length is > 6 and <= 120 && char.IsAsciiDigit(text[^1]) && RunningFooter().IsMatch(text)))
            {
                yield return new CleanLine(line.Number, line.Page, "");
                continue;
            }
            if (text.Length > 12 && text[0] is 'M' or 'R' or 'P' && text.Contains(" from ", StringComparison.OrdinalIgnoreCase)
                && MovedFrom().Match(text) is { Success: true } moved)
            {
                // "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018": the date it would have been is
                // not the meeting's.
                text = text[moved.Length..];
            }
            text = HeadingRunIntoItem.Repair(GluedTranscription.Repair(text));
            foreach (var piece in table.Split(text) ?? RunOnMinutes.Split(text) ?? RunTogetherPage.Split(text))
            {
                // A line break the transcription lost and the repair marked, where no reader above broke the line.
                foreach (var part in piece.Contains('\n') ? piece.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [piece])
                {
                    yield return new CleanLine(line.Number, line.Page, part);
                }
            }
        }
    }

    /// <summary>Cleans one line's text; <paramref name="lost"/> describes content the conversion lost, if any.</summary>
    public static string CleanText(string text, out string? lost)
    {
        lost = null;
        if (text.Length == 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        var latin = 0;
        var cyrillic = 0;
        foreach (var c in text)
        {
            if (c is '\u00A0' or '\u2007' or '\u202F')
            {
                sb.Append(' ');
            }
            else if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                // Zero-width characters and soft hyphens carry nothing.
            }
            else if (char.IsControl(c) && c != '\t')
            {
                sb.Append(' ');
            }
            else
            {
                if (c is >= 'A' and <= 'z')
                {
                    latin++;
                }
                else if (c is >= '\u0400' and <= '\u04FF')
                {
                    cyrillic++;
                }
                sb.Append(c);
            }
        }
        // Look-alike Cyrillic letters inside English text are OCR artefacts ("МАРРА"); a Russian word has letters with
        // no Latin twin and is left alone.
        if (cyrillic > 0 && latin > 0)
        {
            MapHomoglyphWords(sb);
        }
        var s = sb.ToString();
        if (s.Contains('<'))
        {
            if (s.Contains("<text></text>", StringComparison.Ordinal))
            {
                lost = "text missing from a table cell (<text></text>)";
                s = s.Replace("<text></text>", "", StringComparison.Ordinal);
            }
            s = AutoLink().Replace(s, "$1");
            s = HtmlTag().Replace(s, " ");
        }
        if (s.Contains("~~", StringComparison.Ordinal))
        {
            // Struck-through options are the ones deleted ("~~YES/NO/~~ NOT APPLICABLE").
            s = Struck().Replace(s, "");
        }
        if (s.Contains("**", StringComparison.Ordinal))
        {
            s = s.Replace("**", "", StringComparison.Ordinal);
        }
        if (s.Contains('$') && (s.Contains("\\label", StringComparison.Ordinal) || s.Contains("\\math", StringComparison.Ordinal) || s.Contains("\\ensuremath", StringComparison.Ordinal)))
        {
            lost ??= "formula debris from conversion (LaTeX)";
        }
        if (s.Contains(" th ", StringComparison.Ordinal) || s.Contains(" st ", StringComparison.Ordinal) || s.Contains(" nd ", StringComparison.Ordinal) || s.Contains(" rd ", StringComparison.Ordinal))
        {
            s = SplitOrdinal().Replace(s, "$1$2");
        }
        if (s.Contains("http", StringComparison.Ordinal) || s.Contains("www.", StringComparison.Ordinal))
        {
            s = RejoinUrls(s);
        }
        return s.TrimEnd();
    }

    private static void MapHomoglyphWords(StringBuilder sb)
    {
        var start = 0;
        for (var i = 0; i <= sb.Length; i++)
        {
            if (i < sb.Length && char.IsLetter(sb[i]))
            {
                continue;
            }
            var mappable = true;
            var hasCyrillic = false;
            for (var k = start; k < i && mappable; k++)
            {
                if (sb[k] is >= '\u0400' and <= '\u04FF')
                {
                    hasCyrillic = true;
                    mappable = Homoglyphs.ContainsKey(sb[k]);
                }
            }
            if (hasCyrillic && mappable)
            {
                for (var k = start; k < i; k++)
                {
                    if (Homoglyphs.TryGetValue(sb[k], out var latinChar))
                    {
                        sb[k] = latinChar;
                    }
                }
            }
            start = i + 1;
        }
    }

    /// <summary>Joins the pieces of a URL that a line wrap split with a space ("local_authority_repo rts/harrow/…").</summary>
    internal static string RejoinUrls(string s)
    {
        var parts = s.Split(' ');
        if (parts.Length < 2)
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        var inUrl = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var joined = i > 0 && inUrl && part.Length > 0 && LooksLikeUrlContinuation(part) && !EndsUrl(parts[i - 1]);
            if (i > 0 && !joined)
            {
                sb.Append(' ');
            }
            sb.Append(part);
            if (part.StartsWith("http", StringComparison.OrdinalIgnoreCase) || part.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                inUrl = true;
            }
            else if (!joined)
            {
                inUrl = false;
            }
        }
        return sb.ToString();
    }

    // A continuation carries URL punctuation (%20, /, _) and no sentence punctuation; "and/or" does not count.
    private static bool LooksLikeUrlContinuation(string part) =>
        (part.Contains('%') || part.Contains('/') || part.Contains('_') || part.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || part.EndsWith(".doc", StringComparison.OrdinalIgnoreCase))
        && !part.Contains("and/or", StringComparison.OrdinalIgnoreCase) && part.IndexOfAny([',', ';', '(', ')', '"']) < 0 && !part.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    private static bool EndsUrl(string previous) =>
        previous.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || previous.EndsWith(".doc", StringComparison.OrdinalIgnoreCase)
        || previous.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || previous.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || previous.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || previous.EndsWith('.');

    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['А'] = 'A',
        ['В'] = 'B',
        ['Е'] = 'E',
        ['К'] = 'K',
        ['М'] = 'M',
        ['Н'] = 'H',
        ['О'] = 'O',
        ['Р'] = 'P',
        ['С'] = 'C',
        ['Т'] = 'T',
        ['Х'] = 'X',
        ['У'] = 'Y',
        ['Ү'] = 'Y',
        ['І'] = 'I',
        ['Ј'] = 'J',
        ['Ѕ'] = 'S',
        ['а'] = 'a',
        ['е'] = 'e',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['һ'] = 'h',
        ['ԁ'] = 'd',
    };

    [GeneratedRegex(@"\s*This page is intentionally left blank\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BlankPage();

    // "5 | Page", "33 | P a g e", "| Page", "Page 7 of 40" on a line of their own.
    [GeneratedRegex(@"^\s*(?:\d{1,4}\s*)?\|?\s*P\s?a\s?g\s?e(?:\s+\d{1,4}(?:\s+of\s+\d{1,4})?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Footer();

    // A running header or footer with its page number: "Cabinet – 12 March 2013 – Page 4", "Minutes Page 3 of 9".
    // "see page 12" and "on page 4" end sentences instead, and a stamp says "Agenda Item".
    [GeneratedRegex(@"^(?!.*\bAgenda\s+Item\b)(?!.*\b(?:see|on|at|in|to|from|and)\s+page\s+\d{1,4}\s*$).{0,100}?\bPage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RunningFooter();

    [GeneratedRegex(@"<((?:https?://|www\.)[^<>\s]+)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?(?:u|i|b|em|strong|p|ol|ul|li|br|span|div|sup|sub|input|text|table|tr|td|th)\b[^<>]{0,200}/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"~~[^~]{0,500}~~", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Struck();

    [GeneratedRegex(@"\b(\d{1,2}) (st|nd|rd|th)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SplitOrdinal();

    [GeneratedRegex(@"^(?:Meeting\s+)?(?:Moved|Rescheduled|Rearranged|Re-arranged|Postponed)\s+from\s+[^,]{4,40}?\d{4}\s*(?:,\s*|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MovedFrom();
}
