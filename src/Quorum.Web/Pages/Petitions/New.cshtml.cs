using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Quorum.Application.Participation;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Petitions;

/// <summary>A resident starts a petition; it is checked by Democratic Services before it is published.</summary>
public sealed class NewModel(CurrentCouncil current, Application.Participation.Petitions petitions) : SitePageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public bool CanSend => petitions.CanSend;

    [BindProperty]
    public string? PetitionTitle { get; set; }

    [BindProperty]
    public string? Asks { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public int? ClosesDay { get; set; }

    [BindProperty]
    public int? ClosesMonth { get; set; }

    [BindProperty]
    public int? ClosesYear { get; set; }

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
            return RedirectToPage("Received");
        }
        if (!CanSend)
        {
            return Page();
        }
        try
        {
            await petitions.StartAsync(Council!.Id, new PetitionForm(PetitionTitle, Asks, Name, Email, ClosesOn()), HttpContext.RequestAborted);
            return RedirectToPage("Received");
        }
        catch (PetitionRefusedException refused)
        {
            foreach (var problem in refused.Problems)
            {
                Errors.TryAdd(problem.Field ?? "title", problem.Message);
            }
            return Page();
        }
    }

    private LocalDate? ClosesOn()
    {
        if (ClosesDay is not { } d || ClosesMonth is not { } m || ClosesYear is not { } y || y is < 2000 or > 9999 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return null;
        }
        return new LocalDate(y, m, d);
    }

    private async Task<bool> LoadAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return false;
        }
        Title = "Start a petition";
        Crumbs(("Petitions", "/petitions"));
        return true;
    }
}
