using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;

namespace Quorum.Application.Tests.Reports;

/// <summary>
/// A council whose paper goes from Overview and Scrutiny (12 January 2027, where it was written for) to Cabinet
/// (9 February) and Council (25 February, agenda not yet published), with an earlier Cabinet (5 January), an
/// exempt paper and another council's body. One helper, so it can move to the shared test-council builder.
/// </summary>
public sealed class JourneyCouncil
{
    public Council Council { get; } = new() { Name = "London Borough of Wendlow", Slug = new Slug("wendlow") };

    public Council Neighbour { get; } = new() { Name = "Royal Borough of Elsewhere", Slug = new Slug("elsewhere") };

    public AgendaItem Scrutiny { get; private set; } = null!;

    public AgendaItem EarlierCabinet { get; private set; } = null!;

    public AgendaItem Cabinet { get; private set; } = null!;

    public AgendaItem CabinetDeclarations { get; private set; } = null!;

    public AgendaItem CouncilItem { get; private set; } = null!;

    public AgendaItem NeighbourItem { get; private set; } = null!;

    public Report Paper { get; private set; } = null!;

    public Report ExemptPaper { get; private set; } = null!;

    public AgendaItem ExemptScrutinyItem { get; private set; } = null!;

    public async Task SaveAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        db.AddRange(Council, Neighbour);
        var scrutiny = Body(db, Council, "Overview and Scrutiny Committee", "overview-and-scrutiny", BodyType.Committee);
        var cabinet = Body(db, Council, "Cabinet", "cabinet", BodyType.Cabinet);
        var council = Body(db, Council, "Council", "council", BodyType.Council);
        var elsewhere = Body(db, Neighbour, "Cabinet", "cabinet", BodyType.Cabinet);

        var january = Sitting(db, scrutiny, new LocalDate(2027, 1, 12), published: true);
        Scrutiny = Item(db, january, 3, "Community Safety Strategy 2027-2030");
        ExemptScrutinyItem = Item(db, january, 4, "Leisure Contract");
        EarlierCabinet = Item(db, Sitting(db, cabinet, new LocalDate(2027, 1, 5), published: true), 3, "Budget Monitoring");
        var february = Sitting(db, cabinet, new LocalDate(2027, 2, 9), published: true);
        CabinetDeclarations = Item(db, february, 1, "Declarations of Interests");
        CabinetDeclarations.Standing = StandingItem.DeclarationsOfInterest;
        Cabinet = Item(db, february, 5, "Community Safety Strategy 2027-2030");
        CouncilItem = Item(db, Sitting(db, council, new LocalDate(2027, 2, 25), published: false), 7, "Community Safety Strategy 2027-2030");
        NeighbourItem = Item(db, Sitting(db, elsewhere, new LocalDate(2027, 3, 1), published: true), 2, "Community Safety Strategy");

        Paper = NewReport(Council, Scrutiny, "Community Safety Strategy 2027-2030", exempt: null);
        ExemptPaper = NewReport(Council, ExemptScrutinyItem, "Leisure Contract Award", exempt: new Schedule12AParagraph(3));
        db.AddRange(Paper, ExemptPaper);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Committee Body(QuorumDbContext db, Council council, string name, string slug, BodyType type)
    {
        var body = new Committee { CouncilId = council.Id, Name = name, Slug = new Slug(slug), BodyType = type };
        db.Add(body);
        return body;
    }

    private static Meeting Sitting(QuorumDbContext db, Committee body, LocalDate date, bool published)
    {
        var meeting = new Meeting { CommitteeId = body.Id, Date = date, StartTime = new LocalTime(19, 30), AgendaPublishedOn = published ? date.PlusDays(-8) : null };
        meeting.SetPlace("Civic Centre", null);
        db.Add(meeting);
        return meeting;
    }

    private static AgendaItem Item(QuorumDbContext db, Meeting meeting, int number, string title)
    {
        var item = new AgendaItem { MeetingId = meeting.Id, Number = number, Title = title };
        db.Add(item);
        return item;
    }

    private static Report NewReport(Council council, AgendaItem item, string subject, Schedule12AParagraph? exempt)
    {
        var report = new Report
        {
            CouncilId = council.Id,
            AgendaItemId = item.Id,
            ReportFor = "Overview and Scrutiny Committee",
            DateOfMeeting = new LocalDate(2027, 1, 12),
            Subject = subject,
            ResponsibleOfficer = "Paul Hewitt, Corporate Director, Community",
            Summary = "The draft strategy for comment before Cabinet decides it.",
            Recommendations = "That the committee comments on the draft strategy.",
            ExemptionParagraph = exempt,
        };
        report.Submit();
        report.Clear();
        report.Publish();
        return report;
    }
}
