using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.People;

/// <summary>The council's party groups and wards, and the forms to add one; a councillor is then put in them on their own page.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class GroupsAndWardsModel(QuorumDbContext db, CurrentCouncil councils, PeopleSetup setup) : StaffPageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Wards { get; private set; } = [];

    [BindProperty]
    public string? GroupName { get; set; }

    [BindProperty]
    public string? WardName { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public Task<IActionResult> OnPostGroupAsync() =>
        AddAsync("group-name", async (council, ct) => $"Party group {(await setup.AddGroupAsync(council, GroupName ?? "", ct)).Name} added.");

    public Task<IActionResult> OnPostWardAsync() =>
        AddAsync("ward-name", async (council, ct) => $"Ward {(await setup.AddWardAsync(council, WardName ?? "", ct)).Name} added.");

    private async Task<IActionResult> AddAsync(string field, Func<Guid, CancellationToken, Task<string>> add)
    {
        if (await LoadAsync() is not { } council)
        {
            return NotFound();
        }
        try
        {
            Notice = await add(council.Id, HttpContext.RequestAborted);
            return Redirect("/admin/people/groups-and-wards");
        }
        catch (SetupRefusedException ex)
        {
            Errors[field] = ex.Message;
            return Page();
        }
    }

    private async Task<SiteCouncil?> LoadAsync()
    {
        Title = "Party groups and wards";
        var ct = HttpContext.RequestAborted;
        var council = await councils.GetAsync(ct);
        if (council is not null)
        {
            Groups = await Choices.GroupsAsync(db, council.Id, ct);
            Wards = await Choices.WardsAsync(db, council.Id, ct);
        }
        return council;
    }
}
