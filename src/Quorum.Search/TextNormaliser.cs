using System.Globalization;
using System.Text;

namespace Quorum.Search;

/// <summary>The one place text is folded, so documents and queries agree on what a word is.</summary>
internal static class TextNormaliser
{
    /// <summary>
    /// Stored text: control characters removed (they would collide with the highlight markers), curly quotes
    /// and dashes kept as typed so snippets show the council's own text.
    /// </summary>
    public static string CleanStoredText(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    /// <summary>Lower case, accents removed ("Café" → "cafe"), curly quotes made straight.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }
        return folded.ToString();
    }
}
