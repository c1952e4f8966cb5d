using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Staff;

/// <summary>
/// The one rule that keeps a council's staff to its own council: an account that serves one council
/// (<see cref="Data.Staff.StaffUser.CouncilId"/>) is refused on every staff page of another council's host; an
/// account of a shared-service team (no council) serves them all.
/// </summary>
public sealed class ServesThisCouncil : IAuthorizationRequirement
{
    /// <summary>
    /// The council the signed-in account serves, or null for a shared-service account. A council's administrator
    /// sees and manages only that council's accounts, and the accounts they add are that council's.
    /// </summary>
    public static async Task<Guid?> CouncilOfAsync(QuorumDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.CouncilId).FirstOrDefaultAsync(cancellationToken)
            : null;
    }

    public sealed class Handler(QuorumDbContext db, CurrentCouncil current) : AuthorizationHandler<ServesThisCouncil>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ServesThisCouncil requirement)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            {
                return;
            }
            // Read each time, like the security stamp: moving an account to another council takes effect at once.
            var serves = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.CouncilId }).FirstOrDefaultAsync();
            if (serves is null)
            {
                return;
            }
            if (serves.CouncilId is null || serves.CouncilId == (await current.GetAsync())?.Id)
            {
                context.Succeed(requirement);
            }
        }
    }
}
