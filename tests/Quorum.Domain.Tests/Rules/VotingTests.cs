using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;
using static Quorum.Domain.Tests.Rules.HarrowScrutiny;

namespace Quorum.Domain.Tests.Rules;

public class VotingTests
{
    private static readonly string[] Six = ["Lab1", "Lab2", "Lab3", "Con1", "Con2", "Con3"];

    private static ItemEligibility Item(int number, params DeclaredInterest[] declarations)
        => Eligibility.ForItem(Meeting(Six.Select(id => Present(id)), declarations), number, Settings);

    private static CastVote[] Votes(VoteChoice[] choices) => [.. Six.Zip(choices, (id, c) => new CastVote(id, c))];

    private const VoteChoice F = VoteChoice.For;
    private const VoteChoice A = VoteChoice.Against;
    private const VoteChoice X = VoteChoice.Abstain;

    [Fact]
    public void T16_a_3_3_tie_is_carried_by_the_chairs_casting_vote()
    {
        var outcome = Voting.Decide(Item(5), Votes([F, F, F, A, A, A]), presiding: "Lab1", castingVote: F);
        Assert.Equal(VoteResult.Carried, outcome.Result);
        Assert.Equal(VoteChoice.For, outcome.CastingVote);
        Assert.Equal((3, 3), (outcome.For, outcome.Against));
    }

    [Fact]
    public void A_casting_vote_against_loses_the_motion()
        => Assert.Equal(VoteResult.Lost, Voting.Decide(Item(5), Votes([F, F, F, A, A, A]), "Lab1", castingVote: A).Result);

    [Fact]
    public void A_tie_where_the_chair_declines_to_cast_falls()
    {
        var outcome = Voting.Decide(Item(5), Votes([F, F, F, A, A, A]), "Lab1");
        Assert.Equal(VoteResult.Lost, outcome.Result);
        Assert.Null(outcome.CastingVote);
    }

    [Fact]
    public void T17_the_vote_of_a_member_barred_by_a_DPI_on_item_7_is_rejected()
    {
        var outcome = Voting.Decide(Item(7, new DeclaredInterest("Con3", 7, InterestKind.DisclosablePecuniary)), Votes([F, F, A, A, A, A]), "Lab1");
        var rejected = Assert.Single(outcome.Rejected);
        Assert.Equal("Con3", rejected.PersonId);
        Assert.StartsWith("INT-4", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 3), (outcome.For, outcome.Against));
    }

    [Fact]
    public void Abstentions_do_not_count_towards_the_majority_of_those_present_and_voting()
    {
        var outcome = Voting.Decide(Item(5), Votes([F, F, A, X, X, X]), "Lab1");
        Assert.Equal(VoteResult.Carried, outcome.Result);
        Assert.Equal(3, outcome.Abstained);
    }

    [Fact]
    public void An_education_co_optee_vote_on_a_general_item_is_rejected()
    {
        var meeting = Meeting([.. Six.Select(id => Present(id)), Present("Church")]);
        var outcome = Voting.Decide(Eligibility.ForItem(meeting, 5, Settings), [new CastVote("Church", F), new CastVote("Lab1", A)], "Lab1");
        Assert.Contains(outcome.Rejected, r => r.PersonId == "Church" && r.Reason.Contains("education"));
        Assert.Equal(VoteResult.Lost, outcome.Result);
    }

    [Fact]
    public void A_second_vote_by_the_same_member_is_rejected()
    {
        var outcome = Voting.Decide(Item(5), [new CastVote("Lab1", F), new CastVote("Lab1", F), new CastVote("Con1", A)], "Lab1");
        Assert.Single(outcome.Rejected);
        Assert.Equal(VoteResult.Lost, outcome.Result);
    }

    [Fact]
    public void An_inquorate_item_cannot_be_decided()
    {
        var few = Eligibility.ForItem(Meeting([Present("Lab1"), Present("Lab2")]), 5, Settings);
        Assert.Equal(VoteResult.Inquorate, Voting.Decide(few, [new CastVote("Lab1", F)], "Lab1").Result);
    }

    [Fact]
    public void A_recorded_vote_names_how_each_member_voted_when_requested()
    {
        var outcome = Voting.Decide(Item(5), Votes([F, F, A, X, A, F]), "Lab1", recordedVoteRequested: true);
        Assert.NotNull(outcome.Recorded);
        Assert.Equal(["Lab1", "Lab2", "Con3"], outcome.Recorded.For);
        Assert.Equal(["Lab3", "Con2"], outcome.Recorded.Against);
        Assert.Equal(["Con1"], outcome.Recorded.Abstained);
    }

    [Fact]
    public void Every_vote_at_a_budget_decision_meeting_is_recorded_and_otherwise_only_on_request()
    {
        Assert.NotNull(Voting.Decide(Item(5), Votes([F, F, F, F, A, A]), "Lab1", budgetDecisionMeeting: true).Recorded);
        Assert.Null(Voting.Decide(Item(5), Votes([F, F, F, F, A, A]), "Lab1").Recorded);
    }

    [Fact]
    public void A_chair_barred_from_the_item_cannot_give_a_casting_vote()
    {
        var item = Item(7, new DeclaredInterest("Lab1", 7, InterestKind.DisclosablePecuniary));
        var error = Assert.Throws<ProcedureRuleException>(
            () => Voting.Decide(item, [new CastVote("Lab2", F), new CastVote("Con1", A)], "Lab1", castingVote: F));
        Assert.Equal("CPR-8", error.Rule);
    }
}
