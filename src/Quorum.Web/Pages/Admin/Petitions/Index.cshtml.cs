using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Data.Staff;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Petitions;

/// <summary>Every petition, newest first, with what it waits for: checking, or the council's response.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(CurrentCouncil current, Application.Participation.Petitions petitions) : StaffPageModel
{
    public List<(Petition Petition, int Signatures)> Petitions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        Petitions = await petitions.ForStaffAsync(council.Id, HttpContext.RequestAborted);
        Title = "Petitions";
        return Page();
    }
}
