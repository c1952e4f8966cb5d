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
/// Accepting a public question, after the clerk has seen what will be published: the question and the questioner's
/// name go on the meeting's public page at once, and a decision on a question cannot be changed.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class AcceptModel(QuorumDbContext db, PublicQuestions questions) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public PublicQuestion Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid questionId) => await LoadAsync(id, questionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid questionId)
    {
        if (!await LoadAsync(id, questionId))
        {
            return NotFound();
        }
        try
        {
            await questions.AcceptAsync(questionId, Actor, HttpContext.RequestAborted);
            Notice = $"Question {Question.Number} accepted. It is printed under Public Questions on the meeting's public page, and will be in the agenda pack when the agenda is next published.";
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
        Title = $"Accept question {Question.Number}: {Meeting.Committee!.Name}, {Site.Display.Date(Meeting.Date)}";
        return true;
    }
}
