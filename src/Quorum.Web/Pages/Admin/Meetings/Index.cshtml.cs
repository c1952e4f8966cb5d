using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;
using Quorum.Domain.Rules;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings;

/// <summary>Democratic Services' list of coming meetings, with each agenda's publication deadline.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, SiteClock clock, ProcedureRulebook rulebook) : StaffPageModel
{
    public sealed record Row(Meeting Meeting, NodaTime.LocalDate PublishBy);

    public List<Row> Meetings { get; private set; } = [];

    public NodaTime.LocalDate Today => clock.Today;

    public async Task OnGetAsync()
    {
        Title = "Meetings";
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Committee)
            .Where(m => m.Date >= clock.Today)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Take(60)
            .ToListAsync(HttpContext.RequestAborted);
        Meetings = [.. meetings.Select(m => new Row(m, new Deadlines(rulebook.For(m.Date, m.Committee!.Name)).LatestAgendaPublication(m.Date)))];
    }
}
