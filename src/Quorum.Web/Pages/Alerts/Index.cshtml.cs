using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Alerts;

/// <summary>
/// A resident asks for e-mail alerts about a body. The rules (fields, one a body per address, how many confirmation
/// mails an address may be sent) are <see cref="Application.Participation.Alerts"/>'s; nothing starts until the
/// link in the mail is followed.
/// </summary>
public sealed class IndexModel(CurrentCouncil current, Application.Participation.Alerts alerts) : SitePageModel
{
    public List<AlertBody> Bodies { get; private set; } = [];

    public bool CanSend => alerts.CanSend;

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    [BindProperty]
    public string? Frequency { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(Website))
        {
            // A robot: answered as a person would be, and nothing is stored or sent.
            return RedirectToPage("CheckYourEmail");
        }
        if (!CanSend)
        {
            return Page();
        }
        try
        {
            await alerts.SubscribeAsync(Council!.Id, new AlertForm(Email, Body, Frequency), HttpContext.RequestAborted);
            return RedirectToPage("CheckYourEmail");
        }
        catch (AlertRefusedException refused)
        {
            foreach (var problem in refused.Problems)
            {
                Errors.TryAdd(problem.Field ?? "email", problem.Message);
            }
            return Page();
        }
    }

    private async Task<bool> LoadAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return false;
        }
        Bodies = await alerts.BodiesAsync(Council!.Id, HttpContext.RequestAborted);
        Title = "Get email alerts";
        Crumbs();
        return true;
    }
}
