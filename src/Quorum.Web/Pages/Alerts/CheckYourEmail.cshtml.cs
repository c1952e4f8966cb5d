using Microsoft.AspNetCore.Mvc;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Alerts;

/// <summary>After an alert request: the same words whether or not anything was sent, so the page tells no one who subscribes.</summary>
public sealed class CheckYourEmailModel(CurrentCouncil current) : SitePageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        Title = "Check your email";
        Crumbs(("Get email alerts", "/alerts"));
        return Page();
    }
}
