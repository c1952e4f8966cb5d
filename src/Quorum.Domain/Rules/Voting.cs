using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Rules;

/// <summary>A vote as cast on a show of hands (or electronically).</summary>
public sealed record CastVote(string PersonId, VoteChoice Choice);

public enum VoteResult
{
    Carried,
    Lost,

    /// <summary>The quorum was not present, so no vote could be taken (CPR-1).</summary>
    Inquorate,
}

/// <summary>A vote that was not counted, and the rule that excluded it.</summary>
public sealed record RejectedVote(string PersonId, string Reason);

/// <summary>Names of those voting each way, for the minutes (SI 1993/202 Sch 2 para 1; SI 2014/165).</summary>
public sealed record RecordedVote(IReadOnlyList<string> For, IReadOnlyList<string> Against, IReadOnlyList<string> Abstained);

public sealed record VoteOutcome(
    VoteResult Result,
    int For,
    int Against,
    int Abstained,
    IReadOnlyList<RejectedVote> Rejected,
    VoteChoice? CastingVote,
    RecordedVote? Recorded);

/// <summary>Decides a question on one item (CPR-8).</summary>
public static class Voting
{
    /// <param name="presiding">The person in the chair for the item.</param>
    /// <param name="castingVote">The chair's second vote on a tie; null or Abstain when the chair declines, and the motion falls.</param>
    /// <param name="recordedVoteRequested">A member required a recorded vote immediately after the vote.</param>
    /// <param name="budgetDecisionMeeting">A council tax or precept meeting, where every vote is recorded by name.</param>
    public static VoteOutcome Decide(
        ItemEligibility item,
        IEnumerable<CastVote> votes,
        string presiding,
        VoteChoice? castingVote = null,
        bool recordedVoteRequested = false,
        bool budgetDecisionMeeting = false)
    {
        // CPR-1: with no quorum present there is no business, so no question can be decided.
        if (!item.IsQuorate)
        {
            return new(VoteResult.Inquorate, 0, 0, 0, [], null, null);
        }

        var accepted = new List<CastVote>();
        var rejected = new List<RejectedVote>();
        foreach (var vote in votes)
        {
            if (!item.MayVote(vote.PersonId))
            {
                var why = item.NotCounted.FirstOrDefault(n => n.PersonId == vote.PersonId)?.Reason
                    ?? "CPR-8: not a voting member present for this item";
                rejected.Add(new(vote.PersonId, why));
            }
            else if (accepted.Any(v => v.PersonId == vote.PersonId))
            {
                rejected.Add(new(vote.PersonId, "CPR-8: has already voted on this question"));
            }
            else
            {
                accepted.Add(vote);
            }
        }

        var forVotes = accepted.Count(v => v.Choice == VoteChoice.For);
        var against = accepted.Count(v => v.Choice == VoteChoice.Against);
        var abstained = accepted.Count(v => v.Choice == VoteChoice.Abstain);

        // CPR-8, LGA 1972 Sch 12 para 39(1) and para 44: a majority of those present and voting; abstentions are not votes.
        VoteResult result;
        VoteChoice? casting = null;
        if (forVotes != against)
        {
            result = forVotes > against ? VoteResult.Carried : VoteResult.Lost;
        }
        else
        {
            // CPR-8, Sch 12 para 39(2): on an equality the person presiding has a second or casting vote.
            if (castingVote is VoteChoice.For or VoteChoice.Against)
            {
                if (!item.MayVote(presiding))
                {
                    throw new ProcedureRuleException(
                        "CPR-8", $"{presiding}, presiding, may not vote on item {item.ItemNumber}, so cannot give a casting vote");
                }
                casting = castingVote;
            }
            // A declined casting vote leaves the motion unpassed: it falls.
            result = casting == VoteChoice.For ? VoteResult.Carried : VoteResult.Lost;
        }

        // CPR-8: SI 1993/202 Sch 2 para 1 (on request) and SI 2014/165 (always, at budget decision meetings).
        RecordedVote? recorded = recordedVoteRequested || budgetDecisionMeeting
            ? new(Names(accepted, VoteChoice.For), Names(accepted, VoteChoice.Against), Names(accepted, VoteChoice.Abstain))
            : null;
        return new(result, forVotes, against, abstained, rejected, casting, recorded);
    }

    private static List<string> Names(IEnumerable<CastVote> votes, VoteChoice choice)
        => [.. votes.Where(v => v.Choice == choice).Select(v => v.PersonId)];
}
