using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Setup;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Settings;

/// <summary>The council's settings as they stand: its details, the procedure settings in force today and those coming, and earlier versions.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class IndexModel(CurrentCouncil councils, CouncilSettings settings, SiteClock clock) : StaffPageModel
{
    public CouncilSettingsNow Now { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await councils.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        Title = "Council settings";
        Now = await settings.GetAsync(council.Id, clock.Today, HttpContext.RequestAborted);
        return Page();
    }
}
