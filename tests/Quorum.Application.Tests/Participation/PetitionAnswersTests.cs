using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Mail;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Participation;

/// <summary>
/// A petition's response links to the council's records that answer it, stored: staff choose them from lists of the
/// council's agenda items, reports and decisions (another council's are refused), and the public petition links to
/// each only while it is public: not a Part II report, not a decision whose notice is not yet published.
/// </summary>
public abstract class PetitionAnswersTests : IAsyncLifetime
{
    private static readonly LocalDate MeetingDay = new(2017, 10, 24);
    private static readonly MailSettings Site = new() { SiteAddress = "https://democracy.example.gov.uk" };

    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2017, 9, 25, 9, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Fernbridge District Council")
        .WithCouncillor("Ann Chair", "Independent")
        .WithCommittee("Cabinet", c => c.Slug("cabinet").Chair("Ann Chair"))
        .WithMeeting("Cabinet", MeetingDay, m => m
            .AgendaPublished(new LocalDate(2017, 10, 16))
            .Item(1, "Petition: Save Pinner library", i => i.Report("Pinner library", r => r.Summary("The library stays open.")))
            .PartII(2, "Library building sale", paragraph: 3, i => i.Report("Library building valuation", r => r.Exempt(3))))
        .Build();

    private BuiltCouncil Elsewhere { get; } = TestCouncil.Named("Other District Council")
        .WithCommittee("Cabinet", c => c.Slug("cabinet"))
        .WithMeeting("Cabinet", MeetingDay, m => m.AgendaPublished(new LocalDate(2017, 10, 16)).Item(1, "Their business"))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await QuorumDatabase.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
        await Elsewhere.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);

    private static Petitions Petitions(QuorumDbContext db) => new(db, Site, PetitionThresholds.Default, new AlertMail(db, Site));

    private ExecutiveDecision Decision(string title) => new()
    {
        CommitteeId = Council.Committee("Cabinet").Id,
        DecisionMaker = "Cabinet",
        Title = title,
        Decision = "RESOLVED: That the library stay open.",
        DecidedOn = MeetingDay,
    };

    [Fact]
    public async Task Staff_choose_the_council_s_records_and_the_public_page_links_only_to_those_that_are_public()
    {
        Guid petitionId, published, unpublished;
        await using (var db = Open())
        {
            var petition = await Petitions(db).StartAsync(Council.Council.Id, new("Save Pinner library", "Keep it open.", "Pat Starter", "pat@example.org", MeetingDay), Cancel);
            await Petitions(db).PublishAsync(petition.Id, "clerk", Cancel);
            petitionId = petition.Id;
            var open = Decision("Pinner library to stay open");
            open.Explain("It is well used.", "None.");
            open.Publish(MeetingDay, Deadlines.Harrow);
            var draft = Decision("Pinner library opening hours");
            db.ExecutiveDecisions.AddRange(open, draft);
            await db.SaveChangesAsync(Cancel);
            (published, unpublished) = (open.Id, draft.Id);
        }

        await using (var db = Open())
        {
            var petition = await db.Petitions.SingleAsync(p => p.Id == petitionId, Cancel);
            var choices = await Petitions(db).AnswerChoicesAsync(petition, Cancel);
            Assert.Equal(["24 October 2017, Cabinet: 1. Petition: Save Pinner library", "24 October 2017, Cabinet: 2. Library building sale"], choices.Items.Select(c => c.Text));
            Assert.Equal(2, choices.Reports.Count);
            Assert.Equal(2, choices.Decisions.Count);

            var theirs = Elsewhere.Item(MeetingDay, 1).Id;
            var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => Petitions(db).RespondAsync(petitionId, "Answered.", new PetitionAnswers(ItemId: theirs), Cancel));
            Assert.Contains("agenda item", refused.Detail, StringComparison.Ordinal);
        }

        await using (var db = Open())
        {
            await Petitions(db).RespondAsync(petitionId, "The Cabinet agreed the library stays open.",
                new PetitionAnswers(Council.Item(MeetingDay, 1).Id, Council.Report("Pinner library").Id, published), Cancel);
            var shown = await Petitions(db).FindAsync(Council.Council.Id, 1, Cancel);
            Assert.Equal(
                [
                    ("Agenda item 1, Petition: Save Pinner library, at the Cabinet on 24 October 2017", "/meetings/2017-10-24/cabinet/items/1"),
                    ("The report \"Pinner library\"", "/meetings/2017-10-24/cabinet/items/1"),
                    ("The decision \"Pinner library to stay open\", 24 October 2017", $"/decisions/executive/{published}"),
                ],
                shown!.AnsweredBy.Select(l => (l.Text, l.Url)));
        }

        // Linked to the exempt report and the decision not yet published: the response shows, the links do not.
        await using (var db = Open())
        {
            await Petitions(db).RespondAsync(petitionId, "The Cabinet agreed the library stays open.",
                new PetitionAnswers(null, Council.Report("Library building valuation").Id, unpublished), Cancel);
            var shown = await Petitions(db).FindAsync(Council.Council.Id, 1, Cancel);
            Assert.Equal("The Cabinet agreed the library stays open.", shown!.Response);
            Assert.Empty(shown.AnsweredBy);
            Assert.DoesNotContain("valuation", shown.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }
}

public sealed class SqlitePetitionAnswersTests : PetitionAnswersTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresPetitionAnswersTests : PetitionAnswersTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
