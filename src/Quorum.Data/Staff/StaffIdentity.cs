using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Quorum.Data.Staff;

/// <summary>
/// The account rules the web sign-in and the <c>quorum admin</c> command share: Identity's password and lockout
/// options, generated passwords, and creating an account with its role, so that an account made either way signs
/// in the same way (Identity's PBKDF2 hasher through <see cref="UserManager{TUser}"/>).
/// </summary>
public static class StaffIdentity
{
    /// <summary>
    /// Failed sign-ins (from anywhere) before an account is locked, and for how long. Above the web sign-in's
    /// per-address limit, so that nobody can lock another person's account from one address.
    /// </summary>
    public const int MaxFailedSignIns = 20;

    public const int MinimumPasswordLength = 12;

    public static readonly TimeSpan LockoutFor = TimeSpan.FromMinutes(15);

    // Letters and digits that cannot be misread for one another when read out or copied from a screen.
    private const string PasswordCharacters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Length over composition rules, as the NCSC's password guidance advises.
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireDigit = false;
        options.Password.RequireUppercase = false;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutFor;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>A random 20-character password (about 115 bits), to be shown once and changed or kept safe.</summary>
    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordCharacters, 20);

    /// <summary>An account disabled by an administrator: locked out with no end.</summary>
    public static bool IsDisabled(StaffUser user) => user?.LockoutEnd is { } end && end >= DateTimeOffset.MaxValue.AddYears(-1);

    /// <summary>
    /// Creates an account with its role (the role created if the database has none yet). Throws
    /// <see cref="StaffAccountException"/> naming the field when the user name is taken, the role unknown, a
    /// councillor has no Person, or the password breaks the rules.
    /// </summary>
    public static async Task<StaffUser> CreateAsync(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, NewStaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(account);
        var role = StaffRoles.All.FirstOrDefault(r => string.Equals(r, account.Role, StringComparison.OrdinalIgnoreCase))
            ?? throw new StaffAccountException("role", $"There is no role '{account.Role}'; choose one of {string.Join(", ", StaffRoles.All)}.");
        if (string.IsNullOrWhiteSpace(account.UserName))
        {
            throw new StaffAccountException("user-name", "Enter a user name.");
        }
        if (await users.FindByNameAsync(account.UserName.Trim()) is not null)
        {
            throw new StaffAccountException("user-name", $"There is already an account called '{account.UserName.Trim()}'.");
        }
        if (role == StaffRoles.Councillor && account.PersonId is null)
        {
            throw new StaffAccountException("person", "Choose the councillor this account belongs to: it decides whose Part II papers they may read.");
        }
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() }), "role");
        }
        var user = new StaffUser
        {
            UserName = account.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName.Trim() : account.DisplayName.Trim(),
            PersonId = account.PersonId,
            CouncilId = account.CouncilId,
        };
        Check(await users.CreateAsync(user, account.Password), "password");
        Check(await users.AddToRoleAsync(user, role), "role");
        return user;
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new StaffAccountException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <param name="CouncilId">The one council the account serves; null for a shared-service team serving every council.</param>
public sealed record NewStaffAccount(string UserName, string? DisplayName, string Role, Guid? PersonId, string Password, Guid? CouncilId = null);

/// <summary>An account could not be created or changed; <see cref="Field"/> names the form field at fault.</summary>
public sealed class StaffAccountException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
