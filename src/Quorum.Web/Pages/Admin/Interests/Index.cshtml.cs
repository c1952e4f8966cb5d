using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Interests;

/// <summary>
/// Democratic Services' list of the members' registers of interests: each councillor with their current entries,
/// dispensations in force and when their register last changed, so a register that has gone quiet stands out.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock) : StaffPageModel
{
    public sealed record Row(Guid PersonId, string Name, int Entries, int Dispensations, LocalDate? LastChanged);

    public List<Row> Councillors { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "Registers of interests";
        var ct = HttpContext.RequestAborted;
        // The same council and the same councillors as the public /people page.
        var council = await current.GetAsync(ct);
        if (council is null)
        {
            return;
        }
        var today = clock.Today;
        var people = await db.People.AsNoTracking().Where(p => p.CouncilId == council.Id && p.IsCouncillor).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var entries = (await db.RegisteredInterests.AsNoTracking().Where(i => ids.Contains(i.PersonId)).ToListAsync(ct)).ToLookup(i => i.PersonId);
        var dispensations = (await db.Dispensations.AsNoTracking().Where(d => ids.Contains(d.PersonId) && d.From <= today && d.Expires >= today).Select(d => d.PersonId).ToListAsync(ct))
            .CountBy(id => id).ToDictionary();
        Councillors = [.. people
            .OrderBy(p => p.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase)
            .Select(p => new Row(
                p.Id,
                p.DisplayName,
                entries[p.Id].Count(i => i.IsCurrentOn(today)),
                dispensations.GetValueOrDefault(p.Id),
                // The register changes when an entry starts or ends (an entry never ends before it starts).
                entries[p.Id].Max(i => (LocalDate?)(i.EndedOn ?? i.RegisteredOn))))];
    }
}
