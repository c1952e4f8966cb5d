using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.KeyDecisions;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.KeyDecisions;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.ForwardPlan;

/// <summary>
/// "Are you sure?" before what cannot be undone on the forward plan: publishing an entry, giving the general
/// exception notice (reg 10, naming the scrutiny chair told and why 28 days' notice was impracticable), recording
/// special urgency (reg 11, who agreed and why), or withdrawing the entry.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class NoticeModel(CurrentCouncil current, Application.KeyDecisions.ForwardPlan plan) : StaffPageModel
{
    public const string Publish = "publish";
    public const string GeneralException = "general-exception";
    public const string SpecialUrgency = "special-urgency";
    public const string Withdraw = "withdraw";

    public string What { get; private set; } = "";

    public PlanEntryForStaff Entry { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The scrutiny chair told (reg 10), or who agreed the urgency (reg 11).</summary>
    [BindProperty]
    public string? Who { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public string EntryPage => $"/admin/forward-plan/{Entry.Entry.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, string what) => await LoadAsync(id, what) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string what)
    {
        if (await LoadAsync(id, what) is not { } councilId)
        {
            return NotFound();
        }
        if (What is GeneralException or SpecialUrgency)
        {
            if (string.IsNullOrWhiteSpace(Who))
            {
                Errors["who"] = What == GeneralException ? "Enter the name of the chair of scrutiny who was told" : "Enter who agreed that the decision is urgent";
            }
            else if (Who.Trim().Length > KeyDecisionRules.MaxNameLength)
            {
                Errors["who"] = $"The name must be {KeyDecisionRules.MaxNameLength} characters or fewer";
            }
            if (string.IsNullOrWhiteSpace(Reasons))
            {
                Errors["reasons"] = What == GeneralException ? "Enter why 28 clear days' notice could not be given" : "Enter why the decision is urgent and cannot reasonably be deferred";
            }
            else if (Reasons.Trim().Length > KeyDecisionRules.MaxTextLength)
            {
                Errors["reasons"] = $"The reasons must be {KeyDecisionRules.MaxTextLength:N0} characters or fewer";
            }
            if (Errors.Count > 0)
            {
                return Page();
            }
        }
        var ct = HttpContext.RequestAborted;
        try
        {
            var number = Entry.Entry.Number;
            switch (What)
            {
                case Publish:
                    await plan.ListAsync(councilId, id, ct);
                    Notice = $"Key decision {number} is published on the forward plan.";
                    break;
                case GeneralException:
                    await plan.GiveGeneralExceptionNoticeAsync(councilId, id, Who!, Reasons!, ct);
                    Notice = $"The general exception notice for key decision {number} is published.";
                    break;
                case SpecialUrgency:
                    await plan.RecordSpecialUrgencyAsync(councilId, id, Who!, Reasons!, ct);
                    Notice = $"Special urgency for key decision {number} is recorded and its notice published.";
                    break;
                default:
                    await plan.WithdrawAsync(councilId, id, ct);
                    Notice = $"Key decision {number} is withdrawn.";
                    break;
            }
        }
        catch (ProcedureRuleException ex)
        {
            Notice = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..] + ".";
        }
        return Redirect(EntryPage);
    }

    private async Task<Guid?> LoadAsync(Guid id, string what)
    {
        if (what is not (Publish or GeneralException or SpecialUrgency or Withdraw)
            || await current.GetAsync(HttpContext.RequestAborted) is not { } council
            || await plan.ForStaffAsync(council.Id, id, HttpContext.RequestAborted) is not { } entry)
        {
            return null;
        }
        What = what;
        Entry = entry;
        Title = What switch
        {
            Publish => "Publish on the forward plan",
            GeneralException => "Give a general exception notice",
            SpecialUrgency => "Record special urgency",
            _ => "Withdraw from the forward plan",
        } + $": key decision {entry.Entry.Number}";
        return council.Id;
    }
}
