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

    /// <summary>The member's register entry the interest comes from, when it is registered (INT-4 s31(2)).</summary>
    public Guid? RegisteredInterestId { get; set; }

    /// <summary>The s33 dispensation that let the member take part despite the interest.</summary>
    public Guid? DispensationId { get; set; }

    /// <summary>Whether the details are withheld under s32 (sensitive interest): the minutes give the existence only.</summary>
    public bool Sensitive { get; set; }

    public DeclarationOutcome Outcome { get; set; } = DeclarationOutcome.Remained;

    /// <summary>Whether the member left the room and took no part (required for a disclosable pecuniary interest).</summary>
    public bool LeftTheRoom => Outcome == DeclarationOutcome.Withdrew;
}

/// <summary>What the member did after declaring.</summary>
public enum DeclarationOutcome
{
    /// <summary>Stayed, spoke and voted (a non-pecuniary interest, or a DPI under dispensation).</summary>
    Remained,

    /// <summary>Left the room for the discussion and vote on the item.</summary>
    Withdrew,

    /// <summary>Stayed in the room but took no part in the vote.</summary>
    DidNotVote,
}
