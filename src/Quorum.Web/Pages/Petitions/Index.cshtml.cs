using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Petitions;

/// <summary>The published petitions with their signatures so far; open ones first.</summary>
public sealed class IndexModel(CurrentCouncil current, Application.Participation.Petitions petitions) : SitePageModel
{
    public List<PublicPetition> Petitions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        Petitions = await petitions.PublishedAsync(Council!.Id, HttpContext.RequestAborted);
        Title = "Petitions";
        Crumbs();
        return Page();
    }
}
