using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Outcomes;

namespace Quorum.Web.Pages.Decisions;

/// <summary>
/// The executive decision notices the public may read (<see cref="Visibility.PublicExecutiveDecision"/>): published
/// ones only (a decision not yet published has no notice), and never one taken on a Part II item, whose notice goes
/// to members alone.
/// </summary>
public static class ExecutiveNotices
{
    public static IQueryable<ExecutiveDecision> Public(QuorumDbContext db, Guid councilId) =>
        from d in db.ExecutiveDecisions.WherePublic()
        join c in db.Committees on d.CommitteeId equals c.Id
        where c.CouncilId == councilId
        select d;

    public static string Status(ExecutiveDecision decision) => decision.Status switch
    {
        ExecutiveDecisionStatus.Published when decision.CallInWaived => "Published, call-in waived as urgent",
        ExecutiveDecisionStatus.Published => "Published, open to call-in",
        ExecutiveDecisionStatus.CalledIn => "Called in for scrutiny",
        ExecutiveDecisionStatus.Implemented => "Implemented",
        _ => "Made",
    };

    public static string StatusTag(ExecutiveDecision decision) => decision.Status switch
    {
        ExecutiveDecisionStatus.CalledIn => "govuk-tag--orange",
        ExecutiveDecisionStatus.Implemented => "govuk-tag--green",
        _ => "govuk-tag--blue",
    };
}
