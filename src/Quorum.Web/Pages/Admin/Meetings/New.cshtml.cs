using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;

namespace Quorum.Web.Pages.Admin.Meetings;

/// <summary>Creates a meeting with the committee's standing items in template order, ready for business items.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class NewModel(QuorumDbContext db, MeetingSchedule schedule) : StaffPageModel
{
    public List<Committee> Committees { get; private set; } = [];

    [BindProperty]
    public Guid CommitteeId { get; set; }

    [BindProperty]
    public DateInput Date { get; set; } = new();

    [BindProperty]
    public string StartTime { get; set; } = "19:30";

    [BindProperty]
    public string Venue { get; set; } = "";

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadAsync();
        var committee = Committees.FirstOrDefault(c => c.Id == CommitteeId);
        if (committee is null)
        {
            Errors["committee"] = "Choose the committee the meeting is of";
        }
        var date = Date.Check(Errors, DateField.ErrorKeyOf("date"), "date of the meeting");
        var time = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(StartTime ?? "");
        if (!time.Success)
        {
            Errors["time"] = "Enter the start time as hours and minutes, for example 19:30";
        }
        if (string.IsNullOrWhiteSpace(Venue))
        {
            Errors["venue"] = "Enter the venue, for example Committee Rooms 1 & 2, Civic Centre";
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        var meeting = await schedule.CreateAsync(committee!.Id, date!.Value, time.Value, Venue, ct);
        Notice = $"Meeting created with {meeting.AgendaItems.Count} standing items. Add the business items.";
        return Redirect($"/admin/meetings/{meeting.Id}");
    }

    private async Task LoadAsync()
    {
        Title = "Create a meeting";
        // A retired body meets no more; its past meetings stay on the meetings list.
        var council = await CouncilIdAsync();
        Committees = await db.Committees.AsNoTracking().Where(c => c.CouncilId == council && c.RetiredOn == null).OrderBy(c => c.Name).ToListAsync(HttpContext.RequestAborted);
    }
}
