using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Web.Pages.Admin.Meetings.Questions;

/// <summary>
/// Rejecting a public question: the clerk chooses a reason from the rules, then confirms on a second step, because
/// a rejection cannot be undone.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class RejectModel(QuorumDbContext db, PublicQuestions questions) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public PublicQuestion Question { get; private set; } = null!;

    [BindProperty]
    public QuestionRejection? Reason { get; set; }

    /// <summary>The reason is chosen: the page asks the clerk to confirm.</summary>
    public bool Confirming { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid questionId) => await LoadAsync(id, questionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChooseAsync(Guid id, Guid questionId)
    {
        if (!await LoadAsync(id, questionId))
        {
            return NotFound();
        }
        if (Reason is null || !Enum.IsDefined(Reason.Value))
        {
            Errors["reason"] = "Choose why the question is rejected";
            return Page();
        }
        Confirming = true;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid questionId)
    {
        if (!await LoadAsync(id, questionId))
        {
            return NotFound();
        }
        if (Reason is null || !Enum.IsDefined(Reason.Value))
        {
            Errors["reason"] = "Choose why the question is rejected";
            return Page();
        }
        try
        {
            await questions.RejectAsync(questionId, Reason.Value, Actor, HttpContext.RequestAborted);
            Notice = $"Question {Question.Number} rejected. Reason: {QuestionRules.Describe(Reason.Value)}. Tell the questioner why at the email address they gave.";
        }
        catch (ProcedureRuleException ex)
        {
            Notice = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..] + ".";
        }
        return RedirectToPage("Index", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid questionId)
    {
        if (await QuestionOnFile.LoadAsync(db, id, questionId, HttpContext.RequestAborted) is not { } onFile)
        {
            return false;
        }
        (Meeting, Question) = onFile;
        Title = $"Reject question {Question.Number}: {Meeting.Committee!.Name}, {Site.Display.Date(Meeting.Date)}";
        return true;
    }
}
