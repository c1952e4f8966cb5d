using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Application.Staff;

/// <summary>
/// Creates a staff account with its role in one transaction, for the site's /admin/accounts and for
/// <c>quorum admin create</c> alike: the account, its role (created on a new install) and the audit entries are
/// written together or not at all, with a "Created account" entry naming the role when someone is named as the
/// context's actor. The host registers Identity (<see cref="UserManager{TUser}"/> over the Quorum
/// database with <see cref="StaffIdentity.Configure"/>).
/// </summary>
public sealed class StaffAccountCreator(QuorumDbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    /// <summary>Creates the account; a <see cref="StaffAccountException"/> names the field at fault and nothing is written.</summary>
    public async Task<StaffUser> CreateAsync(NewStaffAccount account, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var user = await StaffIdentity.CreateAsync(users, roles, account);
            if (db.Actor is { } actor)
            {
                // One entry naming the account and its role, beside the field-by-field ones for the user and role rows.
                db.AuditEntries.Add(new AuditEntry
                {
                    At = db.Clock.GetCurrentInstant(),
                    Actor = actor,
                    Action = "Created account",
                    EntityType = nameof(StaffUser),
                    EntityId = user.Id,
                    After = JsonSerializer.Serialize(new { user.UserName, user.DisplayName, Role = StaffRoles.All.First(r => string.Equals(r, account.Role, StringComparison.OrdinalIgnoreCase)), user.PersonId, user.CouncilId }),
                });
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return user;
        }
        catch (StaffAccountException)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw;
        }
    }
}
