using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;

namespace Quorum.Web.Pages.Admin.Staff;

/// <summary>
/// Account questions the staff pages ask (who is signed in, which committees a councillor sits on) and the
/// administrator's changes to an account: reset its password, change its role, unlock it, disable it. Creating one is
/// <see cref="Application.Staff.StaffAccountCreator"/>'s, shared with the CLI.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, QuorumDbContext db, IClock clock)
{
    public Task<StaffUser?> CurrentAsync(ClaimsPrincipal principal) => users.GetUserAsync(principal);

    /// <summary>The committees the councillor behind this account sits on today; empty for accounts without a Person.</summary>
    public async Task<HashSet<Guid>> CommitteesOfAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(principal);
        if (user?.PersonId is not { } person)
        {
            return [];
        }
        var today = clock.GetCurrentInstant().InZone(Site.SiteClock.London).Date;
        var committees = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == person && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => m.CommitteeId)
            .ToListAsync(cancellationToken);
        return [.. committees];
    }

    /// <summary>
    /// Whether this account may read the exempt (Part II) papers of a meeting of <paramref name="committeeId"/>:
    /// Democratic Services, administrators and clearing officers for any committee, councillors only for their own.
    /// </summary>
    public async Task<bool> MayReadExemptPapersAsync(ClaimsPrincipal principal, Guid committeeId, CancellationToken cancellationToken)
    {
        if (principal.IsInRole(StaffRoles.Clerk) || principal.IsInRole(StaffRoles.Administrator) || principal.IsInRole(StaffRoles.ClearingOfficer))
        {
            return true;
        }
        return principal.IsInRole(StaffRoles.Councillor) && (await CommitteesOfAsync(principal, cancellationToken)).Contains(committeeId);
    }

    /// <summary>
    /// Gives the account a new generated password, returned to be shown once. The reset is logged under
    /// <paramref name="actor"/> by name (the log's field-by-field record leaves the hash out as a secret), in the
    /// same transaction. A refusal by Identity throws <see cref="StaffAccountException"/> for the "reset" field and
    /// writes nothing.
    /// </summary>
    public async Task<string> ResetPasswordAsync(StaffUser account, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var password = StaffIdentity.GeneratePassword();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, password);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new StaffAccountException("reset", string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        db.AuditEntries.Add(new AuditEntry { At = clock.GetCurrentInstant(), Actor = actor, Action = "Reset password", EntityType = nameof(StaffUser), EntityId = account.Id });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }

    /// <summary>Lets the account sign in again after too many failed sign-ins; logged by name with the field changes.</summary>
    public async Task UnlockAsync(StaffUser account, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Check(users.SetLockoutEndDateAsync(account, null));
        await Check(users.ResetAccessFailedCountAsync(account));
        db.AuditEntries.Add(new AuditEntry { At = clock.GetCurrentInstant(), Actor = actor, Action = "Unlocked account", EntityType = nameof(StaffUser), EntityId = account.Id });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Disables the account (locked out with no end) and signs it out wherever it is signed in; logged by name
    /// with the field changes, in one transaction.
    /// </summary>
    public async Task DisableAsync(StaffUser account, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Check(users.SetLockoutEnabledAsync(account, true));
        await Check(users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue));
        // A new security stamp signs the account out wherever it is signed in.
        await Check(users.UpdateSecurityStampAsync(account));
        db.AuditEntries.Add(new AuditEntry { At = clock.GetCurrentInstant(), Actor = actor, Action = "Disabled account", EntityType = nameof(StaffUser), EntityId = account.Id });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Gives the account <paramref name="role"/> in place of the one it had, logged by name with both roles, and
    /// renews its security stamp so a session already open is ended when Identity next checks it (as for
    /// <see cref="DisableAsync"/>); the new role applies from the next sign-in. A councillor's role
    /// needs the account to belong to a councillor (<see cref="StaffUser.PersonId"/>): refused otherwise, naming
    /// the "role" field.
    /// </summary>
    public async Task ChangeRoleAsync(StaffUser account, string role, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var chosen = StaffRoles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.Ordinal))
            ?? throw new StaffAccountException("role", "Choose one of the roles.");
        if (chosen == StaffRoles.Councillor && account.PersonId is null)
        {
            throw new StaffAccountException("role", "This account belongs to no councillor: add councillors' accounts with 'Add an account', which links them to the councillor.");
        }
        var current = await users.GetRolesAsync(account);
        if (current.Count == 1 && current[0] == chosen)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Check(users.RemoveFromRolesAsync(account, current));
        if (!await roles.RoleExistsAsync(chosen))
        {
            await Check(roles.CreateAsync(new IdentityRole<Guid>(chosen) { Id = Guid.NewGuid() }));
        }
        await Check(users.AddToRoleAsync(account, chosen));
        // The role is a claim in the sign-in cookie: a new stamp makes an open session sign in again to get it.
        await Check(users.UpdateSecurityStampAsync(account));
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            Actor = actor,
            Action = "Changed role",
            EntityType = nameof(StaffUser),
            EntityId = account.Id,
            Before = JsonSerializer.Serialize(new { Role = string.Join(", ", current) }),
            After = JsonSerializer.Serialize(new { Role = chosen }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task Check(Task<IdentityResult> change)
    {
        var result = await change;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Whether the meeting is one of a councillor's committees (used to list their Part II papers).</summary>
    public static bool SitsOn(HashSet<Guid> committees, Meeting meeting) => committees.Contains(meeting.CommitteeId);
}
