using Microsoft.AspNetCore.Mvc;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Petitions;

/// <summary>After a petition is sent: the same words for a person and a robot caught by the honeypot.</summary>
public sealed class ReceivedModel(CurrentCouncil current) : SitePageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        Title = "Petition received";
        Crumbs(("Petitions", "/petitions"));
        return Page();
    }
}
