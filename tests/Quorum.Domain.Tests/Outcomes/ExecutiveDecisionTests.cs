using NodaTime;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Outcomes;

/// <summary>Publishing an executive decision notice (EX-7) and waiving call-in on grounds of urgency (EX-8).</summary>
public class ExecutiveDecisionTests
{
    private static readonly LocalDate Decided = new(2017, 10, 19);

    private static ExecutiveDecision Decision()
    {
        var decision = new ExecutiveDecision
        {
            CommitteeId = Guid.NewGuid(),
            DecisionMaker = "Cabinet",
            Title = "Emergency repairs to Headstone Manor bridge",
            Decision = "To approve the repairs.",
            DecidedOn = Decided,
        };
        decision.Explain("The bridge is unsafe.", "None.");
        return decision;
    }

    [Fact]
    public void A_waiver_of_call_in_keeps_its_reason_and_the_decision_can_be_implemented_at_once()
    {
        var decision = Decision();
        decision.Publish(Decided, Deadlines.Harrow, "  Repairs must start before the river rises.  ");
        Assert.True(decision.CallInWaived);
        Assert.Equal("Repairs must start before the river rises.", decision.CallInWaiverReason);
        Assert.Equal((null, Decided), (decision.CallInEnds, decision.ImplementableFrom));
        Assert.Throws<ProcedureRuleException>(() => decision.CallIn(Decided.PlusDays(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_waiver_without_a_reason_is_refused_and_nothing_is_published(string reason)
    {
        var decision = Decision();
        var refused = Assert.Throws<ProcedureRuleException>(() => decision.Publish(Decided, Deadlines.Harrow, reason));
        Assert.Contains("give the reason it cannot wait for call-in", refused.Detail, StringComparison.Ordinal);
        Assert.Equal((ExecutiveDecisionStatus.Made, null, false), (decision.Status, decision.PublishedOn, decision.CallInWaived));
    }

    [Fact]
    public void A_reason_longer_than_a_notice_carries_is_refused()
    {
        var refused = Assert.Throws<ProcedureRuleException>(() => Decision().Publish(Decided, Deadlines.Harrow, new string('x', ExecutiveDecision.MaxWaiverReasonLength + 1)));
        Assert.Contains($"{ExecutiveDecision.MaxWaiverReasonLength} characters or fewer", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_waiver_the_call_in_period_runs_and_no_reason_is_kept()
    {
        var decision = Decision();
        decision.Publish(Decided, Deadlines.Harrow);
        Assert.False(decision.CallInWaived);
        Assert.Null(decision.CallInWaiverReason);
        Assert.NotNull(decision.CallInEnds);
    }
}
