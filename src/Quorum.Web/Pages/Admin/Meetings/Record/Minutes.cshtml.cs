using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings.Record;

/// <summary>
/// The minutes of a recorded meeting: generated as a draft from the record in the council's style, edited by the
/// clerk minute by minute (heading, text, decisions), approved at a later meeting of the body, then published, which
/// updates the public site and search.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class MinutesModel(QuorumDbContext db, MinutesService minutes, SiteClock clock) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public MeetingMinutes? Minutes { get; private set; }

    /// <summary>The numbered minutes the clerk edits, in order.</summary>
    public List<Minute> Numbered { get; private set; } = [];

    /// <summary>Later meetings of the same body, where the minutes may be approved and signed.</summary>
    public List<Meeting> LaterMeetings { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The minute being saved, whose posted words are shown back with an error.</summary>
    [BindProperty]
    public int? Number { get; set; }

    [BindProperty]
    public string? Heading { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Dictionary<Guid, string> Decisions { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, string> DecisionParts { get; set; } = [];

    [BindProperty]
    public Guid? AtMeetingId { get; set; }

    [BindProperty]
    public string? Amendment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostDraftAsync(Guid id)
        => ChangeAsync(id, "draft", "Draft minutes generated from the record.", () => minutes.DraftAsync(id, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostEditAsync(Guid id)
    {
        if (Number is not { } number)
        {
            return RefuseAsync(id, "draft", "Choose the minute to save");
        }
        if (string.IsNullOrWhiteSpace(Heading))
        {
            return RefuseAsync(id, $"minute-{number}-heading", $"Enter the heading of minute {number}");
        }
        if (Decisions.Where(d => string.IsNullOrWhiteSpace(d.Value)).Select(d => (Guid?)d.Key).FirstOrDefault() is { } empty)
        {
            return RefuseAsync(id, $"resolution-{empty}", $"Enter the words of the decision in minute {number}");
        }
        var edit = new MinuteEdit(
            number,
            Heading,
            Text ?? "",
            [.. Decisions.Select(d => new ResolutionEdit(d.Key, d.Value, Lines(DecisionParts.GetValueOrDefault(d.Key))))]);
        return ChangeAsync(id, $"minute-{number}-heading", $"Your changes to minute {number} are saved.", () => minutes.EditMinuteAsync(id, edit, HttpContext.RequestAborted));
    }

    /// <summary>What the clerk sees in a box: the posted words of the minute being saved, else the record's.</summary>
    public string HeadingOf(Minute minute) => minute.Number.Value == Number && Heading is not null ? Heading : minute.Title;

    public string TextOf(Minute minute) => minute.Number.Value == Number && Text is not null ? Text : minute.Body;

    public string DecisionOf(Resolution resolution) => Decisions.GetValueOrDefault(resolution.Id) ?? resolution.Text;

    public string PartsOf(Resolution resolution) => DecisionParts.GetValueOrDefault(resolution.Id) ?? string.Join('\n', resolution.Parts);

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

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
            return await RefuseAsync(id, field, Explain(ex));
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
        Numbered = [.. (await db.Minutes.AsNoTracking().Include(m => m.Resolutions).Where(m => m.MeetingId == id).ToListAsync(ct)).OrderBy(m => m.Number.Value)];
        LaterMeetings = [.. (await db.Meetings.AsNoTracking()
                .Where(m => m.CommitteeId == meeting.CommitteeId && m.Date > meeting.Date && m.Status != MeetingStatus.Cancelled)
                .ToListAsync(ct))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)];
        return true;
    }
}
