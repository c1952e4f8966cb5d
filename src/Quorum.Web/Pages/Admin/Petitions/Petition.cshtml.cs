using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Petitions;

/// <summary>
/// One petition for Democratic Services: the starter's contact details (staff only), publish it or reject it with a
/// reason (each confirmed first on its own page, told to the starter by e-mail, and final), and once published record the council's response and the
/// agenda item, report and decision that answer it, chosen from the council's records.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class PetitionModel(CurrentCouncil current, Application.Participation.Petitions petitions) : StaffPageModel
{
    public Petition Petition { get; private set; } = null!;

    public int Signatures { get; private set; }

    public NodaTime.LocalDate ResponseDue => petitions.Thresholds.ResponseDue(Petition.ClosesOn);

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? ResponseText { get; set; }

    [BindProperty]
    public Guid? AnsweredByItem { get; set; }

    [BindProperty]
    public Guid? AnsweredByReport { get; set; }

    [BindProperty]
    public Guid? AnsweredByDecision { get; set; }

    /// <summary>The council's records a response may link to, from the petition's receipt on.</summary>
    public Application.Participation.PetitionAnswerChoices Choices { get; private set; } = new([], [], []);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(Guid id) =>
        ActAsync(id, () => petitions.PublishAsync(id, Actor, HttpContext.RequestAborted), "The petition is published, and its starter has been emailed.", null);

    public Task<IActionResult> OnPostRespondAsync(Guid id) =>
        ActAsync(id, () => petitions.RespondAsync(id, ResponseText ?? "", new PetitionAnswers(AnsweredByItem, AnsweredByReport, AnsweredByDecision), HttpContext.RequestAborted), "The council's response is recorded and shown on the petition's public page.", "response");

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<Petition>> act, string done, string? field)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            await act();
            Notice = done;
            return RedirectToPage(new { id });
        }
        catch (ProcedureRuleException ex)
        {
            var message = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..];
            if (field is null)
            {
                Notice = message + ".";
                return RedirectToPage(new { id });
            }
            Errors[field] = message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council
            || (await petitions.ForStaffAsync(council.Id, HttpContext.RequestAborted)).SingleOrDefault(p => p.Petition.Id == id) is not { Petition: not null } found)
        {
            return false;
        }
        (Petition, Signatures) = found;
        ResponseText ??= Petition.Response;
        AnsweredByItem ??= Petition.AnsweredByItemId;
        AnsweredByReport ??= Petition.AnsweredByReportId;
        AnsweredByDecision ??= Petition.AnsweredByDecisionId;
        if (Petition.IsPublished)
        {
            Choices = await petitions.AnswerChoicesAsync(Petition, HttpContext.RequestAborted);
        }
        Title = $"Petition {Petition.Number}: {Petition.Title}";
        return true;
    }
}
