using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.About;

/// <summary>
/// The footer's pages about the site itself (contact, accessibility statement, privacy notice): the same for every
/// council, with its name and Democratic Services' address filled in.
/// </summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public abstract class AboutPageModel(CurrentCouncil current, string title) : SitePageModel
{
    /// <summary>How to reach Democratic Services, as the council's administrators set it (/admin/settings).</summary>
    public SiteCouncil Contact { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        Contact = Council!;
        Title = title;
        Crumbs();
        return Page();
    }
}

public sealed class ContactModel(CurrentCouncil current) : AboutPageModel(current, "Contact Democratic Services");

public sealed class AccessibilityModel(CurrentCouncil current) : AboutPageModel(current, "Accessibility statement");

public sealed class PrivacyModel(CurrentCouncil current, RetentionPeriods retention) : AboutPageModel(current, "Privacy notice")
{
    /// <summary>The periods in force, so the notice says what the erasure job does.</summary>
    public RetentionPeriods Retention => retention;
}
