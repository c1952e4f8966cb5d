using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;

namespace Quorum.Web.Pages.Admin.Actions;

/// <summary>
/// One body's action tracker as the clerk keeps it: every action, open ones first by due date, overdue ones flagged,
/// each with a red/amber/green rating the clerk updates as owners report, and "complete" to close it.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class TrackerModel(QuorumDbContext db, ActionTracker tracker) : StaffPageModel
{
    public Committee Committee { get; private set; } = null!;

    public IReadOnlyList<TrackedAction> Actions { get; private set; } = [];

    /// <summary>Where each action was minuted, so the clerk can open the item it came from.</summary>
    public Dictionary<Guid, (Guid MeetingId, int? ItemNumber)> Sources { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public Guid? ActionId { get; set; }

    [BindProperty]
    public ActionStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid committeeId) => await LoadAsync(committeeId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRateAsync(Guid committeeId)
    {
        if (!await LoadAsync(committeeId))
        {
            return NotFound();
        }
        var action = Actions.FirstOrDefault(a => a.Id == ActionId);
        if (action is null)
        {
            return NotFound();
        }
        if (Status is null)
        {
            Errors[$"status-{action.Id}"] = $"Choose the rating for the action on minute {action.MinuteNumber}";
            return Page();
        }
        if (action.CompletedOn is not null)
        {
            Errors[$"status-{action.Id}"] = $"The action on minute {action.MinuteNumber} was completed on {Site.Display.Date(action.CompletedOn.Value)}; add a new action if more is to be done";
            return Page();
        }
        await tracker.RateAsync(action.Id, Status.Value, HttpContext.RequestAborted);
        Notice = Status == ActionStatus.Complete
            ? $"The action on minute {action.MinuteNumber} is marked complete."
            : $"The action on minute {action.MinuteNumber} is now rated {Status.Value.ToString().ToLowerInvariant()}.";
        return Redirect($"/admin/actions/{committeeId}#action-{action.Id}");
    }

    private async Task<bool> LoadAsync(Guid committeeId)
    {
        var ct = HttpContext.RequestAborted;
        var committee = await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Id == committeeId, ct);
        if (committee is null)
        {
            return false;
        }
        Committee = committee;
        Title = $"{committee.Name}: action tracker";
        Actions = await tracker.TrackerAsync(committeeId, cancellationToken: ct);
        var ids = Actions.Select(a => a.Id).ToList();
        Sources = await (
            from a in db.ActionPoints.AsNoTracking()
            where ids.Contains(a.Id)
            join m in db.Minutes on a.MinuteId equals m.Id
            join i in db.AgendaItems on m.AgendaItemId equals (Guid?)i.Id into items
            from i in items.DefaultIfEmpty()
            select new { a.Id, m.MeetingId, Number = (int?)i.Number })
            .ToDictionaryAsync(x => x.Id, x => (x.MeetingId, x.Number), ct);
        return true;
    }
}
