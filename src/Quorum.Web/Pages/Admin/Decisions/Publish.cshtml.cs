using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Decisions;

/// <summary>
/// "Check before you publish" for a decision notice (GOV.UK's check answers pattern): the date of publication and
/// the call-in waiver the clerk entered, the call-in period they give, what residents will see, and that a published
/// notice cannot be taken back. The decision's page checks the entries first and does the publishing.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class PublishModel(QuorumDbContext db, ProcedureRulebook rulebook) : StaffPageModel
{
    public ExecutiveDecision Decision { get; private set; } = null!;

    public Committee Body { get; private set; } = null!;

    /// <summary>Whether the decision was taken on a Part II item: its notice then stays with members.</summary>
    public bool PartII { get; private set; }

    /// <summary>The date of publication entered; null when the address carries none that is a date.</summary>
    public LocalDate? PublishOn { get; private set; }

    public bool CallInWaived { get; private set; }

    /// <summary>The reason for urgency entered with the waiver.</summary>
    public string? CallInWaiverReason { get; private set; }

    /// <summary>The call-in period a notice published on <see cref="PublishOn"/> would have, from the rules engine.</summary>
    public CallInWindow? CallIn { get; private set; }

    /// <summary>Why the notice cannot be published from here (already published, no date entered), or null.</summary>
    public string? NoLongerApplies => Decision.PublishedOn is { } published
        ? $"The notice was published on {Display.Date(published)}."
        : PublishOn is null ? "No date of publication was entered: enter it on the decision's page."
        : CallInWaived && string.IsNullOrWhiteSpace(CallInWaiverReason) ? "Call-in is waived, but no reason was entered: enter why the decision cannot wait on the decision's page." : null;

    public string DecisionPage => $"/admin/decisions/{Decision.Id}";

    /// <summary>The decision's page with the entries filled in again, for "Change".</summary>
    public string ChangeLink => PublishOn is { } on ? $"{DecisionPage}?{DecisionOnFile.PublishEntries(on, CallInWaived ? CallInWaiverReason ?? "" : null)}#publish" : DecisionPage;

    public async Task<IActionResult> OnGetAsync(Guid id, string? on, bool waived, string? reason)
    {
        if (await DecisionOnFile.LoadAsync(db, id, HttpContext.RequestAborted) is not { } onFile)
        {
            return NotFound();
        }
        (Decision, Body, _) = onFile;
        PartII = onFile.PartII;
        Title = $"Publish the decision notice – {Decision.Title}";
        PublishOn = QueryValues.TryIsoDate(on, out var date) ? date : null;
        CallInWaived = waived;
        CallInWaiverReason = waived ? reason?.Trim() : null;
        // The same rules the publishing uses (see ExecutiveDecisions.PublishAsync): the council's settings on that date.
        CallIn = PublishOn is { } day && !waived ? new Deadlines(rulebook.For(day, Body.Name)).CallIn(day) : null;
        return Page();
    }
}
