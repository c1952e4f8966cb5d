using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.KeyDecisions;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Outcomes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.ForwardPlan;

/// <summary>
/// One key decision for Democratic Services: the entry, what the rules engine says of its notice, and the way on
/// (publish, general exception or special urgency notice, withdraw), each confirmed on <see cref="NoticeModel"/>;
/// and the decision notice it led to, whose status then carries the entry through call-in.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class EntryModel(CurrentCouncil current, Application.KeyDecisions.ForwardPlan plan) : StaffPageModel
{
    public PlanEntryForStaff Entry { get; private set; } = null!;

    public List<ExecutiveDecision> DecisionNotices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council || await plan.ForStaffAsync(council.Id, id, HttpContext.RequestAborted) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        DecisionNotices = await plan.DecisionNoticesAsync(council.Id, HttpContext.RequestAborted);
        Title = $"Key decision {entry.Entry.Number}";
        return Page();
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid? decision)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        try
        {
            var entry = await plan.LinkDecisionAsync(council.Id, id, decision, HttpContext.RequestAborted);
            Notice = decision is null ? $"Key decision {entry.Number} no longer names a decision notice." : $"Key decision {entry.Number} now follows its decision notice through call-in.";
        }
        catch (ProcedureRuleException ex)
        {
            Notice = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..] + ".";
        }
        return RedirectToPage(new { id });
    }
}
