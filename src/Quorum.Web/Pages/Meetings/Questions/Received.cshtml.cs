using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings.Questions;

/// <summary>
/// The confirmation after a question is sent and what happens next. Its number comes by mail, not here: the page
/// reads the same whether or not the address had already asked, so it tells nobody who else has asked.
/// </summary>
public sealed class ReceivedModel(QuorumDbContext db, CurrentCouncil current, PublicQuestions questions) : SitePageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public string MeetingUrl => SiteUrls.Meeting(Meeting.Date, Meeting.Committee!.Slug);

    public NodaTime.LocalDateTime Deadline { get; private set; }

    public async Task<IActionResult> OnGetAsync(string date, string committee)
    {
        if (!await LoadCouncilAsync(current) || await MeetingAddress.FindAsync(db, Council!.Id, date, committee, HttpContext.RequestAborted) is not { } meeting)
        {
            return NotFound();
        }
        Meeting = meeting;
        Deadline = questions.Deadline(meeting);
        Title = $"Question received: {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Crumbs(("Committees", SiteUrls.Committees), (meeting.Committee.Name, SiteUrls.Committee(meeting.Committee.Slug)), (Display.Date(meeting.Date), MeetingUrl));
        return Page();
    }
}
