using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Application.Staff;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary>
    /// <c>quorum admin create --user NAME --role Administrator [--name "Display name"] [--password-stdin] [--council SLUG] [--db PATH | --postgres CONNSTRING]</c>:
    /// creates a staff account, typically the first administrator of a new install (who then adds the others at
    /// /admin/accounts). The password is generated and printed once, or read from standard input. It is hashed by
    /// Identity's own hasher, through the same UserManager and rules as the site, so the web sign-in accepts it.
    /// </summary>
    public static Command Admin()
    {
        var database = new CliDatabase();
        var user = new Option<string>("--user") { Description = "The user name to sign in with.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", StaffRoles.All.Where(r => r != StaffRoles.Councillor))}.", DefaultValueFactory = _ => StaffRoles.Administrator };
        var name = new Option<string?>("--name") { Description = "Name and job title, as shown on screens and in the audit log (default: the user name)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of generating one." };
        var council = new Option<string?>("--council") { Description = "The slug of the one council the account serves, in an install of several (default: every council, for a shared-service team)." };
        var create = new Command("create", "Create a staff account (for a new install: the first administrator).") { user, role, name, passwordStdin, council };
        database.AddTo(create);
        create.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            if (settings.SqlitePath is { } path && !File.Exists(path))
            {
                throw new CliException($"No database at '{path}': create one with 'quorum migrate', or give --db.");
            }
            var status = await QuorumDatabase.CheckAsync(settings, SystemClock.Instance, cancellationToken);
            if (!status.Reachable)
            {
                throw new CliException($"Cannot open the {settings.Describe()}.");
            }
            if (!status.SchemaCurrent)
            {
                throw new CliException($"The {settings.Describe()} is not up to date: run 'quorum migrate' first.");
            }
            var requestedRole = parseResult.GetValue(role)!;
            if (string.Equals(requestedRole, StaffRoles.Councillor, StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException("--role Councillor: add councillors' accounts at /admin/accounts, which links the account to the councillor's record.");
            }
            var generated = !parseResult.GetValue(passwordStdin);
            var password = generated ? StaffIdentity.GeneratePassword() : await ReadPasswordAsync(cancellationToken);
            var userName = parseResult.GetValue(user)!;

            await using var services = StaffServices(settings, $"quorum admin create (as {Environment.UserName})");
            await using var scope = services.CreateAsyncScope();
            Guid? councilId = null;
            if (parseResult.GetValue(council) is { } slug)
            {
                var db = scope.ServiceProvider.GetRequiredService<QuorumDbContext>();
                councilId = (await db.Councils.Select(c => new { c.Id, c.Slug }).ToListAsync(cancellationToken))
                    .FirstOrDefault(c => string.Equals(c.Slug.Value, slug.Trim(), StringComparison.OrdinalIgnoreCase))?.Id
                    ?? throw new CliException($"--council: there is no council '{slug}' in the {settings.Describe()}.");
            }
            try
            {
                await scope.ServiceProvider.GetRequiredService<StaffAccountCreator>()
                    .CreateAsync(new NewStaffAccount(userName, parseResult.GetValue(name), requestedRole, null, password, councilId), cancellationToken);
            }
            catch (StaffAccountException ex)
            {
                throw new CliException($"--{(ex.Field == "user-name" ? "user" : ex.Field)}: {ex.Message}");
            }
            Console.Out.WriteLine($"Created the account '{userName.Trim()}' ({StaffRoles.Describe(StaffRoles.All.First(r => string.Equals(r, requestedRole, StringComparison.OrdinalIgnoreCase)))}) in the {settings.Describe()}.");
            if (generated)
            {
                Console.Out.WriteLine($"Password (shown only this once): {password}");
            }
            Console.Out.WriteLine("Sign in at /admin/sign-in.");
            return 0;
        });
        return new Command("admin", "Manage staff accounts.") { create };
    }

    private static async Task<string> ReadPasswordAsync(CancellationToken cancellationToken)
    {
        var line = await Console.In.ReadLineAsync(cancellationToken);
        if (string.IsNullOrEmpty(line))
        {
            throw new CliException("--password-stdin: no password on standard input.");
        }
        return line;
    }

    /// <summary>Identity over the Quorum database with the site's rules; changes are audit-logged under <paramref name="actor"/>.</summary>
    private static ServiceProvider StaffServices(DatabaseSettings settings, string actor)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ =>
        {
            var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
            db.Actor = actor;
            return db;
        });
        services.AddIdentityCore<StaffUser>(StaffIdentity.Configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<QuorumDbContext>();
        services.AddScoped<StaffAccountCreator>();
        return services.BuildServiceProvider();
    }
}
