using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin;

/// <summary>Base of the staff pages: the page title, and a one-line notice carried over a redirect.</summary>
public abstract class StaffPageModel : PageModel
{
    public string Title { get; protected set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public bool IsClerk => User.IsInRole(StaffRoles.Clerk) || User.IsInRole(StaffRoles.Administrator);

    public string Actor => User.Identity?.Name ?? "unknown";
}
