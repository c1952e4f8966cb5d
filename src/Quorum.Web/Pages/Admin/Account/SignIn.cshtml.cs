using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Quorum.Web.Pages.Admin.Staff;
using Quorum.Web.Security;

namespace Quorum.Web.Pages.Admin.Account;

/// <summary>
/// Staff sign-in. Identity checks the hashed password and counts failures: after
/// <see cref="StaffSide.MaxFailedSignIns"/> the account is locked for a while, whatever password is tried next.
/// <see cref="SignInThrottle"/> refuses an address or a name with too many recent failures (429) before that.
/// Every refusal reads the same and takes at least the same time, whether the name exists, is locked or is
/// disabled, so the page cannot be used to find out which accounts exist. Every attempt that is checked goes into
/// the audit log (<see cref="StaffSignIn"/>).
/// </summary>
public sealed class SignInModel(StaffSignIn signIn, SignInThrottle throttle) : StaffPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your user name")]
    [Display(Name = "User name")]
    [StringLength(256, ErrorMessage = "User names are 256 characters or fewer")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [DataType(DataType.Password)]
    [StringLength(1024, ErrorMessage = "Passwords are 1,024 characters or fewer")]
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
        var started = Stopwatch.GetTimestamp();
        var address = AbuseLimits.AddressOf(HttpContext);
        var name = UserName.Trim();
        if (throttle.IsPaused(address, name))
        {
            return await PausedAsync(started);
        }
        var result = await signIn.PasswordSignInAsync(name, Password, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }
        // A locked or disabled account is answered like a wrong password: telling them apart would tell an
        // attacker the name is real. The name's own throttle pauses it for everyone, real or not, at the same count.
        throttle.Failed(address, name);
        Error = "The user name or password is not right. Check them and try again.";
        await PadAsync(started);
        return Page();
    }

    private async Task<IActionResult> PausedAsync(long started)
    {
        Error = $"Too many sign-in attempts. Wait {AbuseLimits.Minutes(throttle.Window)} minutes and try again, or ask an administrator to unlock your account.";
        await PadAsync(started);
        Response.Headers.RetryAfter = ((int)throttle.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = Page();
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return page;
    }

    private async Task PadAsync(long started)
    {
        var left = throttle.MinimumFailureAnswer - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, HttpContext.RequestAborted);
        }
    }
}
