using Quorum.Search.Querying;

namespace Quorum.Search.Tests.Querying;

public sealed class RelevanceOrderTests
{
    private const char Start = '\u0002';
    private const char End = '\u0003';

    private static readonly string[] Titles =
    [
        "Parking enforcement review", "Controlled parking zone consultation", "Stanmore Park Primary School",
        "Budget monitoring", "Planning applications", "Minutes of the last meeting", "Park maintenance contract",
    ];

    private static readonly string[] Texts =
    [
        "the {parking} permits issued in the zone", "the {park} was closed for works", "no change to {parking} charges",
        "{planning} officers reported", "the {park} and {parking} survey", "{parks} and open spaces",
    ];

    /// <summary>
    /// Fifty ranked hits as an engine returns them: titles from a few reports (so some are near-duplicates by title
    /// and number), words highlighted where a stemming engine would mark them, the typed form or another form.
    /// </summary>
    private static List<SearchHit> RankedHits(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 50).Select(i =>
        {
            var title = Titles[random.Next(Titles.Length)] + (random.Next(3) == 0 ? $" {random.Next(1, 4)}" : "");
            return new SearchHit
            {
                Id = $"doc-{i}",
                Kind = SearchDocumentKind.ReportPage,
                Title = Marked(title.Replace("Parking", "{Parking}", StringComparison.Ordinal).Replace("parking", "{parking}", StringComparison.Ordinal)
                    .Replace("Park ", "{Park} ", StringComparison.Ordinal)),
                Snippet = Marked(Texts[random.Next(Texts.Length)]),
                Url = $"/documents/{i}",
            };
        })];
    }

    private static HighlightedText Marked(string text) =>
        HighlightedText.FromMarked(text.Replace('{', Start).Replace('}', End));

    [Theory]
    [InlineData("parking", 10, 1)]
    [InlineData("parking", 10, 2)]
    [InlineData("park*", 10, 3)]
    [InlineData("parking zone", 20, 4)]
    [InlineData("planning", 30, 5)]
    [InlineData("parking -budget", 50, 6)]
    public void Reading_only_the_snippets_the_order_needs_gives_the_same_first_hits(string text, int pageEnd, int seed)
    {
        var (query, _) = SearchTextParser.Parse(text);
        var ranked = RankedHits(seed);
        var read = ranked.Select(h => h with { Snippet = HighlightedText.Plain("") }).ToList();
        var hasSnippet = new bool[ranked.Count];
        while (RelevanceOrder.SnippetsToRead(query, read, hasSnippet, pageEnd) is { Count: > 0 } wanted)
        {
            foreach (var i in wanted)
            {
                Assert.False(hasSnippet[i]);
                read[i] = ranked[i];
                hasSnippet[i] = true;
            }
        }

        var expected = RelevanceOrder.Apply(query, ranked).Take(pageEnd).ToList();
        var actual = RelevanceOrder.Apply(query, read).Take(pageEnd).ToList();
        Assert.Equal(expected.Select(h => (h.Id, h.SimilarCount, h.Snippet.PlainText)), actual.Select(h => (h.Id, h.SimilarCount, h.Snippet.PlainText)));
    }

    [Fact]
    public void A_first_page_of_a_common_word_reads_fewer_snippets_than_the_fifty_it_orders()
    {
        var (query, _) = SearchTextParser.Parse("parking");
        var ranked = Enumerable.Range(0, 50).Select(i => new SearchHit
        {
            Id = $"doc-{i}",
            Kind = SearchDocumentKind.ReportPage,
            Title = HighlightedText.Plain($"Report number {i} on item {(char)('a' + (i % 26))}"),
            Snippet = Marked("the {parking} permits issued in the zone"),
            Url = $"/documents/{i}",
        }).ToList();
        var hasSnippet = new bool[ranked.Count];
        var reads = 0;
        while (RelevanceOrder.SnippetsToRead(query, ranked, hasSnippet, 10) is { Count: > 0 } wanted)
        {
            wanted.ForEach(i => hasSnippet[i] = true);
            reads += wanted.Count;
        }

        // Every hit has the word in its text and each title is its own group: the ten of the page and ten to spare.
        Assert.Equal(20, reads);
    }
}
