using Quorum.Application.Work;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin;

/// <summary>The staff home page: the work due for the signed-in person's roles, soonest first, and the staff sections.</summary>
public sealed class IndexModel(WorkDue workDue, SiteClock clock) : StaffPageModel
{
    public IReadOnlyList<DueWork> Work { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "Staff home";
        var who = new StaffMember(Actor, IsClerk, User.IsInRole(StaffRoles.ReportAuthor), User.IsInRole(StaffRoles.ClearingOfficer));
        Work = await CouncilIdAsync() is { } council ? await workDue.ForAsync(council, who, clock.Today, HttpContext.RequestAborted) : [];
    }
}
