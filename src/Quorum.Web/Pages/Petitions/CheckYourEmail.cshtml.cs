using Microsoft.AspNetCore.Mvc;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Petitions;

/// <summary>After signing: the same words whether or not anything was sent.</summary>
public sealed class CheckYourEmailModel(CurrentCouncil current) : SitePageModel
{
    public int Number { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number)
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        Number = number;
        Title = "Check your email";
        Crumbs(("Petitions", "/petitions"), ($"Petition {number}", $"/petitions/{number}"));
        return Page();
    }
}
