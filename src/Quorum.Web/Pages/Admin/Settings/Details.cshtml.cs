using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Setup;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Settings;

/// <summary>Changes the council's name and how the public reach Democratic Services; the contact pages show them at once.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class DetailsModel(CurrentCouncil councils, CouncilSettings settings, SiteClock clock) : StaffPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Telephone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Web { get; set; }

    [BindProperty]
    public Nation? Nation { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await councils.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        Title = "Change the council's details";
        var now = (await settings.GetAsync(council.Id, clock.Today, HttpContext.RequestAborted)).Council;
        (Name, Address, Telephone, Email, Web, Nation) = (now.Name, now.Address, now.Telephone, now.ContactEmail, now.WebAddress, now.Nation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await councils.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        Title = "Change the council's details";
        if (Nation is not { } nation)
        {
            Errors["nation"] = "Choose the nation whose law applies to the council";
            return Page();
        }
        try
        {
            await settings.SaveDetailsAsync(council.Id, new CouncilDetails(Name ?? "", Address, Telephone, Email, Web, nation), HttpContext.RequestAborted);
            Notice = "The council's details have been changed.";
            return Redirect("/admin/settings");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? "name"] = ex.Message;
            return Page();
        }
    }
}
