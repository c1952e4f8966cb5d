using Quorum.Domain.Outcomes;

namespace Quorum.Web.Pages.Admin.Decisions;

/// <summary>The status of a decision notice in the words Democratic Services use, and its GOV.UK tag colour.</summary>
public static class DecisionStatus
{
    public static readonly ExecutiveDecisionStatus[] InOrder =
        [ExecutiveDecisionStatus.Made, ExecutiveDecisionStatus.Published, ExecutiveDecisionStatus.CalledIn, ExecutiveDecisionStatus.Implemented];

    public static string Text(ExecutiveDecisionStatus status) => status switch
    {
        ExecutiveDecisionStatus.Made => "Made",
        ExecutiveDecisionStatus.Published => "Published",
        ExecutiveDecisionStatus.CalledIn => "Called in",
        _ => "Implemented",
    };

    // Made is the one that needs the clerk (the notice is not out yet), so it stands out.
    public static string Tag(ExecutiveDecisionStatus status) => status switch
    {
        ExecutiveDecisionStatus.Made => "govuk-tag--yellow",
        ExecutiveDecisionStatus.Published => "govuk-tag--blue",
        ExecutiveDecisionStatus.CalledIn => "govuk-tag--orange",
        _ => "govuk-tag--green",
    };
}
