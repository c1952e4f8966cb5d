using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Petitions;

/// <summary>
/// "Are you sure?" before a petition goes public (GOV.UK's confirmation pattern): what residents will see, that its
/// starter is emailed, and that publication cannot be taken back. The petition's page does the publishing.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class PublishModel(CurrentCouncil current, Application.Participation.Petitions petitions) : PetitionStep(current, petitions)
{
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, "Publish") ? Page() : NotFound();
}
