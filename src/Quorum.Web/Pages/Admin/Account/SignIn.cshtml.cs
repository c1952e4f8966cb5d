using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Quorum.Web.Pages.Admin.Staff;

namespace Quorum.Web.Pages.Admin.Account;

/// <summary>
/// Staff sign-in. Identity checks the hashed password and counts failures: after
/// <see cref="StaffSide.MaxFailedSignIns"/> the account is locked for a while, whatever password is tried next.
/// Every attempt, and the lockout, goes into the audit log (<see cref="StaffSignIn"/>).
/// </summary>
public sealed class SignInModel(StaffSignIn signIn) : StaffPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your user name")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => Title = "Sign in";

    public async Task<IActionResult> OnPostAsync()
    {
        Title = "Sign in";
        if (!ModelState.IsValid)
        {
            Error = ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName, Password, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }
        Error = result.IsLockedOut
            ? $"This account is locked after {StaffSide.MaxFailedSignIns} failed sign-ins. Try again in {StaffSide.LockoutFor.TotalMinutes:0} minutes, or ask an administrator to unlock it."
            : "The user name or password is not right. Check them and try again.";
        return Page();
    }
}
