namespace Quorum.Domain.Reports;

/// <summary>Where a report is on its way to the public: drafted, submitted to Democratic Services, cleared by the statutory officers, published with the agenda.</summary>
public enum PublicationState
{
    Draft,
    Submitted,
    Cleared,
    Published,
}

public static class PublicationStates
{
    /// <summary>
    /// A report not yet cleared when its agenda is published goes out "To Follow" and into the supplementary pack:
    /// the publisher marks the item so and the publish confirmation warns of it, from this one rule.
    /// </summary>
    public static bool GoesOutToFollow(this PublicationState state) => state is PublicationState.Draft or PublicationState.Submitted;
}
