using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// Starts the report for a business item on a coming agenda. Democratic Services put the item on the agenda (with
/// whose report it is); the officer who writes it then starts it here, or the clerk starts it and names the author,
/// as when a report is commissioned. Either way the cover sheet starts filled in from the meeting and the item.
/// </summary>
[Authorize(Roles = $"{StaffRoles.ReportAuthor},{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class NewModel(QuorumDbContext db, ReportDrafts drafts, UserManager<StaffUser> users, SiteClock clock) : StaffPageModel
{
    public AgendaItem? Item { get; private set; }

    public List<ItemWanting> Items { get; private set; } = [];

    public List<StaffUser> Authors { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? ItemId { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? ResponsibleOfficer { get; set; }

    [BindProperty]
    public string? Author { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] Guid? item)
    {
        ItemId ??= item;
        await LoadAsync();
        if (Item is not null)
        {
            Subject = Item.Title;
            ResponsibleOfficer = Item.ReportOf;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadAsync();
        if (Item is null)
        {
            Errors["item"] = "Choose the agenda item the report is for: a business item of a coming meeting";
            return Page();
        }
        if (await db.Reports.AnyAsync(r => r.AgendaItemId == Item.Id, ct))
        {
            Errors["item"] = $"Item {Item.Number}, '{Item.Title}', already has a report";
        }
        if (string.IsNullOrWhiteSpace(Subject))
        {
            Errors["subject"] = "Enter the subject of the report";
        }
        else if (Subject.Length > 500)
        {
            Errors["subject"] = "The subject must be 500 characters or fewer";
        }
        if (ResponsibleOfficer?.Length > 300)
        {
            Errors["responsible-officer"] = "The responsible officer must be 300 characters or fewer";
        }
        var author = Actor;
        if (IsClerk)
        {
            if (Authors.All(a => a.UserName != Author))
            {
                Errors["author"] = "Choose the officer who will write the report";
            }
            author = Author ?? "";
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        var report = await drafts.StartAsync(Item, Subject!, ResponsibleOfficer, author, ct);
        Notice = IsClerk && author != Actor ? $"Report started and assigned to {author}." : "Report started. Fill in the cover sheet and Section 1, then submit it for clearance.";
        return Redirect($"/admin/reports/{report.Id}");
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Title = "Start a report";
        if (ItemId is { } id)
        {
            Item = await db.AgendaItems.Include(i => i.Meeting).ThenInclude(m => m!.Committee)
                .SingleOrDefaultAsync(i => i.Id == id && i.Standing == null && i.Meeting!.Date >= clock.Today
                    && (i.Meeting.Status == MeetingStatus.Scheduled || i.Meeting.Status == MeetingStatus.Postponed), ct);
            if (Item is not null && AgendaTemplate.IsProcedural(Item))
            {
                Item = null;
            }
        }
        if (Item is null)
        {
            Items = [.. (await IndexModel.ItemsWantingReportsAsync(db, await CouncilIdAsync(), clock.Today, null, ct)).Take(IndexModel.Shown)];
        }
        if (IsClerk)
        {
            Authors = [.. (await users.GetUsersInRoleAsync(StaffRoles.ReportAuthor)).OrderBy(u => u.DisplayName)];
        }
    }
}
