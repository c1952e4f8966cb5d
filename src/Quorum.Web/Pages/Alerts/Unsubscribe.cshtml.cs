using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Alerts;

/// <summary>
/// The unsubscribe link in every alert. Opening it asks; the button (or a mail program's RFC 8058 one-click POST,
/// which carries no form token) ends the alerts. The unguessable token in the address is the only key needed.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(CurrentCouncil current, Application.Participation.Alerts alerts) : SitePageModel
{
    public AlertShown Subscription { get; private set; } = null!;

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token))
        {
            return NotFound();
        }
        await alerts.UnsubscribeAsync(token, HttpContext.RequestAborted);
        Done = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string token)
    {
        if (!await LoadCouncilAsync(current) || await alerts.FindAsync(token, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }
        Subscription = found;
        Done = found.Unsubscribed;
        Title = "Unsubscribe from email alerts";
        Crumbs(("Get email alerts", "/alerts"));
        return true;
    }
}
