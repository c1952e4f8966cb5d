using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Outcomes.Minutes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings.Record;

/// <summary>
/// The minutes of a recorded meeting: generated as a draft from the record in the council's style, edited by the
/// clerk, approved at a later meeting of the body, then published, which updates the public site and search.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class MinutesModel(QuorumDbContext db, MinutesService minutes, SiteClock clock) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public MeetingMinutes? Minutes { get; private set; }

    /// <summary>Later meetings of the same body, where the minutes may be approved and signed.</summary>
    public List<Meeting> LaterMeetings { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid? AtMeetingId { get; set; }

    [BindProperty]
    public string? Amendment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostDraftAsync(Guid id)
        => ChangeAsync(id, "draft", "Draft minutes generated from the record.", () => minutes.DraftAsync(id, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostEditAsync(Guid id)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            return RefuseAsync(id, "text", "Enter the text of the minutes");
        }
        return ChangeAsync(id, "text", "Your changes to the draft are saved.", () => minutes.EditAsync(id, Text, EditedMinutes.ToHtml(Text), HttpContext.RequestAborted));
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id)
    {
        if (AtMeetingId is null)
        {
            return RefuseAsync(id, "at-meeting", "Choose the meeting at which the minutes were approved");
        }
        return ChangeAsync(id, "at-meeting", "Approval recorded.", () => minutes.ApproveAsync(id, AtMeetingId.Value, string.IsNullOrWhiteSpace(Amendment) ? null : Amendment, HttpContext.RequestAborted));
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id)
        => ChangeAsync(id, "publish", "Minutes published; the public meeting page and search now show them.", () => minutes.PublishAsync(id, clock.Today, HttpContext.RequestAborted));

    private async Task<IActionResult> ChangeAsync(Guid id, string field, string notice, Func<Task<MeetingMinutes>> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            await change();
        }
        catch (ProcedureRuleException ex)
        {
            return await RefuseAsync(id, field, ex.Explanation);
        }
        Notice = notice;
        return Redirect($"/admin/meetings/{id}/record/minutes");
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string field, string message)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Errors[field] = message;
        return Page();
    }

    /// <summary>The public HTML of the clerk's text: paragraphs at blank lines, line breaks kept, nothing else trusted.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        db.ChangeTracker.Clear();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        Title = $"Minutes: {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Minutes = await db.MeetingMinutes.AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == id, ct);
        Text ??= Minutes?.Text;
        LaterMeetings = [.. (await db.Meetings.AsNoTracking()
                .Where(m => m.CommitteeId == meeting.CommitteeId && m.Date > meeting.Date && m.Status != MeetingStatus.Cancelled)
                .ToListAsync(ct))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)];
        return true;
    }
}
