using System.Text;

namespace Quorum.Search.Querying;

/// <summary>
/// Reads what a resident typed, the way a web search box does: words must all appear, "quoted words" must
/// appear together, a word ending in * matches any ending, and -word leaves out pages with that word.
/// Everything else (brackets, NEAR, AND, colons, SQL) is either ordinary words or ignored, so no input can reach
/// the engines' query syntax.
/// </summary>
internal static class SearchTextParser
{
    public const int MaxWords = 32;
    /// <summary>Shorter prefixes match so much that they say nothing, and they are slow; "co*" is read as "co".</summary>
    public const int MinPrefixLength = 2;

    public static (ParsedQuery Query, IReadOnlyList<SearchProblem> Problems) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (ParsedQuery.Empty, []);
        }
        if (text.Length > SearchRequest.MaxTextLength)
        {
            return (ParsedQuery.Empty,
                [new SearchProblem("q", $"Search text must be {SearchRequest.MaxTextLength:N0} characters or fewer; it has {text.Length:N0}.")]);
        }

        var folded = TextNormaliser.Fold(text);
        var clauses = new List<QueryClause>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var excluded = false;
            if (c == '-' && (i == 0 || IsSpaceLike(folded[i - 1])) && i + 1 < folded.Length && (IsWordChar(folded[i + 1]) || folded[i + 1] == '"'))
            {
                excluded = true;
                i++;
                c = folded[i];
            }
            if (c == '"')
            {
                var end = folded.IndexOf('"', i + 1);
                var inner = end < 0 ? folded[(i + 1)..] : folded[(i + 1)..end];
                i = end < 0 ? folded.Length : end + 1;
                var words = Words(inner);
                if (words.Count > 0)
                {
                    clauses.Add(new QueryClause(words, IsPrefix: false, excluded));
                }
                continue;
            }
            if (IsWordChar(c))
            {
                var start = i;
                while (i < folded.Length && (IsWordChar(folded[i]) || (IsJoiner(folded[i]) && i + 1 < folded.Length && IsWordChar(folded[i + 1]))))
                {
                    i++;
                }
                var words = Words(folded[start..i]);
                var prefix = i < folded.Length && folded[i] == '*' && words.Count == 1 && words[0].Length >= MinPrefixLength;
                clauses.Add(new QueryClause(words, prefix, excluded));
                continue;
            }
            i++;
        }

        var problems = new List<SearchProblem>();
        if (clauses.Sum(c => c.Words.Count) > MaxWords)
        {
            problems.Add(new SearchProblem("q", $"Use {MaxWords} words or fewer."));
        }
        else if (clauses.Count > 0 && clauses.All(c => c.IsExcluded))
        {
            problems.Add(new SearchProblem("q", "Enter a word to search for, not only words to leave out."));
        }
        return (problems.Count > 0 ? ParsedQuery.Empty : new ParsedQuery(clauses), problems);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Characters inside a word that the tokenizers split on: "don't", "co-op", "A1.2" become phrases.</summary>
    private static bool IsJoiner(char c) => c is '\'' or '-' or '.' or '/' or '&' or '_';

    private static bool IsSpaceLike(char c) => char.IsWhiteSpace(c) || c is '(' or '"';
}
