using NodaTime;

namespace Quorum.Domain.Committees;

/// <summary>
/// A named substitute on a partnership body: attends for an organisation when its representative cannot
/// (e.g. "paragraph 12.7 of the Partnership Governance Handbook").
/// </summary>
public sealed class Substitute : Entity
{
    public required Guid CommitteeId { get; set; }

    public required Guid PersonId { get; set; }

    public People.Person? Person { get; set; }

    public required string Organisation { get; set; }

    /// <summary>The representative this substitute stands in for, when named.</summary>
    public Guid? ForPersonId { get; set; }

    public required LocalDate From { get; set; }

    public LocalDate? To { get; set; }
}
