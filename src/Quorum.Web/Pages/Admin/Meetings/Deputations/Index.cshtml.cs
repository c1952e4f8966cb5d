using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Web.Pages.Admin.Meetings.Deputations;

/// <summary>
/// The clerk's list of a meeting's deputation requests in order of receipt, with the requesters' contact details
/// (staff only), each going on to the chair's decision (<see cref="DecideModel"/>).
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, Application.Participation.Deputations deputations) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<Deputation> Requests { get; private set; } = [];

    /// <summary>Agenda item numbers and titles by id, to say what each request is about.</summary>
    public Dictionary<Guid, string> Items { get; private set; } = [];

    public NodaTime.LocalDateTime Deadline { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted) is not { } meeting)
        {
            return NotFound();
        }
        Meeting = meeting;
        Requests = await deputations.ForClerkAsync(id, HttpContext.RequestAborted);
        Items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).ToDictionaryAsync(i => i.Id, i => $"Item {i.Number}: {i.Title}", HttpContext.RequestAborted);
        Deadline = deputations.Deadline(meeting);
        Title = $"Deputations: {meeting.Committee!.Name}, {Site.Display.Date(meeting.Date)}";
        return Page();
    }
}
