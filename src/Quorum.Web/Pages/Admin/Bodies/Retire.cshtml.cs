using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Bodies;

/// <summary>Asks before a body is retired, which cannot be undone: its seats end on the day given, and it takes no new members.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class RetireModel(QuorumDbContext db, BodySetup setup, SiteClock clock) : StaffPageModel
{
    public Committee Body { get; private set; } = null!;

    public int Members { get; private set; }

    [BindProperty]
    public DateInput LastDay { get; set; } = new();

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        LastDay = DateInput.Of(clock.Today);
        return Body.IsRetired ? Redirect($"/admin/bodies/{id}") : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (LastDay.Check(Errors, DateField.ErrorKeyOf("last-day"), "last day of the body") is not { } lastDay)
        {
            return Page();
        }
        try
        {
            var body = await setup.RetireAsync(id, lastDay, HttpContext.RequestAborted);
            Notice = $"{body.Name} retired on {Display.Date(lastDay)}. Its seats ended that day.";
            return Redirect($"/admin/bodies/{id}");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? DateField.ErrorKeyOf("last-day")] = ex.Message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var body = await db.Committees.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (body is null)
        {
            return false;
        }
        Body = body;
        Title = $"Retire {body.Name}";
        var today = clock.Today;
        Members = await db.Memberships.CountAsync(m => m.CommitteeId == id && (m.To == null || m.To >= today), ct);
        return true;
    }
}
