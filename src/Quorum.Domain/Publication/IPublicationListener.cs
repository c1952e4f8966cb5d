namespace Quorum.Domain.Publication;

/// <summary>What just became public, or was withdrawn, after a committed change.</summary>
/// <param name="CouncilId">The council whose public material changed.</param>
/// <param name="MeetingId">The meeting it belongs to; null for council-wide changes (memberships, a re-import of many meetings).</param>
/// <param name="Content">What kind of material changed.</param>
public sealed record PublishedChange(Guid CouncilId, Guid? MeetingId, PublishedContent Content);

public enum PublishedContent
{
    Agenda,
    SupplementaryAgenda,
    Minutes,
    Decision,
    Membership,
    ImportedPack,

    /// <summary>A report was taken to (or its outcome recorded at) a later meeting: its journey changed.</summary>
    PaperJourney,

    /// <summary>A public question was accepted: it is printed under the meeting's Public Questions item.</summary>
    PublicQuestions,

    /// <summary>The chair agreed to hear a deputation: it is printed under its agenda item.</summary>
    Deputations,

    /// <summary>A forward plan entry, or one of its notices, was published or changed.</summary>
    ForwardPlan,

    /// <summary>The council's own details or procedure settings changed: contact pages, deadlines on meeting pages.</summary>
    CouncilDetails,

    /// <summary>
    /// The search index changed without a publication: rebuilt by <c>quorum reindex</c>, filled by a command, or
    /// caught up with updates it had put off. Only search answers are stale.
    /// </summary>
    SearchIndex,
}

/// <summary>
/// Anything that keeps a copy of public material (the output cache, the search index, feeds) and must refresh it
/// when material is published. Called after the publishing transaction commits, never inside it, so a listener
/// that fails cannot undo a publication; it is told again by the next one or by <c>quorum reindex</c>.
/// </summary>
public interface IPublicationListener
{
    Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken);
}

/// <summary>Tells every registered listener, in registration order, about a committed publication.</summary>
public sealed class PublicationEvents(IEnumerable<IPublicationListener> listeners)
{
    public async Task PublishedAsync(PublishedChange change, CancellationToken cancellationToken = default)
    {
        foreach (var listener in listeners)
        {
            await listener.OnPublishedAsync(change, cancellationToken);
        }
    }
}
