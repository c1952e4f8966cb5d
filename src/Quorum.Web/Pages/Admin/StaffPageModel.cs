using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Rules;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin;

/// <summary>Base of the staff pages: the page title, a one-line notice carried over a redirect, and refusals in the council's words.</summary>
public abstract class StaffPageModel : PageModel
{
    public string Title { get; protected set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public bool IsClerk => User.IsInRole(StaffRoles.Clerk) || User.IsInRole(StaffRoles.Administrator);

    public string Actor => User.Identity?.Name ?? "unknown";

    /// <summary>The council this host serves: the one whose records the page's choices (bodies, people) offer.</summary>
    protected async Task<Guid?> CouncilIdAsync() =>
        (await HttpContext.RequestServices.GetRequiredService<CurrentCouncil>().GetAsync(HttpContext.RequestAborted))?.Id;

    /// <summary>The names this host's council gives its standing orders today, which its refusals cite.</summary>
    public StandingOrders StandingOrders => HttpContext.RequestServices.GetRequiredService<ProcedureRulebook>()
        .For(HttpContext.RequestServices.GetRequiredService<SiteClock>().Today).StandingOrders;

    /// <summary>A refusal in words, citing the council's own standing orders rather than Quorum's rule code.</summary>
    public string Explain(ProcedureRuleException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.ExplainedBy(StandingOrders);
    }

    /// <summary>A rules engine reason ("CPR-1: not a member of this body") in the same words.</summary>
    public string ExplainReason(string reason) => ProcedureRuleNames.ExplainReason(reason, StandingOrders);
}
