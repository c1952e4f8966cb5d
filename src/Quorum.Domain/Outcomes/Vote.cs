namespace Quorum.Domain.Outcomes;

/// <summary>
/// A vote on a motion or amendment, with totals and, for a recorded (named) vote, how each member voted.
/// </summary>
public sealed class Vote : Entity
{
    public required Guid MinuteId { get; set; }

    /// <summary>"That the application be refused", or the amendment put.</summary>
    public required string Motion { get; set; }

    public int For { get; private set; }

    public int Against { get; private set; }

    public int Abstentions { get; private set; }

    /// <summary>Set when the chair's second or casting vote decided a tie.</summary>
    public VoteChoice? ChairsCastingVote { get; private set; }

    public List<MemberVote> MemberVotes { get; private set; } = [];

    public bool Carried => For > Against || (For == Against && ChairsCastingVote == VoteChoice.For);

    public void SetTotals(int @for, int against, int abstentions)
    {
        if (@for < 0 || against < 0 || abstentions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(@for), $"Vote on '{Motion}': totals cannot be negative ({@for} for, {against} against, {abstentions} abstentions).");
        }
        if (MemberVotes.Count > 0)
        {
            throw new InvalidOperationException($"Vote on '{Motion}' is a recorded vote: its totals come from the members' votes.");
        }
        (For, Against, Abstentions) = (@for, against, abstentions);
    }

    /// <summary>Records one member's vote in a recorded vote; the totals follow.</summary>
    public MemberVote Record(Guid personId, VoteChoice choice, Guid? id = null)
    {
        if (MemberVotes.Any(v => v.PersonId == personId))
        {
            throw new InvalidOperationException($"Vote on '{Motion}': that member's vote is already recorded.");
        }
        var vote = new MemberVote { Id = id ?? Guid.NewGuid(), VoteId = Id, PersonId = personId, Choice = choice };
        MemberVotes.Add(vote);
        For = MemberVotes.Count(v => v.Choice == VoteChoice.For);
        Against = MemberVotes.Count(v => v.Choice == VoteChoice.Against);
        Abstentions = MemberVotes.Count(v => v.Choice == VoteChoice.Abstain);
        return vote;
    }

    public void CastingVote(VoteChoice choice)
    {
        if (For != Against)
        {
            throw new InvalidOperationException($"Vote on '{Motion}' is not tied ({For} to {Against}); there is no casting vote.");
        }
        ChairsCastingVote = choice is VoteChoice.Abstain ? throw new ArgumentException("A casting vote is for or against.", nameof(choice)) : choice;
    }
}

public sealed class MemberVote : Entity
{
    public required Guid VoteId { get; set; }

    public required Guid PersonId { get; set; }

    public required VoteChoice Choice { get; set; }
}
