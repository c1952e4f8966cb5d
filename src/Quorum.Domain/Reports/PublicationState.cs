namespace Quorum.Domain.Reports;

/// <summary>Where a report is on its way to the public: drafted, submitted to Democratic Services, cleared by the statutory officers, published with the agenda.</summary>
public enum PublicationState
{
    Draft,
    Submitted,
    Cleared,
    Published,
}
