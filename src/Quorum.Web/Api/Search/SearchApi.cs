using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using Quorum.Search;
using Quorum.Web.Pages.Search;
using Quorum.Web.Site;

namespace Quorum.Web.Api.Search;

/// <summary>
/// <c>GET /api/search</c>: the search page's results as JSON, with the same parameters, facets and paging links.
/// Input the index cannot use is a 400 problem document naming each parameter.
/// </summary>
public static class SearchApi
{
    public const string Path = "/api/search";

    public sealed record Committee(string Slug, string Name);

    public sealed record Result(
        string Id, string Type, string TypeLabel, string Title, string TitleHtml, string Snippet, string SnippetHtml,
        string Url, Committee? Committee, string? MeetingDate, int? PageNumber, IReadOnlyList<string> People, int SimilarCount);

    public sealed record Facet(string Key, string Label, int Count);

    public sealed record Facets(IReadOnlyList<Facet> Committees, IReadOnlyList<Facet> Types, IReadOnlyList<Facet> People, IReadOnlyList<Facet> Years);

    public sealed record Links(string Self, string First, string? Prev, string? Next);

    /// <param name="Total">Matches, or when <paramref name="TotalIsLowerBound"/> at least this many (broad searches count the newest only).</param>
    /// <param name="DidYouMean">For a search that found nothing: the search text with misspelt words corrected, when that finds something.</param>
    public sealed record Page(
        IReadOnlyList<Result> Results, int Total, bool TotalIsLowerBound, int PageNumber, int PageSize, int PageCount,
        Facets Facets, Links Links, string? DidYouMean);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, SearchAsync)
            .CacheOutput(SearchAnswerCache.Policy)
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Full-text search of published papers, minutes, decisions, councillors and committees.")
            .WithDescription("Parameters: q (words; \"quoted phrase\", prefix*, -excluded), committee (slug), type (agenda-item, report-page, minute, resolution, executive-decision, person, committee), person (slug), from and to (meeting dates, yyyy-MM-dd), sort (relevance or date), page (from 1; 10 results a page). Exempt, draft and unpublished material is never indexed.");
        return app;
    }

    private static async Task<Results<Ok<Page>, ValidationProblem>> SearchAsync(HttpContext http, ISearchIndex index, CurrentCouncil current)
    {
        var (query, problems) = SearchQuery.Parse(http.Request.Query);
        if (problems.Count == 0 && query.IsBlank)
        {
            problems.Add(new SearchProblem("q", "Enter words to search for, or choose a filter."));
        }
        SearchResults? results = null;
        if (problems.Count == 0)
        {
            results = await index.SearchAsync(query.ToRequest((await current.GetAsync(http.RequestAborted))?.Id), http.RequestAborted);
            problems.AddRange(results.Problems);
        }
        if (problems.Count > 0 || results is null)
        {
            return TypedResults.ValidationProblem(
                problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                title: "The search could not be run.");
        }

        var pageCount = results.PageCount;
        return TypedResults.Ok(new Page(
            [.. results.Hits.Select(ToResult)],
            results.Total,
            results.TotalIsLowerBound,
            results.Page,
            results.PageSize,
            pageCount,
            new Facets(ToFacets(results.Facets.Committees), ToFacets(results.Facets.Kinds), ToFacets(results.Facets.People), ToFacets(results.Facets.Years)),
            new Links(
                query.Link(Path, query.Page),
                query.Link(Path),
                query.Page > 1 && pageCount > 0 ? query.Link(Path, Math.Min(query.Page - 1, pageCount)) : null,
                query.Page < pageCount ? query.Link(Path, query.Page + 1) : null),
            results.DidYouMean));
    }

    private static Result ToResult(SearchHit hit) => new(
        hit.Id,
        WindowedSearchIndex.KindKey(hit.Kind),
        WindowedSearchIndex.KindLabel(hit.Kind),
        hit.Title.PlainText,
        hit.Title.ToHtml(),
        hit.Snippet.PlainText,
        hit.Snippet.ToHtml(),
        hit.Url,
        hit.Committee is { } c ? new Committee(c.Slug, c.Name) : null,
        hit.MeetingDate is LocalDate date ? LocalDatePattern.Iso.Format(date) : null,
        hit.PageNumber,
        hit.PersonSlugs,
        hit.SimilarCount);

    private static List<Facet> ToFacets(IEnumerable<FacetValue> values) => [.. values.Select(v => new Facet(v.Key, v.Label, v.Count))];
}
