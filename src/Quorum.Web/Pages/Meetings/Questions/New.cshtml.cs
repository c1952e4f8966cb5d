using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings.Questions;

/// <summary>
/// A resident asks a question for a meeting's Public Questions item while questions are open. Not cached: it
/// shows whether the deadline has passed as of now. The rules (deadline, one per person, limits) are
/// <see cref="PublicQuestions"/>'s; this page binds the form and shows what it says.
/// </summary>
public sealed class NewModel(QuorumDbContext db, CurrentCouncil current, PublicQuestions questions) : SitePageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public LocalDateTime Deadline { get; private set; }

    /// <summary>Why questions cannot be sent now (the deadline passed, the meeting cancelled), or null while open.</summary>
    public string? ClosedBecause { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public string MeetingUrl => SiteUrls.Meeting(Meeting.Date, Meeting.Committee!.Slug);

    public async Task<IActionResult> OnGetAsync(string date, string committee) => await LoadAsync(date, committee) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string date, string committee)
    {
        if (!await LoadAsync(date, committee))
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(Website))
        {
            // A robot: thanked as a person would be, and nothing is stored.
            return RedirectToPage("Received", new { date, committee });
        }
        if (ClosedBecause is not null)
        {
            return Page();
        }
        try
        {
            // Taken, or a second from the same address: answered alike, and the address is told by mail which.
            await questions.AskAsync(Meeting.Id, new QuestionForm(Name, Email, Question), HttpContext.RequestAborted);
            return RedirectToPage("Received", new { date, committee });
        }
        catch (QuestionRefusedException refused)
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

    private async Task<bool> LoadAsync(string date, string committee)
    {
        if (!await LoadCouncilAsync(current) || await MeetingAddress.FindAsync(db, Council!.Id, date, committee, HttpContext.RequestAborted) is not { } meeting)
        {
            return false;
        }
        Meeting = meeting;
        Deadline = questions.Deadline(meeting);
        ClosedBecause = questions.Closed(meeting);
        Title = $"Ask a question: {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Crumbs(("Committees", SiteUrls.Committees), (meeting.Committee.Name, SiteUrls.Committee(meeting.Committee.Slug)), (Display.Date(meeting.Date), MeetingUrl));
        return true;
    }
}
