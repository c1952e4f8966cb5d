using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Petitions;

/// <summary>The link in a signature's mail. Opening it changes nothing (mail scanners open links); the button confirms.</summary>
public sealed class SignatureModel(CurrentCouncil current, Application.Participation.Petitions petitions) : SitePageModel
{
    public PublicPetition Petition { get; private set; } = null!;

    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        await petitions.ConfirmSignatureAsync(token, HttpContext.RequestAborted);
        return await LoadAsync(token) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string token)
    {
        if (!await LoadCouncilAsync(current) || await petitions.SignatureAsync(token, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }
        (Petition, Confirmed) = found;
        Title = "Confirm your signature";
        Crumbs(("Petitions", "/petitions"));
        return true;
    }
}
