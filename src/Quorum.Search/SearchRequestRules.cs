using System.Text.RegularExpressions;

namespace Quorum.Search;

internal static partial class SearchRequestRules
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static List<SearchProblem> Check(SearchRequest request)
    {
        var problems = new List<SearchProblem>();
        if (request.Page < 1)
        {
            problems.Add(new SearchProblem("page", "Page must be 1 or more."));
        }
        if (request.PageSize is < 1 or > SearchRequest.MaxPageSize)
        {
            problems.Add(new SearchProblem("pageSize", $"Results per page must be between 1 and {SearchRequest.MaxPageSize}."));
        }
        if (request.From is { } from && request.To is { } to && from > to)
        {
            problems.Add(new SearchProblem("from", "The 'from' date must be the same as or before the 'to' date."));
        }
        CheckSlugs(request.Committees, "committee", problems);
        CheckSlugs(request.People, "person", problems);
        if (request.Kinds.Count > SearchRequest.MaxFilterValues || request.Kinds.Any(k => !Enum.IsDefined(k)))
        {
            problems.Add(new SearchProblem("kind", "Choose document types from the list."));
        }
        if (!Enum.IsDefined(request.Sort))
        {
            problems.Add(new SearchProblem("sort", "Sort by relevance or by date."));
        }
        return problems;
    }

    private static void CheckSlugs(IReadOnlyList<string> slugs, string field, List<SearchProblem> problems)
    {
        if (slugs.Count > SearchRequest.MaxFilterValues)
        {
            problems.Add(new SearchProblem(field, $"Choose {SearchRequest.MaxFilterValues} or fewer."));
            return;
        }
        var bad = slugs.FirstOrDefault(s => s is null || s.Length > 200 || !SlugPattern().IsMatch(s));
        if (bad is not null || slugs.Any(s => s is null))
        {
            problems.Add(new SearchProblem(field, $"'{Shorten(bad)}' is not a {field} in this index."));
        }
    }

    private static string Shorten(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";
}
