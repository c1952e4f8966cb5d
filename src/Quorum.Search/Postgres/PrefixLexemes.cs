namespace Quorum.Search.Postgres;

/// <summary>
/// The short prefixes of every word of a document (title and body), kept in an array beside the tsvector and in
/// the same GIN index, as SQLite's FTS5 keeps prefix indexes. A short prefix begins thousands of words ("wood" 6,075 at a
/// million pages), and PostgreSQL matches "wood:*" by reading the documents of every one of them before anything
/// narrows the search; its own entry is one posting list, which the index intersects with the filters and age
/// bucket like any word (ADR 0010, revision 3).
/// </summary>
internal static class PrefixLexemes
{
    /// <summary>Prefixes of 2 to this many letters are kept; a longer prefix is expanded to its words.</summary>
    public const int MaxLength = 5;

    /// <summary>Whether a search for this prefix (folded letters and digits, as parsed) reads the kept prefixes.</summary>
    public static bool Covers(string prefix) => prefix.Length <= MaxLength;

    /// <summary>
    /// The distinct prefixes of the words of the texts. Words are runs of letters and digits of the
    /// folded text, as a search's words are, so the prefix typed is the prefix looked up; unlike an expanded prefix
    /// they are not stemmed, so "plann*" finds "planning" here, where the stemmed "plann:*" does not.
    /// A page repeats its words, so the prefixes are taken once per distinct word, and a string is made only for
    /// a word or prefix not seen before on the page (a rebuild does this for every page).
    /// </summary>
    public static List<string> Of(params string[] texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var newWords = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var raw in texts)
        {
            var text = raw.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? TextNormaliser.Fold(raw).AsSpan() : raw.ToLowerInvariant().AsSpan();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    if (start < 0)
                    {
                        start = i;
                    }
                    continue;
                }
                if (start >= 0)
                {
                    // Only the first letters matter: a longer word adds no prefix its first letters do not.
                    newWords.Add(text.Slice(start, Math.Min(MaxLength, i - start)));
                    start = -1;
                }
            }
        }
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var newPrefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            for (var n = 2; n <= word.Length; n++)
            {
                newPrefixes.Add(word.AsSpan(0, n));
            }
        }
        return [.. prefixes];
    }
}
