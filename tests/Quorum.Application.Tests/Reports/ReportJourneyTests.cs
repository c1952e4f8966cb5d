using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.Domain.Reports;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Reports;

/// <summary>A paper's journey through later meetings, on every provider (see the subclasses at the end).</summary>
public abstract class ReportJourneyTests : IAsyncLifetime
{
    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2027, 1, 4, 9, 0));

    private JourneyCouncil Council { get; } = new();

    private RecordedPublications Recorded { get; set; } = new();

    private IReadOnlyList<PublishedChange> Announced => Recorded.Changes;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);

    private ReportJourney Journey(QuorumDbContext db) => new(db, Recorded.Events);

    [Fact]
    public async Task A_paper_taken_to_cabinet_then_council_is_one_record_whose_journey_runs_in_meeting_order()
    {
        await using (var db = Open())
        {
            // Council first, to show the journey is ordered by meeting date rather than by when the clerk added each step.
            await Journey(db).TakeToAsync(Council.Paper.Id, Council.CouncilItem.Id, ConsultationPurpose.RecommendationToCouncil, "That Council adopts the strategy.", Cancel);
            await Journey(db).TakeToAsync(Council.Paper.Id, Council.Cabinet.Id, ConsultationPurpose.ForDecision, "That Cabinet recommends the strategy to Council.", Cancel);
        }
        await using var read = Open();
        var staff = await Journey(read).StaffJourneyAsync(Council.Paper.Id, Cancel);
        var seen = await Journey(read).PublicJourneyAsync(Council.Paper.Id, Cancel);

        Assert.Equal(["Overview and Scrutiny Committee", "Cabinet", "Council"], staff.Select(s => s.BodyName));
        Assert.Equal(["written for this meeting", "for decision", "recommendation to Council"], staff.Select(s => s.PurposeWords));
        Assert.Equal(1, await read.Reports.CountAsync(r => r.Subject == "Community Safety Strategy 2027-2030", Cancel));
        // Council's agenda is not published yet: the public sees the first two steps only.
        Assert.Equal(["Overview and Scrutiny Committee", "Cabinet"], seen.Select(s => s.BodyName));
        var cabinet = Assert.Single(Announced.Select(a => a.MeetingId).Distinct(), id => id == staff[1].MeetingId);
        Assert.All(Announced, a => Assert.Equal(PublishedContent.PaperJourney, a.Content));
        Assert.DoesNotContain(Announced, a => a.MeetingId == staff[2].MeetingId);
        Assert.NotEqual(Guid.Empty, cabinet);
    }

    [Fact]
    public async Task The_outcome_recorded_at_a_later_meeting_shows_on_the_journey()
    {
        await using (var db = Open())
        {
            var step = await Journey(db).TakeToAsync(Council.Paper.Id, Council.Cabinet.Id, ConsultationPurpose.ForDecision, "That Cabinet adopts the strategy.", Cancel);
            await Journey(db).RecordOutcomeAsync(step.Id, "Adopted, with the committee's comments on burglary.", cancellationToken: Cancel);
        }
        await using var read = Open();

        var journey = await Journey(read).PublicJourneyAsync(Council.Paper.Id, Cancel);

        Assert.Equal([null, "Adopted, with the committee's comments on burglary."], journey.Select(s => s.Outcome));
        Assert.Equal([null, "That Cabinet adopts the strategy."], journey.Select(s => s.Recommendation));
    }

    [Fact]
    public async Task An_exempt_papers_journey_never_appears_publicly()
    {
        await using (var db = Open())
        {
            await Journey(db).TakeToAsync(Council.ExemptPaper.Id, Council.Cabinet.Id, ConsultationPurpose.ForDecision, "That Cabinet awards the contract.", Cancel);
        }
        await using var read = Open();

        Assert.Equal(2, (await Journey(read).StaffJourneyAsync(Council.ExemptPaper.Id, Cancel)).Count);
        Assert.Empty(await Journey(read).PublicJourneyAsync(Council.ExemptPaper.Id, Cancel));
        Assert.Empty(await Journey(read).PublicPapersAtAsync(Council.Cabinet.Id, Cancel));
        Assert.Empty(Announced);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "same item twice", "is already considered at item 5 of Cabinet on 9 February 2027" },
        { "its own item", "is already considered at item 3 of Overview and Scrutiny Committee on 12 January 2027" },
        { "an earlier meeting", "Cabinet on 5 January 2027 is before the meeting report 'Community Safety Strategy 2027-2030' was written for (12 January 2027)" },
        { "another council", "Cabinet is a body of another council" },
        { "a standing item", "Item 1 of Cabinet on 9 February 2027 is a standing item (Declarations of Interests)" },
        { "no recommendation", "Enter the recommendation put to Council on 25 February 2027." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_step_that_cannot_be_right_is_refused_with_the_reason_and_nothing_is_written(string attempt, string message)
    {
        await using (var db = Open())
        {
            await Journey(db).TakeToAsync(Council.Paper.Id, Council.Cabinet.Id, ConsultationPurpose.ForDecision, "That Cabinet adopts the strategy.", Cancel);
        }
        Recorded = new();
        var (item, recommendation) = attempt switch
        {
            "same item twice" => (Council.Cabinet, "Again."),
            "its own item" => (Council.Scrutiny, "Again."),
            "an earlier meeting" => (Council.EarlierCabinet, "Too soon."),
            "another council" => (Council.NeighbourItem, "Not ours."),
            "a standing item" => (Council.CabinetDeclarations, "Wrong item."),
            _ => (Council.CouncilItem, " "),
        };
        await using var write = Open();

        var refused = await Assert.ThrowsAsync<ConsultationRefusedException>(() =>
            Journey(write).TakeToAsync(Council.Paper.Id, item.Id, ConsultationPurpose.ForComment, recommendation, Cancel));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        await using var read = Open();
        Assert.Equal(1, await read.Consultations.IgnoreQueryFilters().CountAsync(Cancel));
        Assert.Empty(Announced);
    }

    [Fact]
    public async Task The_clerk_chooses_from_business_items_of_meetings_to_come_not_already_on_the_journey()
    {
        await using (var db = Open())
        {
            await Journey(db).TakeToAsync(Council.Paper.Id, Council.Cabinet.Id, ConsultationPurpose.ForDecision, "That Cabinet adopts the strategy.", Cancel);
        }
        await using var read = Open();

        var choices = await Journey(read).ItemsToTakeToAsync(Council.Paper.Id, new LocalDate(2027, 1, 4), Cancel);

        Assert.Equal(["Council, 25 February 2027: item 7, Community Safety Strategy 2027-2030"], choices.Select(c => c.Label));
    }
}

public sealed class SqliteReportJourneyTests : ReportJourneyTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresReportJourneyTests : ReportJourneyTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
