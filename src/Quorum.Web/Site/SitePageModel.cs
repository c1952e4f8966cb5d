using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Quorum.Web.Site;

/// <summary>Base for public pages: the council's name, the page title and breadcrumb trail for the layout.</summary>
public abstract class SitePageModel : PageModel
{
    public string CouncilName { get; private set; } = "Council";

    public string Title { get; protected set; } = "";

    public List<Crumb> Breadcrumbs { get; } = [];

    protected SiteCouncil? Council { get; private set; }

    /// <summary>Loads the published council; false when the store holds none yet (the page then 404s).</summary>
    protected async Task<bool> LoadCouncilAsync(CurrentCouncil current)
    {
        Council = await current.GetAsync(HttpContext.RequestAborted);
        if (Council is not null)
        {
            CouncilName = Council.Name;
        }
        return Council is not null;
    }

    protected void Crumbs(params (string Text, string Href)[] trail)
    {
        Breadcrumbs.Add(new Crumb("Home", SiteUrls.Home));
        Breadcrumbs.AddRange(trail.Select(c => new Crumb(c.Text, c.Href)));
    }
}
