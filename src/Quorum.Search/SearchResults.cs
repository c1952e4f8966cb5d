using System.Net;
using System.Text;
using NodaTime;

namespace Quorum.Search;

public sealed record SearchResults
{
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    /// <summary>Matches in the whole index, or (when <see cref="TotalIsLowerBound"/>) at least this many.</summary>
    public int Total { get; init; }
    /// <summary>
    /// True for broad queries: the index counted, ranked and faceted only the most recently indexed
    /// <see cref="Total"/> matches, so the count reads "2,000+" and facets are counts within those.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; }
    public int PageCount => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
    public SearchFacets Facets { get; init; } = SearchFacets.Empty;
    public IReadOnlyList<SearchProblem> Problems { get; init; } = [];
    /// <summary>
    /// For a search that found nothing: the search text with misspelt words replaced by the closest words in the
    /// index ("libary" → "library"), when that search finds something; otherwise null.
    /// </summary>
    public string? DidYouMean { get; init; }
    public bool IsValid => Problems.Count == 0;

    internal static SearchResults Invalid(IReadOnlyList<SearchProblem> problems) => new() { Problems = problems };
}

public sealed record SearchHit
{
    public required string Id { get; init; }
    public required SearchDocumentKind Kind { get; init; }
    public required HighlightedText Title { get; init; }
    public required HighlightedText Snippet { get; init; }
    public CommitteeRef? Committee { get; init; }
    public LocalDate? MeetingDate { get; init; }
    public IReadOnlyList<string> PersonSlugs { get; init; } = [];
    public int? PageNumber { get; init; }
    public required string Url { get; init; }
    /// <summary>
    /// How many other matches among the best have nearly the same title (the same report at other meetings, other
    /// pages of one pack); they are listed after the best of every such group.
    /// </summary>
    public int SimilarCount { get; init; }
}

public sealed record FacetValue(string Key, string Label, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Committees,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> People,
    IReadOnlyList<FacetValue> Years)
{
    public static SearchFacets Empty { get; } = new([], [], [], []);
}

/// <summary>Text with highlighted runs, kept apart so no caller has to trust markup from the index.</summary>
public sealed record HighlightedText(IReadOnlyList<HighlightedText.Run> Runs)
{
    public readonly record struct Run(string Text, bool IsMatch);

    /// <summary>The markers the engines put around matches; <see cref="TextNormaliser"/> strips them from stored text.</summary>
    internal const char StartMark = '\u0002';
    internal const char EndMark = '\u0003';

    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    public IEnumerable<string> Matches => Runs.Where(r => r.IsMatch).Select(r => r.Text);

    /// <summary>HTML-encoded text with matches in &lt;mark&gt;.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var run in Runs)
        {
            var text = WebUtility.HtmlEncode(run.Text);
            html.Append(run.IsMatch ? $"<mark>{text}</mark>" : text);
        }
        return html.ToString();
    }

    public override string ToString() => PlainText;

    internal static HighlightedText Plain(string text) => new([new Run(text, false)]);

    internal static HighlightedText FromMarked(string marked)
    {
        var runs = new List<Run>();
        var current = new StringBuilder();
        var inMatch = false;
        foreach (var c in marked)
        {
            if (c is StartMark or EndMark)
            {
                if (current.Length > 0)
                {
                    runs.Add(new Run(current.ToString(), inMatch));
                    current.Clear();
                }
                inMatch = c == StartMark;
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0)
        {
            runs.Add(new Run(current.ToString(), inMatch));
        }
        return new HighlightedText(runs);
    }
}
