namespace Quorum.Domain.Outcomes;

/// <summary>The formula a decision is recorded under.</summary>
public enum ResolutionKind
{
    Resolved,
    Agreed,
    /// <summary>"RESOLVED to RECOMMEND": the body recommends to Council or Cabinet, which decides.</summary>
    Recommend,
    Noted,
}
