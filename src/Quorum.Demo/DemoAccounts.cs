using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;

namespace Quorum.Demo;

/// <summary>
/// Demo only: one account per role, with the passwords printed in the README and on the console at first start,
/// so that someone trying Quorum can sign in at once. Created only when the database holds the demo council and
/// nothing else, has no accounts yet, and <c>Demo:Accounts</c> is true (the default alongside the demo council):
/// a real council's database, even one started before its first administrator is made, never gets them.
/// </summary>
public static partial class DemoAccounts
{
    public sealed record Account(string UserName, string Password, string Role, string DisplayName);

    public static readonly IReadOnlyList<Account> All =
    [
        new("admin", "admin-demo-password", StaffRoles.Administrator, "Alex Morgan, Systems Administrator"),
        new("clerk", "clerk-demo-password", StaffRoles.Clerk, "Sam Patel, Democratic Services Officer"),
        new("author", "author-demo-password", StaffRoles.ReportAuthor, "Chris Evans, Head of Service"),
        new("clearing", "clearing-demo-password", StaffRoles.ClearingOfficer, "Jo Frost, Finance Business Partner"),
        new("councillor", "councillor-demo-password", StaffRoles.Councillor, "Councillor"),
    ];

    public static async Task EnsureAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Demo:Accounts", app.Configuration.GetValue("Demo:SeedWhenEmpty", true)))
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDbContext>();
        if (await users.Users.AnyAsync() || !await HoldsOnlyTheDemoAsync(db))
        {
            return;
        }
        await CreateAsync(scope.ServiceProvider);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoAccounts));
        Log.Created(logger, string.Join("; ", All.Select(a => $"{a.UserName} / {a.Password} ({StaffRoles.Describe(a.Role)})")));
    }

    /// <summary>
    /// Creates the accounts, whatever council the database holds. The web host does so only for the demo council
    /// (<see cref="EnsureAsync"/>); tests that sign in to other councils with the same names call it themselves.
    /// </summary>
    public static async Task CreateAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var db = services.GetRequiredService<QuorumDbContext>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() }), role);
            }
        }
        var councillor = await CouncillorWithExemptBusinessAsync(db);
        foreach (var account in All)
        {
            var user = new StaffUser { UserName = account.UserName, DisplayName = account.DisplayName };
            if (account.Role == StaffRoles.Councillor && councillor is not null)
            {
                user.PersonId = councillor.Value.Id;
                user.DisplayName = $"Councillor {councillor.Value.Name}";
            }
            Check(await users.CreateAsync(user, account.Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
        }
    }

    /// <summary>Whether the only council in the database is the demo council the seeder made.</summary>
    public static async Task<bool> HoldsOnlyTheDemoAsync(QuorumDbContext db)
    {
        var councils = await db.Councils.IgnoreQueryFilters().Select(c => new { c.Name, c.Slug }).Take(2).ToListAsync();
        return councils is [{ Name: DemoNames.CouncilName, Slug.Value: DemoNames.CouncilSlug }];
    }

    /// <summary>Whether a council is the demo council the seeder makes (by its name and slug).</summary>
    public static bool IsDemoCouncil(Council council) =>
        council is { Name: DemoNames.CouncilName, Slug.Value: DemoNames.CouncilSlug };

    /// <summary>A councillor who sits on a committee with Part II business, so the demo shows what they may read.</summary>
    private static async Task<(Guid Id, string Name)?> CouncillorWithExemptBusinessAsync(QuorumDbContext db)
    {
        var committees = db.AgendaItems.Where(i => i.Part == AgendaPart.PartII).Select(i => i.Meeting!.CommitteeId);
        var person = await db.Memberships
            .Where(m => m.To == null && m.Person!.IsCouncillor && committees.Contains(m.CommitteeId))
            .Select(m => new { m.Person!.Id, m.Person.GivenName, m.Person.FamilyName })
            .FirstOrDefaultAsync()
            ?? await db.People.Where(p => p.IsCouncillor).OrderBy(p => p.FamilyName)
                .Select(p => new { p.Id, p.GivenName, p.FamilyName }).FirstOrDefaultAsync();
        return person is null ? null : (person.Id, $"{person.GivenName} {person.FamilyName}");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account '{what}' could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Demo staff accounts created (demo only; turn off with Demo:Accounts=false): {Accounts}. Sign in at /admin.")]
        public static partial void Created(ILogger logger, string accounts);
    }
}
