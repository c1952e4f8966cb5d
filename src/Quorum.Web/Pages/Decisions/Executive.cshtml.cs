using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Decisions;

/// <summary>Executive decision notices, newest first: what was decided, by whom, and where it stands in call-in.</summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class ExecutiveModel(QuorumDbContext db, CurrentCouncil current) : SitePageModel
{
    public const int PageSize = 25;

    public sealed record Row(ExecutiveDecision Decision, string Body);

    public List<Row> Notices { get; private set; } = [];

    public int PageNumber { get; private set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        PageNumber = QueryValues.Page("page", Request.Query["page"]);
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        Title = PageNumber > 1 ? $"Executive decisions (page {PageNumber})" : "Executive decisions";
        Crumbs(("Decisions", SiteUrls.Decisions));
        var notices = ExecutiveNotices.Public(db, Council!.Id).AsNoTracking();
        Total = await notices.CountAsync(ct);
        var page = await notices.OrderByDescending(d => d.DecidedOn).ThenBy(d => d.Title)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var bodies = await db.Committees.AsNoTracking().Where(c => c.CouncilId == Council.Id).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        Notices = [.. page.Select(d => new Row(d, bodies[d.CommitteeId]))];
        return Page();
    }

    public static string PageLink(int page) => $"{SiteUrls.ExecutiveDecisions}?page={page}";
}
