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
}
