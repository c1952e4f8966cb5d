using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Account;

/// <summary>Signing out is a POST with the antiforgery token, so another site cannot sign a clerk out.</summary>
public sealed class SignOutModel(SignInManager<StaffUser> signIn) : StaffPageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/admin/sign-in");
    }
}
