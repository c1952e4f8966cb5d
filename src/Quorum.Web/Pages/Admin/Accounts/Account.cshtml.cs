using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Pages.Admin.Staff;
using Quorum.Web.Security;

namespace Quorum.Web.Pages.Admin.Accounts;

/// <summary>
/// One account: reset its password (a new one generated and shown once), change its role, unlock it after too many
/// failed sign-ins, or disable it (and enable it again). Each change is written to the audit log under the administrator's name;
/// a password reset, which the log's field-by-field record leaves out as a secret, is logged by name.
/// </summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class AccountModel(QuorumDbContext db, UserManager<StaffUser> users, StaffAccounts accounts, SignInThrottle throttle) : StaffPageModel
{
    public StaffUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    /// <summary>The account's role as stored (not described), to select it in the role form.</summary>
    public string? Role { get; private set; }

    public string? Councillor { get; private set; }

    public bool IsLocked { get; private set; }

    public bool IsDisabled => StaffIdentity.IsDisabled(Account);

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Set after a reset: the new password, shown on this response only.</summary>
    public string? NewPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            NewPassword = await accounts.ResetPasswordAsync(Account, Actor, HttpContext.RequestAborted);
        }
        catch (StaffAccountException ex)
        {
            Errors[ex.Field] = ex.Message;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeRoleAsync(Guid id, string? role)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Account.UserName == User.Identity?.Name)
        {
            Errors["role"] = "You cannot change your own role: ask another administrator";
            return Page();
        }
        try
        {
            await accounts.ChangeRoleAsync(Account, role ?? "", Actor, HttpContext.RequestAborted);
        }
        catch (StaffAccountException ex)
        {
            Errors[ex.Field] = ex.Message;
            return Page();
        }
        Notice = $"{Account.UserName} is now {StaffRoles.Describe(role!)}.";
        return Redirect($"/admin/accounts/{id}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await accounts.UnlockAsync(Account, Actor, HttpContext.RequestAborted);
        throttle.Forgive(Account.UserName!);
        Notice = $"{Account.UserName} can sign in again.";
        return Redirect($"/admin/accounts/{id}");
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Account.UserName == User.Identity?.Name)
        {
            Errors["disable"] = "You cannot disable your own account: ask another administrator";
            return Page();
        }
        await accounts.DisableAsync(Account, Actor, HttpContext.RequestAborted);
        Notice = $"{Account.UserName} is disabled and can no longer sign in.";
        return Redirect($"/admin/accounts/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        // Another council's account is not found by a council's own administrator.
        if (await users.FindByIdAsync(id.ToString()) is not { } account
            || (await Staff.ServesThisCouncil.CouncilOfAsync(db, User, HttpContext.RequestAborted) is { } mine && account.CouncilId != mine))
        {
            return false;
        }
        Account = account;
        IsLocked = !IsDisabled && await users.IsLockedOutAsync(account);
        Title = $"Account {account.UserName}";
        var roles = await users.GetRolesAsync(account);
        Role = roles.FirstOrDefault();
        Roles = [.. roles.Select(StaffRoles.Describe)];
        Councillor = account.PersonId is { } person
            ? await db.People.AsNoTracking().Where(p => p.Id == person).Select(p => p.GivenName + " " + p.FamilyName).SingleOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        return true;
    }
}
