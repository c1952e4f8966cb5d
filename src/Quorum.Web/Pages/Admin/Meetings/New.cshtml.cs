using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;

namespace Quorum.Web.Pages.Admin.Meetings;

/// <summary>Creates a meeting with the committee's standing items in template order, ready for business items.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class NewModel(QuorumDbContext db) : StaffPageModel
{
    public List<Committee> Committees { get; private set; } = [];

    [BindProperty]
    public Guid CommitteeId { get; set; }

    [BindProperty]
    public string Date { get; set; } = "";

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
        var date = LocalDatePattern.Iso.Parse(Date ?? "");
        if (!date.Success)
        {
            Errors["date"] = "Enter the meeting date, for example 2026-12-14";
        }
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
        var meeting = new Meeting { CommitteeId = committee!.Id, Date = date.Value, StartTime = time.Value };
        meeting.SetPlace(Venue, null);
        var previous = await db.Meetings.Where(m => m.CommitteeId == committee.Id && m.Date < date.Value && m.Status != MeetingStatus.Cancelled)
            .OrderByDescending(m => m.Date).Select(m => (LocalDate?)m.Date).FirstOrDefaultAsync(ct);
        var number = 1;
        foreach (var standing in AgendaTemplate.StandingItems(committee.Name, previous))
        {
            meeting.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, Number = number++, Title = standing.Title, Description = standing.Description, Standing = standing.Standing });
        }
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        Notice = $"Meeting created with {meeting.AgendaItems.Count} standing items. Add the business items.";
        return Redirect($"/admin/meetings/{meeting.Id}");
    }

    private async Task LoadAsync()
    {
        Title = "Create a meeting";
        Committees = await db.Committees.AsNoTracking().OrderBy(c => c.Name).ToListAsync(HttpContext.RequestAborted);
    }
}
