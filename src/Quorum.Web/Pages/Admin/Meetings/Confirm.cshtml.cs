using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Domain.Rules;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings;

/// <summary>
/// "Are you sure?" before what cannot be undone on a meeting (GOV.UK's confirmation pattern): removing an agenda
/// item, publishing the agenda (listing what will go out without its papers first), publishing a supplementary
/// agenda (listing whose papers it carries and which still wait), cancelling or postponing. Removing and publishing
/// are then done by the meeting page; cancelling and postponing here, with their reason.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class ConfirmModel(QuorumDbContext db, MeetingSchedule schedule, SiteClock clock, ProcedureRulebook rulebook) : StaffPageModel
{
    public const string Remove = "remove";
    public const string Publish = "publish";
    public const string Cancel = "cancel";
    public const string Postpone = "postpone";
    public const string Supplementary = "supplementary";

    public string What { get; private set; } = "";

    public Meeting Meeting { get; private set; } = null!;

    public AgendaItem? Item { get; private set; }

    /// <summary>Items whose report is not yet cleared: they go out marked "To follow".</summary>
    public List<AgendaItem> ToFollow { get; private set; } = [];

    /// <summary>Business items with no report at all: nothing is printed for them.</summary>
    public List<AgendaItem> WithoutReport { get; private set; } = [];

    /// <summary>Items that went out "To follow" whose reports are now cleared: a supplementary agenda carries their papers.</summary>
    public List<AgendaItem> Followed { get; private set; } = [];

    /// <summary>Items that went out "To follow" whose reports are still not cleared: they wait for a later one.</summary>
    public List<AgendaItem> StillToFollow { get; private set; } = [];

    public int ItemCount { get; private set; }

    public int PartTwoCount { get; private set; }

    public LocalDate PublishBy { get; private set; }

    public bool PastDeadline => clock.Today > PublishBy;

    /// <summary>Why the action no longer applies (the meeting was held or cancelled, the item is gone), or null.</summary>
    public string? NoLongerApplies { get; private set; }

    public string MeetingPage => $"/admin/meetings/{Meeting.Id}";

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string what, Guid? item) => await LoadAsync(id, what, item) ? Page() : NotFound();

    /// <summary>Cancels or postpones, with the reason that the public page will give.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, string what)
    {
        if (!await LoadAsync(id, what, null) || What is not (Cancel or Postpone))
        {
            return NotFound();
        }
        if (NoLongerApplies is not null)
        {
            return Page();
        }
        Meeting meeting;
        try
        {
            meeting = await schedule.ChangeStatusAsync(id, What == Cancel, Reason ?? "", HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Errors["reason"] = ex.Message.Split(" (Parameter", 2)[0];
            return Page();
        }
        Notice = $"The meeting is {(meeting.Status == MeetingStatus.Cancelled ? "cancelled" : "postponed")}; the public page shows the reason.";
        return Redirect(MeetingPage);
    }

    private async Task<bool> LoadAsync(Guid id, string what, Guid? itemId)
    {
        var ct = HttpContext.RequestAborted;
        if (what is not (Remove or Publish or Cancel or Postpone or Supplementary))
        {
            return false;
        }
        What = what;
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        var items = AgendaTemplate.InOrder(await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).ToListAsync(ct));
        var itemIds = items.Select(i => i.Id).ToList();
        var reports = await db.Reports.AsNoTracking().Where(r => r.AgendaItemId != null && itemIds.Contains(r.AgendaItemId.Value))
            .Select(r => new { ItemId = r.AgendaItemId!.Value, r.State }).ToListAsync(ct);
        ItemCount = items.Count;
        PartTwoCount = items.Count(i => i.Part == AgendaPart.PartII);
        ToFollow = [.. items.Where(i => reports.Any(r => r.ItemId == i.Id && r.State.GoesOutToFollow()))];
        WithoutReport = [.. items.Where(i => !AgendaTemplate.IsProcedural(i) && !reports.Any(r => r.ItemId == i.Id))];
        // As the publisher chooses them (AgendaPublisher.PublishSupplementaryAsync): items to follow with a cleared report.
        Followed = [.. items.Where(i => i.ToFollow && reports.Any(r => r.ItemId == i.Id && r.State == PublicationState.Cleared))];
        StillToFollow = [.. items.Where(i => i.ToFollow && !Followed.Contains(i))];
        PublishBy = new Deadlines(rulebook.For(meeting.Date, meeting.Committee!.Name)).LatestAgendaPublication(meeting.Date);
        Item = itemId is { } chosen ? items.SingleOrDefault(i => i.Id == chosen) : null;
        Title = what switch
        {
            Remove => "Remove an agenda item",
            Publish => "Publish the agenda",
            Supplementary => "Publish a supplementary agenda",
            Cancel => "Cancel the meeting",
            _ => "Postpone the meeting",
        } + $" – {meeting.Committee.Name}, {Display.Date(meeting.Date)}";
        NoLongerApplies = meeting.Status switch
        {
            MeetingStatus.Held => "The meeting has been held, so its agenda and status can no longer change.",
            MeetingStatus.Cancelled => "The meeting was cancelled, so its agenda and status can no longer change.",
            _ when What is Remove && Item is null => "That item is no longer on the agenda.",
            _ when What is Publish && items.Count == 0 => "The agenda has no items yet: add them before publishing.",
            _ when What is Publish or Remove or Supplementary && meeting.Date < clock.Today => "The meeting day has passed, so its agenda can no longer change.",
            _ when What is Supplementary && meeting.AgendaPublishedOn is null => "The agenda has not been published yet: a supplementary agenda follows a published one.",
            _ when What is Supplementary && StillToFollow.Count + Followed.Count == 0 => "No item on this agenda is to follow, so there is nothing for a supplementary agenda to carry.",
            _ when What is Supplementary && Followed.Count == 0 => "None of the reports to follow has been cleared yet: the supplementary agenda can be published once one is.",
            _ => null,
        };
        return true;
    }
}
