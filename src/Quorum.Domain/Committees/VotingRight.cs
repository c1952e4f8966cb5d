namespace Quorum.Domain.Committees;

/// <summary>Whether a member may vote.</summary>
public enum VotingRight
{
    Full,
    /// <summary>Statutory education co-optees vote only on education matters (Local Government Act 2000, s.9FA and the Parent Governor Representatives regulations).</summary>
    EducationItemsOnly,
    None,
}
