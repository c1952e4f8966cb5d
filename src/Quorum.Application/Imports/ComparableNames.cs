using System.Globalization;
using System.Text;

namespace Quorum.Application.Imports;

/// <summary>
/// How packs print people, reduced to a form that can be compared: titles and ranks, role markers ("(VC)"),
/// whitespace, dashes, apostrophes, accents and case do not make a different person. Spelling variants are matched
/// conservatively by <see cref="PeopleDirectory"/>.
/// </summary>
public static class ComparableNames
{
    private static readonly string[] Titles =
    [
        "councillor", "cllr", "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "reverend", "revd", "rev", "father", "canon",
        "professor", "prof", "sir", "dame", "lord", "lady", "chief superintendent", "superintendent", "chief inspector",
        "inspector", "borough commander", "detective", "sergeant",
    ];

    /// <summary>The printed name without title, markers or stray spacing: "Cllr  Deborah Price – Williams (VC)" gives
    /// "Deborah Price-Williams".</summary>
    public static string Clean(string printed)
    {
        var text = printed.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u00A0', ' ');
        // Role markers printed beside the name.
        var bracket = text.IndexOf('(', StringComparison.Ordinal);
        if (bracket > 0)
        {
            text = text[..bracket];
        }
        text = text.Replace('–', '-').Replace('—', '-').Trim(' ', '*', '†', ',', '.', ';', ':');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Hyphens printed with spaces round them ("Price – Williams") join one name.
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (words[i] == "-" && i > 0 && i < words.Count - 1)
            {
                words[i - 1] = words[i - 1] + "-" + words[i + 1];
                words.RemoveRange(i, 2);
            }
        }
        var stripped = true;
        while (stripped && words.Count > 1)
        {
            stripped = false;
            foreach (var title in Titles)
            {
                var titleWords = title.Split(' ');
                if (words.Count > titleWords.Length
                    && titleWords.Select((t, i) => string.Equals(words[i].TrimEnd('.'), t, StringComparison.OrdinalIgnoreCase)).All(x => x))
                {
                    words.RemoveRange(0, titleWords.Length);
                    stripped = true;
                    break;
                }
            }
        }
        return string.Join(' ', words);
    }

    // Words that name a seat or a body, not a person ("Harrow Youth Parliament Representative", "2 Vacancies").
    private static readonly HashSet<string> SeatWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "representative", "representatives", "vacancy", "vacancies", "parliament", "council", "committee", "panel", "board", "group",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "da", "del", "der", "van", "von", "bin", "la", "le", "du", "di", "al" };

    /// <summary>
    /// Whether a cleaned name has the shape of a person's name: two to five words, each capitalised (or a particle
    /// such as "van"), no digits or punctuation beyond hyphens and apostrophes. A lone word is refused too: it cannot
    /// be linked to anyone with confidence, and it is usually a name that conversion split across columns.
    /// </summary>
    public static bool LooksLikeName(string cleaned)
    {
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }
        foreach (var word in words)
        {
            if ((!char.IsUpper(word[0]) && !Particles.Contains(word)) || SeatWords.Contains(word))
            {
                return false;
            }
            if (word.Any(c => !char.IsLetter(c) && c is not '-' and not '\'' and not '.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The comparison key of a cleaned name: lower case, no accents, letters, digits, hyphens, apostrophes and single spaces.</summary>
    public static string Key(string cleaned)
    {
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c) || c is '-' or '\'')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }

    /// <summary>Given names and family name: the family name is the last word ("Kairul Kareema Marikar").</summary>
    public static (string Given, string Family) Split(string cleaned)
    {
        var at = cleaned.LastIndexOf(' ');
        return at < 0 ? ("", cleaned) : (cleaned[..at], cleaned[(at + 1)..]);
    }

    /// <summary>Edits (insert, delete, substitute, swap neighbours) between two short strings.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
