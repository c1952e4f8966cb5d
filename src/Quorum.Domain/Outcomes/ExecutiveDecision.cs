using NodaTime;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Outcomes;

public enum ExecutiveDecisionStatus
{
    /// <summary>Decided but the decision notice is not yet published.</summary>
    Made,

    /// <summary>The notice is published and the call-in window is running (or has run).</summary>
    Published,

    /// <summary>Called in for scrutiny within the window; it may not be implemented meanwhile.</summary>
    CalledIn,

    Implemented,
}

/// <summary>
/// The written statement of an executive decision (EX-7, SI 2012/2089 reg 12): the decision and its date, the
/// reasons, the alternatives considered and rejected, any conflict declared and dispensation, and where it stands
/// in the call-in procedure (EX-8).
/// </summary>
public sealed class ExecutiveDecision : Entity
{
    public required Guid CommitteeId { get; set; }

    /// <summary>The minute at which a meeting took the decision; null for an individual portfolio holder's decision.</summary>
    public Guid? MinuteId { get; set; }

    /// <summary>Loaded to tell whether the decision was taken on Part II business (<see cref="Visibility.PublicExecutiveDecision"/>).</summary>
    public Minute? Minute { get; set; }

    /// <summary>"Cabinet" or "Portfolio Holder for Finance and Commercialisation".</summary>
    public required string DecisionMaker { get; set; }

    public required string Title { get; set; }

    public required string Decision { get; set; }

    public required LocalDate DecidedOn { get; set; }

    public string Reasons { get; private set; } = "";

    public string AlternativesRejected { get; private set; } = "";

    /// <summary>Conflicts of interest declared by a member of the decision-making body, and any dispensation (reg 12(d)–(e)).</summary>
    public string? ConflictsDeclared { get; set; }

    public bool KeyDecision { get; set; }

    /// <summary>Call-in waived by the Chair of Overview and Scrutiny on grounds of urgency (seed 003 cover box).</summary>
    public bool CallInWaived { get; private set; }

    /// <summary>
    /// Why the decision could not wait for the call-in period, as the Chair of Overview and Scrutiny agreed: printed
    /// on the notice. Null when call-in was not waived, and for waivers recorded before the reason was kept.
    /// </summary>
    public string? CallInWaiverReason { get; private set; }

    /// <summary>The longest reason for urgency a notice carries: a paragraph, not a report.</summary>
    public const int MaxWaiverReasonLength = 2000;

    public ExecutiveDecisionStatus Status { get; private set; } = ExecutiveDecisionStatus.Made;

    public LocalDate? PublishedOn { get; private set; }

    public LocalDate? CallInEnds { get; private set; }

    public LocalDate? ImplementableFrom { get; private set; }

    public LocalDate? CalledInOn { get; private set; }

    public LocalDate? ImplementedOn { get; private set; }

    // Refusals reach staff pages: "called in", not the value's name.
    private string StatusInWords => Status == ExecutiveDecisionStatus.CalledIn ? "called in" : Status.ToString().ToLowerInvariant();

    /// <summary>States the reasons and rejected alternatives, both required in the notice (reg 12(b)–(c)).</summary>
    public void Explain(string reasons, string alternativesRejected)
    {
        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new ProcedureRuleException("EX-7", $"decision '{Title}': the decision notice must give the reasons (reg 12(b))");
        }
        if (string.IsNullOrWhiteSpace(alternativesRejected))
        {
            throw new ProcedureRuleException("EX-7", $"decision '{Title}': the decision notice must state the alternatives considered and rejected (reg 12(c)); write \"None\" if there were none");
        }
        Reasons = reasons.Trim();
        AlternativesRejected = alternativesRejected.Trim();
    }

    /// <summary>
    /// Publishes the notice; the call-in window comes from the rules engine's <see cref="Deadlines.CallIn"/>. With
    /// <paramref name="callInWaivedBecause"/>, call-in is waived as urgent and the reason is printed on the notice:
    /// a waiver without a reason is refused, since residents and scrutiny members are owed it.
    /// </summary>
    public void Publish(LocalDate on, Deadlines deadlines, string? callInWaivedBecause = null)
    {
        if (Status != ExecutiveDecisionStatus.Made)
        {
            throw new ProcedureRuleException("EX-7", $"decision '{Title}' is already {StatusInWords}");
        }
        if (Reasons.Length == 0)
        {
            throw new ProcedureRuleException("EX-7", $"decision '{Title}' cannot be published without its reasons and rejected alternatives");
        }
        if (on < DecidedOn)
        {
            throw new ProcedureRuleException("EX-7", $"decision '{Title}' cannot be published on {on:uuuu-MM-dd}, before it was made on {DecidedOn:uuuu-MM-dd}");
        }
        var callInWaived = callInWaivedBecause is not null;
        if (callInWaived && string.IsNullOrWhiteSpace(callInWaivedBecause))
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}': give the reason it cannot wait for call-in, as agreed with the Chair of Overview and Scrutiny");
        }
        if (callInWaivedBecause?.Trim().Length > MaxWaiverReasonLength)
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}': the reason for waiving call-in must be {MaxWaiverReasonLength} characters or fewer");
        }
        PublishedOn = on;
        CallInWaived = callInWaived;
        CallInWaiverReason = callInWaivedBecause?.Trim();
        if (callInWaived)
        {
            CallInEnds = null;
            ImplementableFrom = on;
        }
        else
        {
            var window = deadlines.CallIn(on);
            CallInEnds = window.WindowEnds;
            ImplementableFrom = window.ImplementFrom;
        }
        Status = ExecutiveDecisionStatus.Published;
    }

    // EX-8 (Harrow S22): only before implementation, only once, and only within the window.
    public void CallIn(LocalDate on)
    {
        if (Status == ExecutiveDecisionStatus.CalledIn)
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}' has already been called in; a decision may be called in only once");
        }
        if (Status != ExecutiveDecisionStatus.Published)
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}' is {StatusInWords}: only a published, unimplemented decision can be called in");
        }
        if (CallInWaived)
        {
            throw new ProcedureRuleException("EX-8", $"call-in of decision '{Title}' was waived on grounds of urgency");
        }
        if (on <= PublishedOn || on > CallInEnds)
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}' can be called in from the working day after {PublishedOn:d MMMM uuuu} to {CallInEnds:d MMMM uuuu}, not on {on:d MMMM uuuu}");
        }
        CalledInOn = on;
        Status = ExecutiveDecisionStatus.CalledIn;
    }

    /// <summary>Records implementation: after the call-in window, or after the call-in has been heard and the decision confirmed.</summary>
    public void Implement(LocalDate on, bool callInConcluded = false)
    {
        if (Status == ExecutiveDecisionStatus.CalledIn && !callInConcluded)
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}' was called in on {CalledInOn:d MMMM uuuu} and cannot be implemented until the call-in is concluded");
        }
        if (Status is ExecutiveDecisionStatus.Made or ExecutiveDecisionStatus.Implemented)
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}' is {StatusInWords}; only a published decision can be implemented");
        }
        if (Status == ExecutiveDecisionStatus.Published && on < ImplementableFrom)
        {
            throw new ProcedureRuleException("EX-8", $"decision '{Title}' may be implemented from {ImplementableFrom:d MMMM uuuu}, after the call-in period");
        }
        ImplementedOn = on;
        Status = ExecutiveDecisionStatus.Implemented;
    }
}
