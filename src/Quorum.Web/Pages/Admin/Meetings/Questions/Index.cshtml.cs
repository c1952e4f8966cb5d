using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Web.Pages.Admin.Meetings.Questions;

/// <summary>
/// The clerk's list of a meeting's public questions in order of receipt, with the questioners' contact details
/// (staff only), to go on to accept each (<see cref="AcceptModel"/>) or reject it with a reason (<see cref="RejectModel"/>).
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, PublicQuestions questions, Site.SiteClock clock) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<PublicQuestion> Questions { get; private set; } = [];

    public LocalDateTime Deadline { get; private set; }

    public bool Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>The meeting's day has come: answers given at it can be recorded.</summary>
    public bool CanRecordAnswers { get; private set; }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid questionId, string? answeredBy, string? answer)
    {
        if (!await LoadAsync(id) || Questions.SingleOrDefault(q => q.Id == questionId) is not { } question)
        {
            return NotFound();
        }
        try
        {
            await questions.RecordAnswerAsync(questionId, answeredBy ?? "", answer ?? "", HttpContext.RequestAborted);
            Notice = $"The answer to question {question.Number} is recorded and shown under it on the meeting's public page.";
        }
        catch (ProcedureRuleException ex)
        {
            Notice = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..] + ".";
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted) is not { } meeting)
        {
            return false;
        }
        Meeting = meeting;
        Questions = await questions.ForClerkAsync(id, HttpContext.RequestAborted);
        Deadline = questions.Deadline(meeting);
        Open = questions.Closed(meeting) is null;
        CanRecordAnswers = meeting.Date <= clock.Today;
        Title = $"Public questions: {meeting.Committee!.Name}, {Site.Display.Date(meeting.Date)}";
        return true;
    }
}
