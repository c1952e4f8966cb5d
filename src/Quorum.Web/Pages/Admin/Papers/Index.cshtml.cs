using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;
using Quorum.Web.Pages.Admin.Staff;

namespace Quorum.Web.Pages.Admin.Papers;

/// <summary>
/// "Part II papers": for a councillor, the meetings of the committees they sit on whose agendas have exempt
/// business; Democratic Services, administrators and clearing officers see every committee's.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Councillor},{StaffRoles.Clerk},{StaffRoles.Administrator},{StaffRoles.ClearingOfficer}")]
public sealed class IndexModel(QuorumDbContext db, StaffAccounts accounts) : StaffPageModel
{
    private const int Shown = 100;

    public List<Meeting> Meetings { get; private set; } = [];

    /// <summary>Only the committees the councillor sits on are listed.</summary>
    public bool OwnCommitteesOnly { get; private set; }

    public async Task OnGetAsync()
    {
        Title = "Part II papers";
        var ct = HttpContext.RequestAborted;
        OwnCommitteesOnly = !(User.IsInRole(StaffRoles.Clerk) || User.IsInRole(StaffRoles.Administrator) || User.IsInRole(StaffRoles.ClearingOfficer));
        var committees = OwnCommitteesOnly ? await accounts.CommitteesOfAsync(User, ct) : null;
        Meetings = await MembersPapers.MeetingsWithExemptBusiness(db, committees).Take(Shown).ToListAsync(ct);
    }
}
