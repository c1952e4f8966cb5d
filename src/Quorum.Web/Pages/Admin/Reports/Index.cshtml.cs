using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>A report on a list: its meeting and item, where it is in the workflow and who drafted it.</summary>
public sealed record ReportRow(Guid Id, string Subject, string Committee, LocalDate MeetingDate, int? ItemNumber, PublicationState State, string? DraftedBy, string? ReturnReason);

/// <summary>A business item of a coming meeting that has no report yet.</summary>
public sealed record ItemWanting(Guid ItemId, string Title, string? ReportOf, string Committee, LocalDate MeetingDate, int Number);

/// <summary>
/// The reports list, by role: an author's own reports; a clearing officer's reports awaiting clearance; Democratic
/// Services' reports for every coming meeting. Authors and clerks also see the business items still wanting a report.
/// </summary>
[Authorize(Roles = ReportAccess.Roles)]
public sealed class IndexModel(QuorumDbContext db, SiteClock clock) : StaffPageModel
{
    public List<ReportRow> Mine { get; private set; } = [];

    public List<ReportRow> AwaitingClearance { get; private set; } = [];

    public List<ReportRow> ComingMeetings { get; private set; } = [];

    public List<ItemWanting> ItemsWantingReports { get; private set; } = [];

    /// <summary>How many items want a report in all (across all committees the list shows the soonest <see cref="Shown"/>).</summary>
    public int ItemsWantingCount { get; private set; }

    public const int Shown = 25;

    /// <summary>Narrows the items wanting a report to one committee's meetings.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Committee { get; set; }

    public List<(Guid Id, string Name)> Committees { get; private set; } = [];

    public bool IsAuthor => User.IsInRole(StaffRoles.ReportAuthor);

    public bool IsClearingOfficer => User.IsInRole(StaffRoles.ClearingOfficer);

    public async Task OnGetAsync()
    {
        Title = "Reports";
        var ct = HttpContext.RequestAborted;
        var today = clock.Today;
        var council = await CouncilIdAsync();
        var rows = db.Reports.AsNoTracking().Where(r => r.CouncilId == council).Select(r => new
        {
            // A report not (yet) on an agenda shows the body it is for.
            Row = new ReportRow(r.Id, r.Subject, r.AgendaItem!.Meeting!.Committee!.Name ?? r.ReportFor, r.DateOfMeeting, (int?)r.AgendaItem.Number, r.State, r.DraftedBy, r.ReturnReason),
            r.DraftedBy,
            r.State,
            r.DateOfMeeting,
        });
        if (IsAuthor)
        {
            Mine = (await rows.Where(r => r.DraftedBy == Actor).ToListAsync(ct)).Select(r => r.Row).OrderByDescending(r => r.MeetingDate).ToList();
        }
        if (IsClearingOfficer)
        {
            AwaitingClearance = (await rows.Where(r => r.State == PublicationState.Submitted).ToListAsync(ct)).Select(r => r.Row).OrderBy(r => r.MeetingDate).ToList();
        }
        if (IsClerk)
        {
            ComingMeetings = (await rows.Where(r => r.DateOfMeeting >= today).ToListAsync(ct)).Select(r => r.Row)
                .OrderBy(r => r.MeetingDate).ThenBy(r => r.Committee).ThenBy(r => r.ItemNumber).ToList();
        }
        if (IsAuthor || IsClerk)
        {
            var items = await ItemsWantingReportsAsync(db, council, today, Committee, ct);
            ItemsWantingCount = items.Count;
            // All committees at once would list every coming item of the year: show the soonest, and one committee's in full.
            ItemsWantingReports = [.. items.Take(Committee is null ? Shown : int.MaxValue)];
            Committees = [.. (await db.Committees.AsNoTracking().Where(c => c.CouncilId == council).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name))];
        }
    }

    /// <summary>Business items (not procedural ones) of the council's coming, not cancelled meetings that have no report yet.</summary>
    public static async Task<List<ItemWanting>> ItemsWantingReportsAsync(QuorumDbContext db, Guid? councilId, LocalDate today, Guid? committee, CancellationToken ct)
    {
        var withReports = db.Reports.Where(r => r.AgendaItemId != null).Select(r => r.AgendaItemId!.Value);
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Meeting!.Committee!.CouncilId == councilId && i.Standing == null && i.Meeting.Date >= today
                && (i.Meeting.Status == MeetingStatus.Scheduled || i.Meeting.Status == MeetingStatus.Postponed)
                && (committee == null || i.Meeting.CommitteeId == committee)
                && !withReports.Contains(i.Id))
            .Select(i => new ItemWanting(i.Id, i.Title, i.ReportOf, i.Meeting!.Committee!.Name, i.Meeting.Date, i.Number))
            .ToListAsync(ct);
        // Items from older or imported agendas carry no template mark: their titles tell the procedural ones.
        return [.. items.Where(i => !AgendaTemplate.IsProceduralTitle(i.Title)).OrderBy(i => i.MeetingDate).ThenBy(i => i.Committee).ThenBy(i => i.Number)];
    }
}
