using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Quorum.Application.KeyDecisions;
using Quorum.Domain.KeyDecisions;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.ForwardPlan;

/// <summary>
/// The forward plan of key decisions (2012 Regs reg 9): decisions still to be taken, soonest first, then those taken or
/// withdrawn. Only listed entries, and never the detail behind a Schedule 12A paragraph.
/// </summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class IndexModel(CurrentCouncil current, Application.KeyDecisions.ForwardPlan plan) : SitePageModel
{
    public List<PlannedDecision> Due { get; private set; } = [];

    public List<PlannedDecision> Past { get; private set; } = [];

    public string? ContactEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var entries = await plan.PublishedAsync(Council!.Id, HttpContext.RequestAborted);
        Due = [.. entries.Where(e => e.Status == ForwardPlanStatus.Listed)];
        Past = [.. entries.Where(e => e.Status != ForwardPlanStatus.Listed).OrderByDescending(e => e.DecisionDate)];
        ContactEmail = Council.ContactEmail;
        Title = "Forward plan of key decisions";
        Crumbs(("Decisions", SiteUrls.Decisions));
        return Page();
    }
}
