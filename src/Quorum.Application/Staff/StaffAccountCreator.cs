using Microsoft.AspNetCore.Identity;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Application.Staff;

/// <summary>
/// Creates a staff account with its role in one transaction, for the site's /admin/accounts and for
/// <c>quorum admin create</c> alike: the account, its role (created on a new install) and the audit entries are
/// written together or not at all. The host registers Identity (<see cref="UserManager{TUser}"/> over the Quorum
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
