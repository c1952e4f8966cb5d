namespace Quorum.Search.Querying;

/// <summary>One term of an engine's word index (a stem: "librari" for library and libraries) and how many documents hold it.</summary>
internal sealed record IndexTerm(string Term, long Documents);

/// <summary>
/// "Did you mean": for a search that found nothing, each word of four letters or more that finds nothing on its
/// own is replaced by the closest term of the index's vocabulary (at most one edit for words of up to five letters,
/// two for longer ones, comparing the word, or the word less an ending, with the stem; the commoner term wins a
/// tie), spelt as the documents spell it. The engines index stems, so the spelling shown is the highlighted word
/// closest to what was typed in the newest documents holding the term.
/// </summary>
internal static class SpellingSuggestion
{
    public const int MinWordLength = 4;

    /// <summary>The vocabulary's term closest to <paramref name="word"/>, or null when nothing is close.</summary>
    public static string? ClosestTerm(string word, IEnumerable<IndexTerm> vocabulary)
    {
        var allowed = word.Length <= 5 ? 1 : 2;
        return vocabulary
            .Where(t => t.Term.Length >= 3 && t.Term.All(char.IsLetter))
            .Select(t => (t.Term, t.Documents, Distance: StemDistance(word, t.Term, allowed)))
            .Where(t => t.Distance <= allowed)
            .OrderBy(t => t.Distance).ThenByDescending(t => t.Documents).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => t.Term)
            .FirstOrDefault();
    }

    /// <summary>Of the words the documents spell a term with, the one closest to what was typed (the commonest of equals).</summary>
    public static string? Spelling(string word, IEnumerable<string> spellings) => spellings
        .GroupBy(w => w, StringComparer.Ordinal)
        .OrderBy(g => Distance(word, g.Key, word.Length + g.Key.Length)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();

    /// <summary>A stem has lost its ending ("parking" is "park"), so the word is also compared without its last one to three letters.</summary>
    private static int StemDistance(string word, string stem, int allowed)
    {
        var best = Distance(word, stem, allowed);
        for (var cut = 1; cut <= 3 && word.Length - cut >= Math.Max(3, stem.Length - allowed); cut++)
        {
            best = Math.Min(best, Distance(word[..^cut], stem, allowed));
        }
        return best;
    }

    /// <summary>The words worth correcting: those of required clauses, long enough and not numbers.</summary>
    public static bool Correctable(string word) => word.Length >= MinWordLength && !word.Any(char.IsDigit);

    /// <summary>The query as a person would type it, for the search box and the link.</summary>
    public static string Text(ParsedQuery query) => string.Join(' ', query.Clauses.Select(c =>
        (c.IsExcluded ? "-" : "") + (c.IsPhrase ? "\"" + string.Join(' ', c.Words) + "\"" : c.Words[0] + (c.IsPrefix ? "*" : ""))));

    /// <summary>Optimal string alignment distance (adjacent swaps count once), giving up beyond <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }
        var d = new int[a.Length + 1][];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i] = new int[b.Length + 1];
            d[i][0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0][j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.Min(Math.Min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i][j] = Math.Min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.Length][b.Length];
    }
}
