using NodaTime;

namespace Quorum.Domain.Interests;

/// <summary>The grounds on which a s33 dispensation may be granted (Localism Act 2011 s33(2)(a)–(e), INT-6).</summary>
public enum DispensationGround
{
    /// <summary>(a) so many members would be barred that business would be impeded.</summary>
    ImpedesBusiness,

    /// <summary>(b) the representation of political groups would change the likely outcome of a vote.</summary>
    AltersPoliticalBalance,

    /// <summary>(c) it is in the interests of people living in the area.</summary>
    InterestsOfInhabitants,

    /// <summary>(d) every member of the executive would be barred from executive business.</summary>
    WholeExecutiveBarred,

    /// <summary>(e) it is otherwise appropriate.</summary>
    OtherwiseAppropriate,
}

/// <summary>
/// A dispensation from the s31(4) bar on taking part in discussion and/or voting despite a disclosable pecuniary
/// interest (INT-6). It runs for a stated period of at most four years and may be limited to one body.
/// </summary>
public sealed class Dispensation : Entity
{
    // Localism Act 2011 s33(3)(b): a dispensation must specify its period, which may not exceed four years.
    public const int MaximumYears = 4;

    public required Guid PersonId { get; set; }

    /// <summary>The body it applies to; null for every body of the council.</summary>
    public Guid? CommitteeId { get; set; }

    /// <summary>The matter it covers, as granted ("the setting of council tax").</summary>
    public required string Scope { get; set; }

    public required DispensationGround Ground { get; set; }

    /// <summary>Who granted it: the Standards Committee, or the Monitoring Officer under delegation.</summary>
    public required string GrantedBy { get; set; }

    public bool CoversDiscussion { get; set; } = true;

    public bool CoversVoting { get; set; } = true;

    public LocalDate From { get; private set; }

    public LocalDate Expires { get; private set; }

    /// <summary>Grants a dispensation for the period <paramref name="from"/> to <paramref name="expires"/> inclusive.</summary>
    public void SetPeriod(LocalDate from, LocalDate expires)
    {
        if (expires < from)
        {
            throw new ProcedureRuleException("INT-6", $"dispensation expiry {expires:uuuu-MM-dd} is before it starts on {from:uuuu-MM-dd}");
        }
        if (expires > from.PlusYears(MaximumYears))
        {
            throw new ProcedureRuleException("INT-6", $"a dispensation may not exceed four years (Localism Act 2011 s33(3)(b)): {from:uuuu-MM-dd} to {expires:uuuu-MM-dd} is longer");
        }
        (From, Expires) = (from, expires);
    }

    /// <summary>Whether it lets the member vote at a meeting of <paramref name="committeeId"/> on <paramref name="date"/>.</summary>
    public bool CoversVoteAt(Guid committeeId, LocalDate date)
        => CoversVoting && date >= From && date <= Expires && (CommitteeId is null || CommitteeId == committeeId);
}
