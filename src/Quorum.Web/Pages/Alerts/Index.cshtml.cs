using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Alerts;

/// <summary>
/// A resident asks for e-mail alerts about a body, a councillor, a ward, some words, petitions or the forward plan. The rules (fields, one of each per address, how many confirmation
/// mails an address may be sent) are <see cref="Application.Participation.Alerts"/>'s; nothing starts until the
/// link in the mail is followed.
/// </summary>
public sealed class IndexModel(CurrentCouncil current, Application.Participation.Alerts alerts) : SitePageModel
{
    public List<AlertBody> Bodies { get; private set; } = [];

    public List<AlertBody> Councillors { get; private set; } = [];

    public List<AlertBody> Wards { get; private set; } = [];

    public bool CanSend => alerts.CanSend;

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    [BindProperty]
    public string? Frequency { get; set; }

    /// <summary>What to follow: body (the first choice, and the one a committee page links to), councillor, ward, search, petitions or forward-plan.</summary>
    [BindProperty(SupportsGet = true)]
    public string? About { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Councillor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ward { get; set; }

    [BindProperty]
    public string? Query { get; set; }

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
            await alerts.SubscribeAsync(Council!.Id, new AlertForm(Email, Body, Frequency, About, Councillor, Ward, Query), HttpContext.RequestAborted);
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
        Councillors = await alerts.CouncillorsAsync(Council.Id, HttpContext.RequestAborted);
        Wards = await alerts.WardsAsync(Council.Id, HttpContext.RequestAborted);
        About ??= "body";
        Title = "Get email alerts";
        Crumbs();
        return true;
    }
}
