using NodaTime;

namespace Quorum.Domain.Interests;

/// <summary>
/// One entry in a member's register of interests (Localism Act 2011 s29). Entries are never overwritten: a change
/// ends the old entry and starts a new one, so the register's history can be read as at any date.
/// </summary>
public sealed class RegisteredInterest : Entity
{
    /// <summary>What the public register prints instead of the details of a sensitive interest (INT-5, s32(2)).</summary>
    public const string WithheldText = "[details withheld under s32(2) Localism Act 2011]";

    public required Guid PersonId { get; set; }

    public required InterestCategory Category { get; set; }

    /// <summary>"Employed by Acme Ltd as a surveyor", "Freehold of 12 High Street, Harrow".</summary>
    public required string Description { get; set; }

    /// <summary>Whether the interest is the member's spouse's or partner's (s30(3)); it is registered all the same.</summary>
    public bool OfSpouseOrPartner { get; set; }

    /// <summary>The member and Monitoring Officer agree that publishing the details could lead to violence or intimidation (s32).</summary>
    public bool Sensitive { get; set; }

    /// <summary>For gifts and hospitality: the donor and estimated value as registered.</summary>
    public string? Donor { get; set; }

    public decimal? ValueGbp { get; set; }

    /// <summary>The day the Monitoring Officer received the notification.</summary>
    public required LocalDate RegisteredOn { get; set; }

    /// <summary>The day the entry stopped applying (removed or replaced); null while current.</summary>
    public LocalDate? EndedOn { get; private set; }

    /// <summary>The entry this one replaced, so an amendment's history links back.</summary>
    public Guid? ReplacesId { get; set; }

    public bool IsDisclosablePecuniary => Category.IsDisclosablePecuniary();

    public bool IsCurrentOn(LocalDate date) => RegisteredOn <= date && (EndedOn is null || date < EndedOn);

    /// <summary>The description as any public page shows it: existence only for a sensitive interest.</summary>
    public string PublicDescription => Sensitive ? WithheldText : Description;

    public void End(LocalDate on)
    {
        if (on < RegisteredOn)
        {
            throw new ProcedureRuleException("INT-3", $"register entry '{PublicDescription}' cannot end on {on:uuuu-MM-dd}, before it was registered on {RegisteredOn:uuuu-MM-dd}");
        }
        EndedOn = on;
    }
}
