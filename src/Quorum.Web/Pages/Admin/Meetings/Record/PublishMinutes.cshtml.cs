using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings.Record;

/// <summary>
/// "Are you sure?" before the minutes go public (GOV.UK's confirmation pattern): published minutes cannot be taken
/// back. The page says what will be published and what stays with members; the minutes page does the publishing.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class PublishMinutesModel(QuorumDbContext db) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public MeetingMinutes? Minutes { get; private set; }

    public int MinuteCount { get; private set; }

    /// <summary>Minutes of Part II items: they stay with members when the rest are published.</summary>
    public int PartTwoCount { get; private set; }

    /// <summary>Why the minutes cannot be published now (not yet approved, already published), or null.</summary>
    public string? NoLongerApplies => Minutes?.State switch
    {
        null or MinutesState.Draft => "The minutes have not been approved yet: record their approval at a later meeting of the body first.",
        MinutesState.Published => $"The minutes were published on {Display.Date(Minutes.PublishedOn!.Value)}.",
        _ => null,
    };

    public string MinutesPage => $"/admin/meetings/{Meeting.Id}/record/minutes";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Title = $"Publish the minutes – {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Minutes = await db.MeetingMinutes.AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == id, ct);
        MinuteCount = await db.Minutes.CountAsync(m => m.MeetingId == id, ct);
        PartTwoCount = await db.Minutes.CountAsync(m => m.MeetingId == id && m.AgendaItemId != null && m.AgendaItem!.Part == AgendaPart.PartII, ct);
        return Page();
    }
}
