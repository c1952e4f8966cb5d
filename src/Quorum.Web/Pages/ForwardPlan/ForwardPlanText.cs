using NodaTime;
using Quorum.Application.KeyDecisions;
using Quorum.Domain.KeyDecisions;

namespace Quorum.Web.Pages.ForwardPlan;

/// <summary>How the forward plan's pages and feeds word an entry's status and date.</summary>
public static class ForwardPlanText
{
    public static string Status(PlannedDecision entry) => KeyDecisionRules.Describe(entry.Status);

    public static string StatusTag(ForwardPlanStatus status) => status switch
    {
        ForwardPlanStatus.Listed => "govuk-tag--blue",
        ForwardPlanStatus.Withdrawn => "govuk-tag--grey",
        ForwardPlanStatus.CalledIn => "govuk-tag--orange",
        ForwardPlanStatus.Implemented => "govuk-tag--green",
        _ => "govuk-tag--light-blue",
    };

    /// <summary>Which notice the entry was published under, in the words of the regulations.</summary>
    public static string Notice(PlannedDecision entry) => Notice(entry.GeneralExceptionOn, entry.SpecialUrgencyOn);

    public static string Notice(LocalDate? generalExceptionOn, LocalDate? specialUrgencyOn) =>
        specialUrgencyOn is not null ? "Special urgency (regulation 11)"
        : generalExceptionOn is not null ? "General exception (regulation 10)"
        : "28 clear days' notice (regulation 9)";
}
