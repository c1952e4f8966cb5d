using NodaTime;

namespace Quorum.Domain.Committees;

/// <summary>A person's seat on a body for a period: role, voting right and, for partnership bodies, the organisation represented.</summary>
public sealed class Membership : Entity
{
    public required Guid CommitteeId { get; set; }

    public required Guid PersonId { get; set; }

    public People.Person? Person { get; set; }

    public required MembershipRole Role { get; set; }

    public VotingRight VotingRight { get; set; } = VotingRight.Full;

    /// <summary>e.g. "Metropolitan Police", "Roman Catholic Church diocesan education authority".</summary>
    public string? OrganisationRepresented { get; set; }

    /// <summary>What the person is, where it is printed beside the name ("Foster Carer", "Borough Commander").</summary>
    public string? Position { get; set; }

    public required LocalDate From { get; set; }

    /// <summary>Last day of the appointment; open-ended when null.</summary>
    public LocalDate? To
    {
        get;
        set => field = value is null || value >= From ? value : throw new ArgumentException($"Membership cannot end ({value:uuuu-MM-dd}) before it starts ({From:uuuu-MM-dd}).", nameof(value));
    }

    /// <summary>The minute of the meeting that made the appointment, as printed ("Council, 21 May 2026, minute 12"), when cited.</summary>
    public string? AppointedByMinute { get; set; }

    /// <summary>The minute of the meeting that ended the seat (a replacement, a removal), when cited.</summary>
    public string? EndedByMinute { get; set; }

    public bool IsCurrentOn(LocalDate date) => date >= From && (To is null || date <= To);

    /// <summary>Whether this member may vote on an item, given whether the item concerns the council's education functions.</summary>
    public bool MayVoteOn(bool educationItem) => VotingRight switch
    {
        VotingRight.Full => true,
        VotingRight.EducationItemsOnly => educationItem,
        _ => false,
    };
}
