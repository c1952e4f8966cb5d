using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.People;

/// <summary>The council's people for Democratic Services: councillors with their group and ward, then everyone else.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil councils) : StaffPageModel
{
    public sealed record Row(Guid Id, string Name, bool IsCouncillor, string? Group, string? Ward);

    public IReadOnlyList<Row> Councillors { get; private set; } = [];

    public IReadOnlyList<Row> Others { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "People";
        var ct = HttpContext.RequestAborted;
        if (await councils.GetAsync(ct) is not { } council)
        {
            return;
        }
        var groups = await Choices.GroupsAsync(db, council.Id, ct);
        var wards = await Choices.WardsAsync(db, council.Id, ct);
        var people = await db.People.AsNoTracking().Where(p => p.CouncilId == council.Id).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct);
        var rows = people.Select(p => new Row(p.Id, p.DisplayName, p.IsCouncillor,
            groups.FirstOrDefault(g => g.Id == p.PartyGroupId).Name, wards.FirstOrDefault(w => w.Id == p.WardId).Name)).ToList();
        Councillors = [.. rows.Where(r => r.IsCouncillor)];
        Others = [.. rows.Where(r => !r.IsCouncillor)];
    }
}
