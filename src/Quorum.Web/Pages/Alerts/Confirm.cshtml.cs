using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Alerts;

/// <summary>
/// The link in the confirmation mail. Opening it changes nothing (mail scanners open links); the button confirms.
/// </summary>
public sealed class ConfirmModel(CurrentCouncil current, Application.Participation.Alerts alerts) : SitePageModel
{
    public AlertShown Subscription { get; private set; } = null!;

    public bool JustConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token))
        {
            return NotFound();
        }
        await alerts.ConfirmAsync(token, HttpContext.RequestAborted);
        JustConfirmed = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string token)
    {
        if (!await LoadCouncilAsync(current) || await alerts.FindAsync(token, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }
        Subscription = found;
        Title = "Confirm your email alerts";
        Crumbs(("Get email alerts", "/alerts"));
        return true;
    }
}
