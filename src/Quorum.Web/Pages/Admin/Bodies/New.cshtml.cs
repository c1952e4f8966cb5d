using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Bodies;

/// <summary>Adds a body to the council: the form, then the body's page where its members are added.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class NewModel(QuorumDbContext db, CurrentCouncil councils, BodySetup setup) : StaffPageModel
{
    [BindProperty]
    public BodyForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Parents { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } council)
        {
            return NotFound();
        }
        if (Form.Details(Errors) is not { } details)
        {
            return Page();
        }
        try
        {
            var body = await setup.CreateAsync(council.Id, details, HttpContext.RequestAborted);
            Notice = $"{body.Name} added. Add its members below.";
            return Redirect($"/admin/bodies/{body.Id}");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? "name"] = ex.Message;
            return Page();
        }
    }

    private async Task<SiteCouncil?> LoadAsync()
    {
        Title = "Add a body";
        var council = await councils.GetAsync(HttpContext.RequestAborted);
        if (council is not null)
        {
            Parents = await BodyForm.ParentsAsync(db, council.Id, null, null, HttpContext.RequestAborted);
        }
        return council;
    }
}
