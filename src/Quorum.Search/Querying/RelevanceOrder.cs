using System.Text;

namespace Quorum.Search.Querying;

/// <summary>
/// The final order of the best matches, the same for both engines. The engines rank by stems, so "parking" scores
/// "Stanmore Park Primary School" like "Controlled Parking Zone"; here hits whose highlighted words are the words
/// typed come first, those with the words in their title before those with them in the text only, and the engine's
/// order decides the rest. Near-duplicate titles (the same words but for numbers and punctuation: one report at
/// several meetings, the pages of one pack) are grouped: the best of each group keeps its place, the others follow
/// every group's best, and it carries their count.
/// </summary>
internal static class RelevanceOrder
{
    /// <summary>How many of the engine's best matches are put in this order; later pages follow the engine's order.</summary>
    public const int Depth = 50;

    public static List<SearchHit> Apply(ParsedQuery query, IReadOnlyList<SearchHit> ranked)
    {
        var clauses = query.Required.ToList();
        var ordered = ranked
            .Select((hit, position) =>
            {
                var title = MatchedWords(hit.Title);
                var text = MatchedWords(hit.Snippet);
                var inTitle = clauses.Count(c => Exact(c, title));
                var everywhere = clauses.All(c => Exact(c, title) || Exact(c, text));
                return (Hit: hit, Position: position, InTitle: inTitle, Everywhere: everywhere);
            })
            .OrderByDescending(x => x.Everywhere)
            .ThenByDescending(x => x.InTitle)
            .ThenBy(x => x.Position)
            .Select(x => x.Hit)
            .ToList();

        var groups = ordered.GroupBy(GroupKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var leaders = new List<SearchHit>();
        var followers = new List<SearchHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in ordered)
        {
            var key = GroupKey(hit);
            if (seen.Add(key))
            {
                leaders.Add(hit with { SimilarCount = groups[key] - 1 });
            }
            else
            {
                followers.Add(hit);
            }
        }
        return [.. leaders, .. followers];
    }

    /// <summary>
    /// Which snippets <see cref="Apply"/> still needs to put the first <paramref name="pageEnd"/> hits where it would put
    /// them with every snippet read; empty when none. A snippet only decides whether a hit has the words typed
    /// everywhere, and so comes in the first part of the order. Hits are read in the order that part would take
    /// (words in the title, then the engine's order), and reading stops once that part holds <paramref name="pageEnd"/>
    /// title groups: a hit not read then sorts after all of them whether or not its snippet has the words, so the
    /// first <paramref name="pageEnd"/> hits, their groups and group counts (from titles) are what they would be.
    /// An engine whose snippets cost a parse of the whole text (PostgreSQL's ts_headline) reads only those, and then
    /// the snippets of the hits on the page that were placed by their titles alone, since the page shows them.
    /// </summary>
    /// <param name="hasSnippet">Whether each hit's snippet has been read.</param>
    public static List<int> SnippetsToRead(ParsedQuery query, IReadOnlyList<SearchHit> ranked, IReadOnlyList<bool> hasSnippet, int pageEnd)
    {
        var clauses = query.Required.ToList();
        var titles = ranked.Select(h => MatchedWords(h.Title)).ToList();
        var order = Enumerable.Range(0, ranked.Count)
            .OrderByDescending(i => clauses.Count(c => Exact(c, titles[i])))
            .ThenBy(i => i)
            .ToList();
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var unread = new List<int>();
        foreach (var i in order)
        {
            if (unread.Count > 0)
            {
                // Past the first hit whose place is unknown: collect the next ones to read.
                if (!clauses.All(c => Exact(c, titles[i])) && !hasSnippet[i])
                {
                    unread.Add(i);
                }
                continue;
            }
            bool everywhere;
            if (clauses.All(c => Exact(c, titles[i])))
            {
                everywhere = true;
            }
            else if (hasSnippet[i])
            {
                var text = MatchedWords(ranked[i].Snippet);
                everywhere = clauses.All(c => Exact(c, titles[i]) || Exact(c, text));
            }
            else
            {
                unread.Add(i);
                continue;
            }
            if (everywhere && groups.Add(GroupKey(ranked[i])) && groups.Count >= pageEnd)
            {
                return ShownUnread(query, ranked, hasSnippet, pageEnd);
            }
        }
        // Read twice as many as the page still needs, as some will be of a group already counted.
        return unread.Count > 0 ? unread.Take(Math.Max(5, 2 * (pageEnd - groups.Count))).ToList() : ShownUnread(query, ranked, hasSnippet, pageEnd);
    }

    /// <summary>
    /// The hits of the first <paramref name="pageEnd"/> whose snippets are still unread: placed by their titles, which
    /// their snippets cannot move, but shown with them.
    /// </summary>
    private static List<int> ShownUnread(ParsedQuery query, IReadOnlyList<SearchHit> ranked, IReadOnlyList<bool> hasSnippet, int pageEnd)
    {
        var shown = Apply(query, ranked).Take(pageEnd).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        return [.. Enumerable.Range(0, ranked.Count).Where(i => !hasSnippet[i] && shown.Contains(ranked[i].Id))];
    }

    /// <summary>A title without numbers, punctuation or case: "3. Budget Monitoring Q2 2026/27" and "Budget monitoring Q3" are one.</summary>
    internal static string GroupKey(SearchHit hit)
    {
        var key = new StringBuilder();
        foreach (var word in Words(TextNormaliser.Fold(hit.Title.PlainText)).Where(w => !w.Any(char.IsDigit)))
        {
            key.Append(key.Length > 0 ? " " : "").Append(word);
        }
        return key.Length > 0 ? key.ToString() : hit.Id;
    }

    private static HashSet<string> MatchedWords(HighlightedText text) =>
        [.. text.Runs.Where(r => r.IsMatch).SelectMany(r => Words(TextNormaliser.Fold(r.Text)))];

    /// <summary>Whether the words typed (not only their stems) are among a field's highlighted words; a prefix always is.</summary>
    private static bool Exact(QueryClause clause, HashSet<string> matched) =>
        clause.IsPrefix ? matched.Any(w => w.StartsWith(clause.Words[0], StringComparison.Ordinal)) : clause.Words.All(matched.Contains);

    internal static IEnumerable<string> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}
