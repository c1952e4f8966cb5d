namespace Quorum.Domain.Outcomes;

/// <summary>A member's declaration of interest at a meeting, on an agenda item, and what they did about it.</summary>
public sealed class Declaration : Entity
{
    public required Guid MeetingId { get; set; }

    public required Guid PersonId { get; set; }

    public People.Person? Person { get; set; }

    /// <summary>The item the interest arises on.</summary>
    public Guid? AgendaItemId { get; set; }

    public required InterestKind Kind { get; set; }

    /// <summary>"Her husband is employed by the Metropolitan Police."</summary>
    public required string Nature { get; set; }

    /// <summary>Whether the member left the room and took no part (required for a disclosable pecuniary interest).</summary>
    public bool LeftTheRoom { get; set; }
}
