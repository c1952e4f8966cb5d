using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Search;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Search;

/// <summary>
/// Search across every published paper: agenda items, report pages, minutes, decisions, councillors and
/// committees. A GET form, so it works without JavaScript and every search has an address. Problems with the
/// input are shown on the form (status 400), naming the field.
/// </summary>
[OutputCache(PolicyName = SearchAnswerCache.Policy)]
public sealed class IndexModel(ISearchIndex index, QuorumDbContext db, CurrentCouncil current) : SitePageModel
{
    public sealed record Option(string Value, string Label);

    public SearchQuery Query { get; private set; } = new();

    public SearchResults? Results { get; private set; }

    public List<SearchProblem> Problems { get; private set; } = [];

    public List<Option> Committees { get; private set; } = [];

    public List<Option> People { get; private set; } = [];

    public static IReadOnlyList<Option> Types { get; } =
        [.. Enum.GetValues<SearchDocumentKind>().Select(k => new Option(WindowedSearchIndex.KindKey(k), WindowedSearchIndex.KindLabel(k)))];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        (Query, Problems) = SearchQuery.Parse(Request.Query);
        Title = Query.Text.Length > 0 ? $"Search results for ‘{Shorten(Query.Text)}’" : "Search";
        Crumbs();
        Committees = [.. (await db.Committees.AsNoTracking().Where(c => c.CouncilId == Council!.Id).Select(c => new { c.Slug, c.Name }).ToListAsync(ct))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(c => new Option(c.Slug.Value, c.Name))];
        People = [.. (await db.People.AsNoTracking().Where(p => p.CouncilId == Council!.Id && p.IsCouncillor)
                .Select(p => new { p.Slug, p.GivenName, p.FamilyName }).ToListAsync(ct))
            .OrderBy(p => p.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase)
            .Select(p => new Option(p.Slug.Value, $"{p.FamilyName}, {p.GivenName}"))];

        if (Problems.Count == 0 && !Query.IsBlank)
        {
            var results = await index.SearchAsync(Query.ToRequest(Council!.Id), ct);
            Problems.AddRange(results.Problems);
            Results = results.IsValid ? results : null;
        }
        if (Problems.Count > 0)
        {
            Title = "Error: " + Title;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public string? ErrorFor(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;

    /// <summary>The form field a problem is shown on (the error summary links to it).</summary>
    public static string FieldId(string field) => field switch
    {
        "q" or "committee" or "type" or "person" or "from" or "to" or "sort" => field,
        _ => "q",
    };

    public string PageLink(int page) => Query.Link(SiteUrls.Search, page);

    public static string Describe(SearchHit hit)
    {
        var parts = new List<string> { WindowedSearchIndex.KindLabel(hit.Kind) };
        if (hit.Committee is { } committee)
        {
            parts.Add(committee.Name);
        }
        if (hit.MeetingDate is { } date)
        {
            parts.Add(Display.Date(date));
        }
        if (hit.PageNumber is { } page && hit.Kind is SearchDocumentKind.ReportPage or SearchDocumentKind.AgendaItem)
        {
            parts.Add($"page {page} of the agenda pack");
        }
        return string.Join(" · ", parts);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
