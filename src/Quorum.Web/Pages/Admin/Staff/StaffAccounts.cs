using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;

namespace Quorum.Web.Pages.Admin.Staff;

/// <summary>Account questions the staff pages ask: who is signed in, and which committees a councillor sits on.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, QuorumDbContext db, IClock clock)
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

    /// <summary>Whether the meeting is one of a councillor's committees (used to list their Part II papers).</summary>
    public static bool SitsOn(HashSet<Guid> committees, Meeting meeting) => committees.Contains(meeting.CommitteeId);
}
