using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Decisions;

/// <summary>
/// One decision as Democratic Services see it, with the step its status allows: publish the notice (which starts
/// the call-in period, EX-7/EX-8), record a call-in within the period, or record implementation after it.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class DecisionModel(QuorumDbContext db, ExecutiveDecisions decisions, SiteClock clock, ProcedureRulebook rulebook) : StaffPageModel
{
    public ExecutiveDecision Decision { get; private set; } = null!;

    public Committee Body { get; private set; } = null!;

    /// <summary>The minute it was taken at and the meeting's id; null for a portfolio holder's decision.</summary>
    public DecisionMinute? Minute { get; private set; }

    /// <summary>Whether residents can read the notice: published, and not taken on a Part II item.</summary>
    public bool IsPublic => Decision.PublishedOn is not null && Minute is not { PartII: true };

    public string PublicLink => SiteUrls.ExecutiveDecision(Decision.Id);

    /// <summary>The call-in window a notice published today would have, from the rules engine, shown before publishing.</summary>
    public CallInWindow IfPublishedToday => new Deadlines(rulebook.For(clock.Today, Body.Name)).CallIn(clock.Today);

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public DateInput PublishOn { get; set; } = new();

    /// <summary>Call-in waived by the Chair of Overview and Scrutiny on grounds of urgency.</summary>
    [BindProperty]
    public bool CallInWaived { get; set; }

    /// <summary>Why the decision cannot wait for call-in: required with the waiver, and printed on the notice.</summary>
    [BindProperty]
    public string? CallInWaiverReason { get; set; }

    [BindProperty]
    public DateInput CalledInOn { get; set; } = new();

    [BindProperty]
    public DateInput ImplementedOn { get; set; } = new();

    /// <summary>Overview and Scrutiny has considered the called-in decision and it stands.</summary>
    [BindProperty]
    public bool CallInConcluded { get; set; }

    /// <param name="id">The decision.</param>
    /// <param name="on">The date of publication entered before, when the clerk comes back from the check to change it.</param>
    /// <param name="waived">The call-in waiver entered before, likewise.</param>
    /// <param name="reason">The reason for urgency entered before, likewise.</param>
    public async Task<IActionResult> OnGetAsync(Guid id, string? on, bool waived, string? reason)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (QueryValues.TryIsoDate(on, out var entered))
        {
            PublishOn = DateInput.Of(entered);
            CallInWaived = waived;
            CallInWaiverReason = reason;
        }
        return Show();
    }

    /// <summary>Checks the date of publication, then asks the clerk to confirm (<see cref="PublishModel"/>): publishing cannot be undone.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var on = CheckDate("publish-on", PublishOn, "date of publication");
        if (CallInWaived && string.IsNullOrWhiteSpace(CallInWaiverReason))
        {
            Errors[WaiverReasonField] = "Enter why the decision cannot wait for call-in";
        }
        else if (CallInWaived && CallInWaiverReason!.Trim().Length > ExecutiveDecision.MaxWaiverReasonLength)
        {
            Errors[WaiverReasonField] = $"The reason must be {ExecutiveDecision.MaxWaiverReasonLength} characters or fewer";
        }
        if (on is null || Errors.Count > 0)
        {
            return Show();
        }
        return Redirect($"/admin/decisions/{id}/publish?{DecisionOnFile.PublishEntries(on.Value, CallInWaived ? CallInWaiverReason : null)}");
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id) =>
        ChangeAsync(id, "publish-on", PublishOn, "date of publication",
            on => decisions.PublishAsync(id, on, CallInWaived ? CallInWaiverReason ?? "" : null, HttpContext.RequestAborted),
            d => d.CallInWaived
                ? "Decision notice published, call-in waived on grounds of urgency. It is on the public site with the reason."
                : $"Decision notice published. It is on the public site; call-in closes on {Display.Date(d.CallInEnds!.Value)}.");

    public Task<IActionResult> OnPostCallInAsync(Guid id) =>
        ChangeAsync(id, "called-in-on", CalledInOn, "date of the call-in",
            on => decisions.CallInAsync(id, on, HttpContext.RequestAborted),
            _ => "Call-in recorded. The decision cannot be implemented until Overview and Scrutiny has considered it.");

    public Task<IActionResult> OnPostImplementAsync(Guid id) =>
        ChangeAsync(id, "implemented-on", ImplementedOn, "date of implementation",
            on => decisions.ImplementAsync(id, on, CallInConcluded, HttpContext.RequestAborted),
            _ => "Implementation recorded.");

    private async Task<IActionResult> ChangeAsync(Guid id, string field, DateInput input, string what, Func<LocalDate, Task<ExecutiveDecision>> change, Func<ExecutiveDecision, string> notice)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (CheckDate(field, input, what) is not { } on)
        {
            return Show();
        }
        ExecutiveDecision changed;
        try
        {
            changed = await change(on);
        }
        catch (ProcedureRuleException ex)
        {
            // The service has rolled back: the page shows the decision as stored, with the refusal.
            Errors[DateField.ErrorKeyOf(field)] = Explain(ex);
            await LoadAsync(id);
            return Show();
        }
        Notice = notice(changed);
        return Redirect($"/admin/decisions/{id}");
    }

    /// <summary>The reason box's id, which its error links to.</summary>
    public const string WaiverReasonField = "call-in-waiver-reason";

    /// <summary>The date entered, or null with the error at its day box.</summary>
    private LocalDate? CheckDate(string field, DateInput input, string what)
    {
        var key = DateField.ErrorKeyOf(field);
        var on = input.Check(Errors, key, what);
        if (on > clock.Today)
        {
            // Each step records something that has happened; the notice itself goes out now.
            Errors[key] = $"The {what} must be today or in the past";
        }
        return Errors.Count > 0 ? null : on;
    }

    /// <summary>The page, with today's date in each date box the clerk has not typed in.</summary>
    private PageResult Show()
    {
        PublishOn = Today(PublishOn, "publish-on");
        CalledInOn = Today(CalledInOn, "called-in-on");
        ImplementedOn = Today(ImplementedOn, "implemented-on");
        return Page();
    }

    private DateInput Today(DateInput input, string field) =>
        input.IsEmpty && !Errors.ContainsKey(DateField.ErrorKeyOf(field)) ? DateInput.Of(clock.Today) : input;

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await DecisionOnFile.LoadAsync(db, id, HttpContext.RequestAborted) is not { } onFile)
        {
            return false;
        }
        (Decision, Body, Minute) = onFile;
        Title = Decision.Title;
        return true;
    }
}
