namespace Quorum.Domain.Committees;

/// <summary>The kind of decision-making body, as a council's constitution names it.</summary>
public enum BodyType
{
    Council,
    Cabinet,
    Committee,
    SubCommittee,
    Panel,
    PartnershipBoard,

    /// <summary>A committee two or more councils appoint together (Local Government Act 1972, s.102(1)(b)).</summary>
    JointCommittee,
}
