using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.KeyDecisions;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.ForwardPlan;

/// <summary>The forward plan for Democratic Services: every entry, drafts included, with what the rules say of its notice.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(CurrentCouncil current, Application.KeyDecisions.ForwardPlan plan) : StaffPageModel
{
    public List<PlanEntryForStaff> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        Entries = await plan.ForStaffAsync(council.Id, HttpContext.RequestAborted);
        Title = "Forward plan";
        return Page();
    }
}
