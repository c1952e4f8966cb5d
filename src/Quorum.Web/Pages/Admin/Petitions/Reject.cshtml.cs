using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Petitions;

/// <summary>
/// Rejecting a petition: the clerk writes the reason its starter will be sent, then confirms on a second step that
/// shows that reason as the starter will read it, because a rejection cannot be undone.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class RejectModel(CurrentCouncil current, Application.Participation.Petitions petitions) : PetitionStep(current, petitions)
{
    public const int ReasonLength = 500;

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The reason is written: the page asks the clerk to confirm.</summary>
    public bool Confirming { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, "Reject") ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckAsync(Guid id)
    {
        if (!await LoadAsync(id, "Reject"))
        {
            return NotFound();
        }
        Confirming = ReasonIsGiven();
        return Page();
    }

    /// <summary>Back from the confirmation to the form, with the reason as written.</summary>
    public async Task<IActionResult> OnPostEditAsync(Guid id) => await LoadAsync(id, "Reject") ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id)
    {
        if (!await LoadAsync(id, "Reject"))
        {
            return NotFound();
        }
        if (!ReasonIsGiven())
        {
            return Page();
        }
        try
        {
            await Petitions.RejectAsync(id, Reason!, Actor, HttpContext.RequestAborted);
            Notice = "The petition is rejected, and its starter has been emailed the reason.";
        }
        catch (ProcedureRuleException ex)
        {
            // Decided by someone else meanwhile: the petition's page shows what was decided.
            Notice = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..] + ".";
        }
        return Redirect(PetitionPage);
    }

    private bool ReasonIsGiven()
    {
        Reason = Reason?.Trim();
        if (string.IsNullOrEmpty(Reason))
        {
            Errors["reason"] = "Enter why the petition cannot be published";
        }
        else if (Reason.Length > ReasonLength)
        {
            Errors["reason"] = $"The reason must be {ReasonLength} characters or fewer";
        }
        return Errors.Count == 0;
    }
}
