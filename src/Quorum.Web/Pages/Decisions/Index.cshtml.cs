using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Decisions;

/// <summary>The decisions register: every published resolution, filterable by committee and date range.</summary>
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil current) : SitePageModel
{
    public const int PageSize = 25;

    public sealed record CommitteeOption(string Name, Slug Slug);

    public List<CommitteeOption> Committees { get; private set; } = [];

    public Slug? Committee { get; private set; }

    public LocalDate? From { get; private set; }

    public LocalDate? To { get; private set; }

    public int PageNumber { get; private set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public List<DecisionRow> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? committee, string? from, string? to)
    {
        Committee = QueryValues.Slug("committee", committee);
        From = QueryValues.Date("from", from);
        To = QueryValues.Date("to", to);
        // "page" is also Razor Pages' route value for the page name, so read it from the query string itself.
        PageNumber = QueryValues.Page("page", Request.Query["page"]);
        if (From > To)
        {
            throw new BadQueryException("from", $"The 'from' date ({From:uuuu-MM-dd}) is after the 'to' date ({To:uuuu-MM-dd}).");
        }
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        Title = PageNumber > 1 ? $"Decisions (page {PageNumber})" : "Decisions";
        Crumbs();
        var committees = await db.Committees.AsNoTracking().Where(c => c.CouncilId == Council!.Id)
            .Select(c => new { c.Id, c.Name, c.Slug })
            .ToListAsync(ct);
        Committees = [.. committees.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(c => new CommitteeOption(c.Name, c.Slug))];
        Guid? committeeId = null;
        if (Committee is not null)
        {
            committeeId = committees.FirstOrDefault(c => c.Slug == Committee)?.Id
                ?? throw new BadQueryException("committee", $"There is no committee '{Committee}'. Choose one from the list.");
        }
        var query = DecisionRows.Query(db, Council!.Id, committeeId, From, To);
        Total = await query.CountAsync(ct);
        Decisions = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    public string PageLink(int page)
    {
        var query = new List<string>();
        if (Committee is not null)
        {
            query.Add("committee=" + Committee);
        }
        if (From is { } from)
        {
            query.Add("from=" + from.ToString("uuuu-MM-dd", null));
        }
        if (To is { } to)
        {
            query.Add("to=" + to.ToString("uuuu-MM-dd", null));
        }
        query.Add("page=" + page);
        return SiteUrls.Decisions + "?" + string.Join("&", query);
    }
}
