using Quorum.Domain.Publication;

namespace Quorum.TestSupport;

/// <summary>Publication events for tests that call application services without a host.</summary>
public static class Publications
{
    /// <summary>No listener: for a test that is not about what gets announced.</summary>
    public static PublicationEvents Unheard => new([]);
}

/// <summary>Remembers every announced change, for tests that check a service announces what it changed.</summary>
public sealed class RecordedPublications : IPublicationListener
{
    private readonly List<PublishedChange> changes = [];

    public PublicationEvents Events => new([this]);

    public IReadOnlyList<PublishedChange> Changes => changes;

    public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        changes.Add(change);
        return Task.CompletedTask;
    }
}
