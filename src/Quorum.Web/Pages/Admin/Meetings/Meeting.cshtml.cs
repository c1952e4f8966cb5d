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
/// One meeting for Democratic Services: the agenda in order with each item's report, the publication deadline
/// (warning, with the date, once it has passed), adding, moving and removing items, cancelling or postponing, and
/// publishing the agenda.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class MeetingModel(QuorumDbContext db, AgendaEditor editor, AgendaPublisher publisher, SiteClock clock, ProcedureRulebook rulebook, Application.KeyDecisions.ForwardPlan forwardPlan) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<AgendaItem> Items { get; private set; } = [];

    public Dictionary<Guid, Report> Reports { get; private set; } = [];

    public List<AgendaPublication> Publications { get; private set; } = [];

    /// <summary>Key decisions on this agenda without the notice the 2012 Regulations require in time.</summary>
    public List<Application.KeyDecisions.KeyDecisionWarning> KeyDecisionWarnings { get; private set; } = [];

    public LocalDate PublishBy { get; private set; }

    public LocalDate Today => clock.Today;

    /// <summary>Publishing today would leave fewer than five clear working days before the meeting.</summary>
    public bool PastDeadline => Today > PublishBy;

    /// <summary>A new item now is a late item: it needs the chair's reason for urgency.</summary>
    public bool NewItemsAreLate => PastDeadline || Meeting.AgendaPublishedOn is not null;

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The agenda can still change and be published: the meeting is neither held nor cancelled, and its day has not passed.</summary>
    public bool AgendaOpen => Meeting.Status is not (MeetingStatus.Held or MeetingStatus.Cancelled) && Meeting.Date >= Today;

    /// <summary>Cancelling or postponing still applies: the meeting is neither held nor already cancelled.</summary>
    public bool CanChangeStatus => Meeting.Status is not (MeetingStatus.Held or MeetingStatus.Cancelled);

    /// <summary>Why the agenda can no longer change, in the clerk's words.</summary>
    public string Closed => Meeting.Status switch
    {
        MeetingStatus.Held => "The meeting has been held: its agenda can no longer change.",
        MeetingStatus.Cancelled => "The meeting was cancelled: its agenda can no longer change.",
        _ => "The meeting day has passed: its agenda can no longer change. Record what happened from the record page.",
    };

    [BindProperty]
    public string? ItemTitle { get; set; }

    [BindProperty]
    public string? ReportOf { get; set; }

    [BindProperty]
    public string Part { get; set; } = "I";

    [BindProperty]
    public int? Paragraph { get; set; }

    [BindProperty]
    public string? UrgencyReason { get; set; }

    /// <summary>Whether the new item is an education matter, on which education co-optees vote.</summary>
    [BindProperty]
    public bool EducationMatter { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddItemAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(ItemTitle))
        {
            Errors["item-title"] = "Enter the item's title";
        }
        Schedule12AParagraph? paragraph = null;
        if (Part == "II")
        {
            if (Paragraph is not (>= 1 and <= 7))
            {
                Errors["paragraph"] = "Choose the Schedule 12A paragraph that makes this Part II item exempt";
            }
            else
            {
                paragraph = new Schedule12AParagraph(Paragraph.Value);
            }
        }
        if (NewItemsAreLate && string.IsNullOrWhiteSpace(UrgencyReason))
        {
            Errors["urgency"] = $"The agenda deadline was {Display.Date(PublishBy)}: record the chair's reason for taking this item as urgent business";
        }
        if (Meeting.Status is not (MeetingStatus.Scheduled or MeetingStatus.Postponed))
        {
            Errors["item-title"] = Closed;
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        var item = new AgendaItem { MeetingId = id, Number = 1, Title = ItemTitle!.Trim(), ReportOf = string.IsNullOrWhiteSpace(ReportOf) ? null : ReportOf.Trim(), IsEducationMatter = EducationMatter };
        if (paragraph is not null)
        {
            item.TakeInPrivate(paragraph);
        }
        if (NewItemsAreLate)
        {
            item.TakeAsUrgent(UrgencyReason!);
        }
        await editor.AddAsync(id, item, HttpContext.RequestAborted);
        Notice = $"Added '{item.Title}'" + (NewItemsAreLate ? " as urgent business, with the chair's reason recorded for the minutes." : ".");
        return Redirect($"/admin/meetings/{id}");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid item, int direction)
    {
        if (!await editor.MoveAsync(id, item, direction, HttpContext.RequestAborted))
        {
            Notice = "That item cannot move further: items stay within their part of the agenda.";
        }
        return Redirect($"/admin/meetings/{id}#agenda");
    }

    public async Task<IActionResult> OnPostEducationAsync(Guid id, Guid item, bool on)
    {
        if (!await LoadAsync(id) || Items.FirstOrDefault(i => i.Id == item) is not { } marked)
        {
            return NotFound();
        }
        await editor.MarkEducationMatterAsync(id, item, on, HttpContext.RequestAborted);
        Notice = on
            ? $"Item {marked.Number} is marked as an education matter: co-optees who vote on education matters may vote on it."
            : $"Item {marked.Number} is no longer marked as an education matter.";
        return Redirect($"/admin/meetings/{id}#agenda");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid item)
    {
        if (!await LoadAsync(id) || Items.All(i => i.Id != item))
        {
            return NotFound();
        }
        if (Meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled)
        {
            Notice = Closed;
            return Redirect($"/admin/meetings/{id}");
        }
        await editor.RemoveAsync(id, item, HttpContext.RequestAborted);
        Notice = "Item removed and the agenda renumbered.";
        return Redirect($"/admin/meetings/{id}#agenda");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            var result = await publisher.PublishAsync(id, Actor, HttpContext.RequestAborted);
            Notice = $"Agenda published (version {result.Version}, {result.PageCount} pages" +
                (result.HasPartIIPack ? ", with a Part II pack for members" : "") +
                (result.ItemsToFollow > 0 ? $"; {result.ItemsToFollow} item(s) to follow" : "") + ").";
            return Redirect($"/admin/meetings/{id}");
        }
        catch (PublishRefusedException ex)
        {
            Errors["publish"] = ex.Message;
            await LoadAsync(id);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostPublishSupplementaryAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            var result = await publisher.PublishSupplementaryAsync(id, HttpContext.RequestAborted);
            Notice = $"Supplementary agenda published ({result.ReportsPublished} report(s), item(s) {string.Join(", ", result.Items)}, {result.PageCount} pages). The agenda pack is unchanged.";
            return Redirect($"/admin/meetings/{id}");
        }
        catch (PublishRefusedException ex)
        {
            Errors["supplementary"] = ex.Message;
            await LoadAsync(id);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        Title = $"{meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        PublishBy = new Deadlines(rulebook.For(meeting.Date, meeting.Committee.Name)).LatestAgendaPublication(meeting.Date);
        Items = AgendaTemplate.InOrder(await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).ToListAsync(ct));
        var itemIds = Items.Select(i => i.Id).ToList();
        Reports = (await db.Reports.AsNoTracking().Where(r => r.AgendaItemId != null && itemIds.Contains(r.AgendaItemId.Value)).ToListAsync(ct))
            .GroupBy(r => r.AgendaItemId!.Value).ToDictionary(g => g.Key, g => g.First());
        Publications = await db.AgendaPublications.AsNoTracking().Where(p => p.MeetingId == id).OrderByDescending(p => p.Version).ToListAsync(ct);
        KeyDecisionWarnings = await forwardPlan.WarningsForMeetingAsync(id, ct);
        return true;
    }
}
