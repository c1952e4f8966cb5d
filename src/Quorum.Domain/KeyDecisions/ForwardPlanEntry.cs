using NodaTime;
using Quorum.Domain.Meetings;

namespace Quorum.Domain.KeyDecisions;

/// <summary>
/// One key decision on the forward plan: the notice of a key decision the 2012 Regulations require (EX-4, reg 9),
/// with the general exception (EX-5, reg 10) or special urgency (EX-6, reg 11) record when the notice was late.
/// Public once listed; the private reason behind a Schedule 12A paragraph is for staff only.
/// </summary>
public sealed class ForwardPlanEntry : Entity
{
    public required Guid CouncilId { get; init; }

    /// <summary>1, 2, 3 … per council, printed "Key decision 12" and in the public address.</summary>
    public required int Number { get; init; }

    /// <summary>The matter to be decided (reg 9(1)(b)), as the plan's heading.</summary>
    public string Matter { get; set; } = "";

    /// <summary>What the decision maker is asked to decide.</summary>
    public string Decision { get; set; } = "";

    /// <summary>The executive body that decides (reg 9(1)(c): its name and members), or null for an individual.</summary>
    public Guid? DecisionMakerBodyId { get; set; }

    /// <summary>The executive member who decides, name and title ("Councillor Jo Smith, Portfolio Holder for Housing").</summary>
    public string? DecisionMakerName { get; set; }

    /// <summary>The date the decision is expected to be made (reg 9(1)(d)).</summary>
    public LocalDate DecisionDate { get; set; }

    /// <summary>The meeting of the body expected to take it, when there is one.</summary>
    public Guid? MeetingId { get; set; }

    /// <summary>The key-decision report on that meeting's agenda, once written.</summary>
    public Guid? ReportId { get; set; }

    public string Wards { get; set; } = "";

    /// <summary>The documents submitted to the decision maker (reg 9(1)(e)), one a line.</summary>
    public string Documents { get; set; } = "";

    /// <summary>The paragraph under which the decision is likely to be taken in private, or null when in public.</summary>
    public Schedule12AParagraph? ExemptionParagraph { get; set; }

    /// <summary>What makes it exempt, in the terms only staff may read; never published.</summary>
    public string? ExemptionDetail { get; set; }

    /// <summary>The day the notice was made available on the website: the plan's listing date (reg 9(2)).</summary>
    public LocalDate? ListedOn { get; private set; }

    /// <summary>The day the general exception notice was made available (reg 10(1)(b)).</summary>
    public LocalDate? GeneralExceptionOn { get; private set; }

    /// <summary>The chair of the scrutiny committee informed in writing (reg 10(1)(a)).</summary>
    public string? ScrutinyChair { get; private set; }

    /// <summary>Why the 28 clear days' notice was impracticable (reg 10(2)), or why the decision is urgent (reg 11).</summary>
    public string? UrgencyReasons { get; private set; }

    /// <summary>The day the decision was agreed to be urgent and not reasonably deferrable (reg 11(b)).</summary>
    public LocalDate? SpecialUrgencyOn { get; private set; }

    /// <summary>Who agreed, and as what ("Councillor Ann Lee, Chair of Overview and Scrutiny").</summary>
    public string? SpecialUrgencyAgreedBy { get; private set; }

    public LocalDate? WithdrawnOn { get; private set; }

    /// <summary>The written statement of the decision once made (EX-7): its status carries the entry on to call-in.</summary>
    public Guid? ExecutiveDecisionId { get; set; }

    public bool IsListed => ListedOn is not null;

    /// <summary>Lists the entry on the forward plan: the notice is public from today.</summary>
    public void List(LocalDate on)
    {
        if (ListedOn is not null)
        {
            throw new ProcedureRuleException("EX-4", $"key decision {Number} has been on the forward plan since {ListedOn:d MMMM uuuu}");
        }
        RefuseWhenWithdrawn();
        ListedOn = on;
    }

    /// <summary>Records the general exception notice given today (reg 10), only when the rules call for it.</summary>
    public void GiveGeneralExceptionNotice(LocalDate on, string scrutinyChair, string reasons, KeyDecisionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        RefuseWhenWithdrawn();
        if (check.Route is not KeyDecisionRoute.GeneralException || check.Satisfied)
        {
            throw new ProcedureRuleException("EX-5", check.Satisfied
                ? $"key decision {Number} needs no general exception notice"
                : $"a general exception notice given on {on:d MMMM uuuu} would not give five clear working days before the decision on {DecisionDate:d MMMM uuuu}; the decision needs special urgency");
        }
        GeneralExceptionOn = on;
        ScrutinyChair = Required(scrutinyChair, "the chair of the scrutiny committee who was informed", "EX-5");
        UrgencyReasons = Required(reasons, "why 28 clear days' notice was impracticable", "EX-5");
        ListedOn ??= on;
    }

    /// <summary>Records the agreement that the decision is urgent and cannot reasonably be deferred (reg 11).</summary>
    public void RecordSpecialUrgency(LocalDate on, string agreedBy, string reasons, KeyDecisionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        RefuseWhenWithdrawn();
        if (check.Satisfied)
        {
            throw new ProcedureRuleException("EX-6", $"key decision {Number} has the notice it needs; special urgency is not called for");
        }
        SpecialUrgencyOn = on;
        SpecialUrgencyAgreedBy = Required(agreedBy, "who agreed the decision is urgent", "EX-6");
        UrgencyReasons = Required(reasons, "why the decision is urgent and cannot reasonably be deferred", "EX-6");
        ListedOn ??= on;
    }

    /// <summary>Takes the entry off the plan: the decision will not be made as listed.</summary>
    public void Withdraw(LocalDate on)
    {
        RefuseWhenWithdrawn();
        if (ExecutiveDecisionId is not null)
        {
            throw new ProcedureRuleException("EX-4", $"key decision {Number} has been made and cannot be withdrawn");
        }
        WithdrawnOn = on;
    }

    private void RefuseWhenWithdrawn()
    {
        if (WithdrawnOn is not null)
        {
            throw new ProcedureRuleException("EX-4", $"key decision {Number} was withdrawn on {WithdrawnOn:d MMMM uuuu}");
        }
    }

    private static string Required(string value, string what, string rule) =>
        string.IsNullOrWhiteSpace(value) ? throw new ProcedureRuleException(rule, $"give {what}") : value.Trim();
}
