using NodaTime;
using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Tests.Outcomes;

public class OutcomeTests
{
    private static Minute NewMinute() => new() { MeetingId = Guid.NewGuid(), CommitteeId = Guid.NewGuid(), Number = new MinuteNumber(227), Title = "Health Visiting Scrutiny Review" };

    [Fact]
    public void A_multi_part_resolution_prints_its_parts_in_order()
    {
        var minute = NewMinute();
        minute.Resolve(ResolutionKind.Recommend, "To refer the review's recommendations to Cabinet.");
        var resolved = minute.Resolve(ResolutionKind.Resolved, "That", "to endorse the findings", "to acknowledge the Cabinet response");
        Assert.Equal(2, resolved.Order);
        Assert.Equal("RESOLVED: That\n(1) to endorse the findings; and\n(2) to acknowledge the Cabinet response", resolved.ToMinuteText());
        Assert.Equal("Resolved to RECOMMEND: To refer the review's recommendations to Cabinet.", minute.Resolutions[0].ToMinuteText());
    }

    [Fact]
    public void A_recorded_vote_totals_the_members_votes()
    {
        var vote = new Vote { MinuteId = Guid.NewGuid(), Motion = "That the application be refused" };
        vote.Record(Guid.NewGuid(), VoteChoice.For);
        vote.Record(Guid.NewGuid(), VoteChoice.Against);
        vote.Record(Guid.NewGuid(), VoteChoice.Abstain);
        Assert.Equal((1, 1, 1, false), (vote.For, vote.Against, vote.Abstentions, vote.Carried));
        vote.CastingVote(VoteChoice.For);
        Assert.True(vote.Carried);
        Assert.Throws<InvalidOperationException>(() => vote.SetTotals(5, 2, 0));
    }

    [Fact]
    public void A_show_of_hands_has_totals_only_and_no_casting_vote_unless_tied()
    {
        var vote = new Vote { MinuteId = Guid.NewGuid(), Motion = "That the recommendation be agreed" };
        vote.SetTotals(6, 3, 1);
        Assert.True(vote.Carried);
        Assert.Throws<InvalidOperationException>(() => vote.CastingVote(VoteChoice.Against));
        Assert.Throws<ArgumentOutOfRangeException>(() => vote.SetTotals(-1, 0, 0));
    }

    [Fact]
    public void A_declaration_records_the_interest_and_whether_the_member_withdrew()
    {
        var declaration = new Declaration { MeetingId = Guid.NewGuid(), PersonId = Guid.NewGuid(), Kind = InterestKind.DisclosablePecuniary, Nature = "Owns property adjoining the site.", Outcome = DeclarationOutcome.Withdrew };
        Assert.True(declaration.LeftTheRoom);
    }

    [Fact]
    public void An_action_stays_open_until_completed()
    {
        var action = new ActionPoint { MinuteId = Guid.NewGuid(), Description = "Circulate the data to Members.", Owner = "Director of Public Health" };
        Assert.True(action.IsOpen);
        action.Complete(new LocalDate(2020, 11, 2));
        Assert.False(action.IsOpen);
    }
}
