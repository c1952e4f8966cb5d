using Microsoft.AspNetCore.Mvc;
using Quorum.Web.Pages.Admin.Staff;

namespace Quorum.Web.Pages.Admin.Account;

/// <summary>
/// Signing out is a POST with the antiforgery token, so another site cannot sign a clerk out; it is audited.
/// </summary>
public sealed class SignOutModel(StaffSignIn signIn) : StaffPageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(User, HttpContext.RequestAborted);
        return Redirect("/admin/sign-in");
    }
}
