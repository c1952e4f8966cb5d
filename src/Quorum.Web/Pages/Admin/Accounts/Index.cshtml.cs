using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Accounts;

/// <summary>Every staff and councillor account, with its role and whether it is locked or disabled; administrators only.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class IndexModel(QuorumDbContext db) : StaffPageModel
{
    public sealed record Row(StaffUser User, string Roles, string? Councillor);

    public List<Row> Accounts { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Title = "Accounts";
        var ct = HttpContext.RequestAborted;
        // Identity stamps lockouts with the system clock, so they are read against it too.
        Now = DateTimeOffset.UtcNow;
        var mine = await Staff.ServesThisCouncil.CouncilOfAsync(db, User, ct);
        var users = await db.Users.AsNoTracking().Where(u => mine == null || u.CouncilId == mine).OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var people = users.Where(u => u.PersonId is not null).Select(u => u.PersonId!.Value).ToList();
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        Accounts = users.Select(u => new Row(
            u,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => StaffRoles.Describe(r.Name!))),
            u.PersonId is { } p ? names.GetValueOrDefault(p) : null)).ToList();
    }

    public string Status(StaffUser user) =>
        StaffIdentity.IsDisabled(user) ? "Disabled" : user.LockoutEnd > Now ? "Locked" : "Active";
}
