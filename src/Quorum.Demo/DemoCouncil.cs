using NodaTime;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Interests;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.Demo;

/// <summary>
/// A complete fictional London borough (Brentmoor): three municipal years of committees, councillors, meetings,
/// agendas, reports, minutes and decisions. Generated in memory from a seed and a reference date ("today" for the
/// demo: meetings before it have been held, later ones are scheduled), with no clock and no I/O, so the same
/// inputs always give the same records, identifiers included.
/// </summary>
public sealed class DemoCouncil
{
    /// <summary>The reference date used when none is given, so that <c>quorum demo --seed 1</c> is reproducible.</summary>
    public static readonly LocalDate DefaultReferenceDate = new(2026, 11, 23);

    internal DemoCouncil()
    {
    }

    public required int Seed { get; init; }

    public required LocalDate ReferenceDate { get; init; }

    public List<Council> Councils { get; } = [];
    public List<MunicipalYear> MunicipalYears { get; } = [];
    public List<PartyGroup> PartyGroups { get; } = [];
    public List<Ward> Wards { get; } = [];
    public List<Person> People { get; } = [];
    public List<Committee> Committees { get; } = [];
    public List<Membership> Memberships { get; } = [];
    public List<ReserveList> ReserveLists { get; } = [];
    public List<Substitute> Substitutes { get; } = [];
    public List<Meeting> Meetings { get; } = [];
    public List<AgendaItem> AgendaItems { get; } = [];
    public List<Attendance> Attendances { get; } = [];
    public List<Report> Reports { get; } = [];
    public List<Minute> Minutes { get; } = [];
    public List<Declaration> Declarations { get; } = [];
    public List<Vote> Votes { get; } = [];
    public List<ActionPoint> ActionPoints { get; } = [];
    public List<RegisteredInterest> RegisteredInterests { get; } = [];
    public List<Dispensation> Dispensations { get; } = [];
    public List<ExecutiveDecision> ExecutiveDecisions { get; } = [];
    public List<ForwardPlanEntry> ForwardPlan { get; } = [];
    public List<Petition> Petitions { get; } = [];
    public List<PetitionSignature> PetitionSignatures { get; } = [];
    public List<Deputation> Deputations { get; } = [];

    /// <summary>The records in an order that satisfies every foreign key, each group a stage of the load.</summary>
    public IEnumerable<(string Stage, IReadOnlyList<Entity> Records)> Stages()
    {
        yield return ("Council and people", [.. Councils, .. MunicipalYears, .. PartyGroups, .. Wards, .. People]);
        yield return ("Registers of interests", [.. RegisteredInterests]);
        yield return ("Committees and memberships", [.. Committees, .. Memberships, .. ReserveLists, .. Substitutes]);
        yield return ("Meetings and agendas", [.. Meetings, .. AgendaItems, .. Attendances]);
        yield return ("Reports", [.. Reports]);
        yield return ("Dispensations", [.. Dispensations]);
        yield return ("Minutes and decisions", [.. Minutes, .. Declarations, .. Votes, .. ActionPoints, .. ExecutiveDecisions]);
        yield return ("Forward plan", [.. ForwardPlan]);
        yield return ("Petitions", [.. Petitions, .. PetitionSignatures]);
        yield return ("Deputations", [.. Deputations]);
    }

    public static DemoCouncil Generate(int seed, LocalDate? referenceDate = null) =>
        new DemoCouncilBuilder(seed, referenceDate ?? DefaultReferenceDate).Build();
}
