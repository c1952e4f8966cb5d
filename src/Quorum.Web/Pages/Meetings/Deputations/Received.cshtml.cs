using Microsoft.AspNetCore.Mvc;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings.Deputations;

/// <summary>The confirmation after a deputation request is sent, and what happens next.</summary>
public sealed class ReceivedModel(QuorumDbContext db, CurrentCouncil current) : SitePageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public string MeetingUrl => SiteUrls.Meeting(Meeting.Date, Meeting.Committee!.Slug);

    public async Task<IActionResult> OnGetAsync(string date, string committee)
    {
        if (!await LoadCouncilAsync(current) || await MeetingAddress.FindAsync(db, Council!.Id, date, committee, HttpContext.RequestAborted) is not { } meeting)
        {
            return NotFound();
        }
        Meeting = meeting;
        Title = $"Request received: {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Crumbs(("Committees", SiteUrls.Committees), (meeting.Committee.Name, SiteUrls.Committee(meeting.Committee.Slug)), (Display.Date(meeting.Date), MeetingUrl));
        return Page();
    }
}
