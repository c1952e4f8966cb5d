using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.People;

/// <summary>Adds a councillor, co-optee, officer or outside member to the council's people, so they can be given seats.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class NewModel(QuorumDbContext db, CurrentCouncil councils, PeopleSetup setup) : StaffPageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Wards { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } council)
        {
            return NotFound();
        }
        try
        {
            var person = await setup.CreateAsync(council.Id, Form.Details(), HttpContext.RequestAborted);
            Notice = $"{person.DisplayName} added.";
            return Redirect($"/admin/people/{person.Id}");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? "given-name"] = ex.Message;
            return Page();
        }
    }

    private async Task<SiteCouncil?> LoadAsync()
    {
        Title = "Add a person";
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
