using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Reports;

/// <summary>
/// A council whose paper goes from Overview and Scrutiny (12 January 2027, where it was written for) to Cabinet
/// (9 February) and Council (25 February, agenda not yet published), with an earlier Cabinet (5 January), an
/// exempt paper and another council's body; both councils made with the shared <see cref="TestCouncil"/> builder.
/// </summary>
public sealed class JourneyCouncil
{
    private static readonly LocalDate ScrutinyDay = new(2027, 1, 12);
    private static readonly LocalDate EarlierCabinetDay = new(2027, 1, 5);
    private static readonly LocalDate CabinetDay = new(2027, 2, 9);
    private static readonly LocalDate CouncilDay = new(2027, 2, 25);
    private static readonly LocalDate NeighbourDay = new(2027, 3, 1);

    private BuiltCouncil wendlow = null!;
    private BuiltCouncil elsewhere = null!;

    public Council Council => wendlow.Council;

    public Council Neighbour => elsewhere.Council;

    public AgendaItem Scrutiny => wendlow.Item(ScrutinyDay, 3);

    public AgendaItem ExemptScrutinyItem => wendlow.Item(ScrutinyDay, 4);

    public AgendaItem EarlierCabinet => wendlow.Item(EarlierCabinetDay, 3);

    public AgendaItem CabinetDeclarations => wendlow.Item(CabinetDay, 1);

    public AgendaItem Cabinet => wendlow.Item(CabinetDay, 5);

    public AgendaItem CouncilItem => wendlow.Item(CouncilDay, 7);

    public AgendaItem NeighbourItem => elsewhere.Item(NeighbourDay, 2);

    public Report Paper => wendlow.Report("Community Safety Strategy 2027-2030");

    public Report ExemptPaper => wendlow.Report("Leisure Contract Award");

    public async Task SaveAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        const string strategy = "Community Safety Strategy 2027-2030";
        static void Paper(ReportBuilder r) => r
            .For("Overview and Scrutiny Committee", ScrutinyDay)
            .Officer("Paul Hewitt, Corporate Director, Community")
            .Summary("The draft strategy for comment before Cabinet decides it.")
            .Recommendations("That the committee comments on the draft strategy.");
        wendlow = await TestCouncil.Named("London Borough of Wendlow")
            .MeetingsIn("Civic Centre")
            .WithCommittee("Overview and Scrutiny Committee", c => c.Slug("overview-and-scrutiny").Type(BodyType.Committee))
            .WithCommittee("Cabinet", c => c.Type(BodyType.Cabinet))
            .WithCommittee("Council", c => c.Type(BodyType.Council))
            .WithMeeting("Overview and Scrutiny Committee", ScrutinyDay, m => m.AgendaPublished(ScrutinyDay.PlusDays(-8))
                .Item(3, strategy, i => i.Report(strategy, Paper))
                .Item(4, "Leisure Contract", i => i.Report("Leisure Contract Award", r => { Paper(r); r.Exempt(3); })))
            .WithMeeting("Cabinet", EarlierCabinetDay, m => m.AgendaPublished(EarlierCabinetDay.PlusDays(-8)).Item(3, "Budget Monitoring"))
            .WithMeeting("Cabinet", CabinetDay, m => m.AgendaPublished(CabinetDay.PlusDays(-8))
                .Item(1, "Declarations of Interests", i => i.Edit(item => item.Standing = StandingItem.DeclarationsOfInterest))
                .Item(5, strategy))
            .WithMeeting("Council", CouncilDay, m => m.Item(7, strategy))
            .SaveAsync(db, cancellationToken);
        elsewhere = await TestCouncil.Named("Royal Borough of Elsewhere")
            .WithCommittee("Cabinet", c => c.Type(BodyType.Cabinet))
            .WithMeeting("Cabinet", NeighbourDay, m => m.AgendaPublished(NeighbourDay.PlusDays(-8)).Item(2, "Community Safety Strategy"))
            .SaveAsync(db, cancellationToken);
    }
}
