using NodaTime;

namespace Quorum.Domain.Committees;

/// <summary>A decision-making or advisory body: Council itself, Cabinet, a committee, sub-committee, panel or partnership board.</summary>
public sealed class Committee : Entity
{
    public required Guid CouncilId { get; set; }

    public required string Name { get; set; }

    public required Slug Slug { get; set; }

    public required BodyType BodyType { get; set; }

    /// <summary>The body a sub-committee or panel reports to.</summary>
    public Guid? ParentId { get; set; }

    public Committee? Parent { get; set; }

    /// <summary>Members needed for business to proceed ("MEMBERSHIP (Quorum 4)"); partnership boards may state none.</summary>
    public int? Quorum
    {
        get;
        set => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Quorum of {Name} must be at least 1.");
    }

    /// <summary>
    /// A quorum set as a share of the body's voting members rather than a number: one in this many, rounded up
    /// (4 for full council: "one quarter of the whole number of members", LGA 1972 Sch 12 para 6).
    /// </summary>
    public int? QuorumOneIn
    {
        get;
        set => field = value is null or > 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Quorum share of {Name} must be one in 2 or more.");
    }

    /// <summary>Members needed out of <paramref name="votingMembers"/>: the number, else the share rounded up, else none (CPR-1).</summary>
    public int? QuorumOf(int votingMembers) =>
        Quorum ?? (QuorumOneIn is { } share ? Math.Max(1, (votingMembers + share - 1) / share) : null);

    /// <summary>How many seats the body has, when its terms fix it; the seats not held today are its vacancies ("2 Vacancies").</summary>
    public int? Seats
    {
        get;
        set => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Seats on {Name} must be at least 1.");
    }

    /// <summary>Seats not held, given the seats held today (chair, vice-chair, members, co-optees, representatives); null when the number of seats is not fixed.</summary>
    public int? VacanciesWith(int held) => Seats is { } seats ? Math.Max(0, seats - held) : null;

    /// <summary>Terms of reference in brief.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>Whether public participation follows the Executive Procedure Rules (Cabinet side) or the Committee Procedure Rules.</summary>
    public bool IsExecutive => BodyType is BodyType.Cabinet || (BodyType is BodyType.Panel && Parent?.BodyType is BodyType.Cabinet);

    /// <summary>The Democratic Services officer who clerks the body, printed as the front sheet's "Contact:".</summary>
    public string? ClerkName { get; set; }

    /// <summary>"Senior Democratic and Electoral Services Officer".</summary>
    public string? ClerkTitle { get; set; }

    public string? ClerkPhone { get; set; }

    public string? ClerkEmail { get; set; }

    /// <summary>
    /// The last day the body existed, when it has been wound up. A retired body keeps its meetings, minutes and
    /// members' past seats (the record must still read as it did); it only takes no new business or seats.
    /// </summary>
    public LocalDate? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    public List<Membership> Memberships { get; private set; } = [];

    /// <summary>Winds the body up on <paramref name="lastDay"/>: every seat still held then ends that day, none is removed.</summary>
    public void Retire(LocalDate lastDay)
    {
        if (RetiredOn is not null)
        {
            throw new InvalidOperationException($"{Name} was already retired on {RetiredOn:uuuu-MM-dd}.");
        }
        if (Memberships.FirstOrDefault(m => m.From > lastDay) is { } later)
        {
            // A seat that starts after the body ends was never held; the clerk ends or corrects it first.
            throw new InvalidOperationException($"A seat on {Name} starts on {later.From:uuuu-MM-dd}, after {lastDay:uuuu-MM-dd}.");
        }
        foreach (var seat in Memberships.Where(m => m.To is null || m.To > lastDay))
        {
            seat.To = lastDay;
        }
        RetiredOn = lastDay;
    }
}
