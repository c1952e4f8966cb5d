namespace Quorum.Domain.Outcomes;

public enum VoteChoice
{
    For,
    Against,
    Abstain,
}
