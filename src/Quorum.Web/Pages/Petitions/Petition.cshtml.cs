using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Petitions;

/// <summary>
/// One published petition: what it asks, its signatures so far and what they bring about under the scheme, the
/// response deadline, the council's response and the page that answers it; and, while open, the form to sign.
/// </summary>
public sealed class PetitionModel(CurrentCouncil current, Application.Participation.Petitions petitions) : SitePageModel
{
    public PublicPetition Petition { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = [];

    public string? ClosedBecause { get; private set; }

    public bool CanSend => petitions.CanSend;

    public int DebateThreshold => petitions.Thresholds.Debate;

    public int EvidenceThreshold => petitions.Thresholds.Evidence;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public async Task<IActionResult> OnGetAsync(int number) => await LoadAsync(number) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int number)
    {
        if (!await LoadAsync(number))
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(Website))
        {
            return RedirectToPage("CheckYourEmail", new { number });
        }
        try
        {
            await petitions.SignAsync(Council!.Id, number, Name, Email, HttpContext.RequestAborted);
            return RedirectToPage("CheckYourEmail", new { number });
        }
        catch (PetitionRefusedException refused)
        {
            foreach (var problem in refused.Problems)
            {
                if (problem.Field is null)
                {
                    ClosedBecause = problem.Message;
                }
                else
                {
                    Errors.TryAdd(problem.Field, problem.Message);
                }
            }
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int number)
    {
        if (!await LoadCouncilAsync(current) || await petitions.FindAsync(Council!.Id, number, HttpContext.RequestAborted) is not { } petition)
        {
            return false;
        }
        Petition = petition;
        Title = petition.Title;
        Crumbs(("Petitions", "/petitions"));
        return true;
    }
}
