using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Staff;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Accounts;

/// <summary>
/// Adds an account with one role; a councillor's account names the councillor it belongs to. The password is
/// generated and shown once, on the confirmation, for the administrator to pass on.
/// </summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class NewModel(QuorumDbContext db, StaffAccountCreator creator) : StaffPageModel
{
    public sealed record Councillor(Guid Id, string Name);

    public List<Councillor> Councillors { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public Guid? PersonId { get; set; }

    /// <summary>Set once the account is created: the generated password, shown on this response only.</summary>
    public string? Password { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (string.IsNullOrWhiteSpace(UserName))
        {
            Errors["user-name"] = "Enter a user name";
        }
        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            Errors["display-name"] = "Enter the person's name and job title, as shown in the audit log";
        }
        if (Role is null || !StaffRoles.All.Contains(Role))
        {
            Errors["role"] = "Choose the account's role";
        }
        else if (Role == StaffRoles.Councillor && (PersonId is null || Councillors.All(c => c.Id != PersonId)))
        {
            Errors["person"] = "Choose the councillor this account belongs to";
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        var password = StaffIdentity.GeneratePassword();
        try
        {
            // A council's own administrator adds accounts of that council; a shared-service one adds shared accounts.
            var council = await Staff.ServesThisCouncil.CouncilOfAsync(db, User, HttpContext.RequestAborted);
            var user = await creator.CreateAsync(new NewStaffAccount(UserName!, DisplayName, Role!, Role == StaffRoles.Councillor ? PersonId : null, password, council), HttpContext.RequestAborted);
            Title = $"Account {user.UserName} added";
            Password = password;
            return Page();
        }
        catch (StaffAccountException ex)
        {
            Errors[ex.Field] = ex.Message;
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Title = "Add an account";
        var council = await CouncilIdAsync();
        Councillors = (await db.People.AsNoTracking().Where(p => p.CouncilId == council && p.IsCouncillor).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(HttpContext.RequestAborted))
            .Select(p => new Councillor(p.Id, $"{p.FamilyName}, {p.GivenName}")).ToList();
    }
}
