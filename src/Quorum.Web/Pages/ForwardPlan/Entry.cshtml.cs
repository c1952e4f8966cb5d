using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Quorum.Application.KeyDecisions;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.ForwardPlan;

/// <summary>One key decision's notice (reg 9(1)(a)-(h)) with any general exception or special urgency notice.</summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class EntryModel(CurrentCouncil current, Application.KeyDecisions.ForwardPlan plan) : SitePageModel
{
    public PlannedDecision Entry { get; private set; } = null!;

    public string? ContactEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number)
    {
        if (!await LoadCouncilAsync(current) || await plan.PublishedAsync(Council!.Id, number, HttpContext.RequestAborted) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        ContactEmail = Council.ContactEmail;
        Title = entry.Matter;
        Crumbs(("Decisions", SiteUrls.Decisions), ("Forward plan", SiteUrls.ForwardPlan));
        return Page();
    }
}
