using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.KeyDecisions;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.KeyDecisions;

/// <summary>
/// The forward plan, stored: entries are drafts until published, judged by the rules engine on the clear days their
/// listing gave, given a general exception notice when late, announced when public, never showing their exemption
/// detail, followed through call-in by their decision notice; and a key-decision report on an executive agenda
/// without an entry is warned of.
/// </summary>
public abstract class ForwardPlanTests : IAsyncLifetime
{
    // Monday 25 September 2017: a decision on Tuesday 24 October has 28 clear days' notice if listed today; Monday 23 October 27.
    private static readonly LocalDate Today = new(2017, 9, 25);
    private static readonly LocalDate PanelDay = new(2017, 10, 4);

    private readonly List<PublishedChange> heard = [];
    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2017, 9, 25, 9, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Fernbridge District Council")
        .WithCouncillor("Ann Leader", "Independent")
        .WithCommittee("Cabinet", c => c.Chair("Ann Leader"))
        .WithCommittee("Children's Panel", c => c.Within("Cabinet").Chair("Ann Leader"))
        .WithCommittee("Overview and Scrutiny Committee", c => c.Members("Ann Leader"))
        .WithMeeting("Children's Panel", PanelDay, m => m
            .AgendaPublished(new LocalDate(2017, 9, 22))
            .Item(1, "Residential care contract", i => i.Report("Residential care contract", r => r.KeyDecision()))
            .Item(2, "Fostering annual report", i => i.Report("Fostering annual report")))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Guid CouncilId => Council.Council.Id;

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

    private ForwardPlan Plan(QuorumDbContext db) => new(db, ProcedureRulebook.Harrow, new PublicationEvents([new Listener(heard)]), new Application.Participation.AlertMail(db, new Application.Mail.MailSettings()));

    private ForwardPlanForm Form(string matter, LocalDate date, int? paragraph = null, string? detail = null) => new(
        matter, "To award the contract.", Council.Committee("Cabinet").Id, null, date, null, "All wards", "Tender evaluation report\nEquality impact assessment", paragraph, detail);

    private async Task<ForwardPlanEntry> AddAndListAsync(ForwardPlanForm form)
    {
        await using var db = Open();
        var entry = await Plan(db).SaveAsync(CouncilId, null, form, cancellationToken: Cancel);
        Assert.DoesNotContain(await Plan(db).PublishedAsync(CouncilId, Cancel), p => p.Number == entry.Number);
        return await Plan(db).ListAsync(CouncilId, entry.Id, Cancel);
    }

    [Fact]
    public async Task Listed_28_clear_days_ahead_an_entry_is_in_order_and_27_days_ahead_it_is_flagged_and_takes_a_general_exception_notice()
    {
        var inTime = await AddAndListAsync(Form("Highways maintenance contract", Today.PlusDays(29)));
        var late = await AddAndListAsync(Form("Leisure centre contract", Today.PlusDays(28)));
        await using (var db = Open())
        {
            var staff = await Plan(db).ForStaffAsync(CouncilId, Cancel);
            Assert.Equal([(1, 28, false), (2, 27, true)], staff.OrderBy(s => s.Entry.Number).Select(s => (s.Entry.Number, s.Check.ClearDays!.Value, s.Check.Flagged)));
            Assert.Equal(KeyDecisionRoute.GeneralException, staff.Single(s => s.Entry.Id == late.Id).Check.Route);
            var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => Plan(db).GiveGeneralExceptionNoticeAsync(CouncilId, inTime.Id, "Councillor Chair", "Late", Cancel));
            Assert.Equal("EX-5", refused.Rule);
        }
        await using (var db = Open())
        {
            await Plan(db).GiveGeneralExceptionNoticeAsync(CouncilId, late.Id, "Councillor Sam Scrutiny", "The tenders came in late.", Cancel);
        }
        await using (var db = Open())
        {
            Assert.False((await Plan(db).ForStaffAsync(CouncilId, late.Id, Cancel))!.Check.Flagged);
            var published = await Plan(db).PublishedAsync(CouncilId, 2, Cancel);
            Assert.Equal((Today, "Councillor Sam Scrutiny", "The tenders came in late."), (published!.GeneralExceptionOn!.Value, published.ScrutinyChair!, published.UrgencyReasons!));
            Assert.Equal(["Tender evaluation report", "Equality impact assessment"], published.Documents);
        }
        // Listing twice and the notice: each announced, none re-indexes a meeting.
        Assert.Equal(3, heard.Count(c => c.Content == PublishedContent.ForwardPlan && c.MeetingId is null));
    }

    [Fact]
    public async Task The_exemption_detail_is_kept_for_staff_and_never_in_the_published_plan()
    {
        await AddAndListAsync(Form("Sale of the depot site", Today.PlusDays(40), paragraph: 3, detail: "Bidder: Acme Holdings at 2.1 million"));
        await using var db = Open();
        var published = Assert.Single(await Plan(db).PublishedAsync(CouncilId, Cancel));
        Assert.Equal(3, published.ExemptionParagraph!.Number);
        Assert.DoesNotContain("Acme", published.ToString(), StringComparison.Ordinal);
        Assert.Equal("Bidder: Acme Holdings at 2.1 million", (await db.ForwardPlanEntries.SingleAsync(Cancel)).ExemptionDetail);
    }

    [Fact]
    public async Task A_form_with_problems_is_refused_naming_each_field_and_nothing_is_stored()
    {
        await using var db = Open();
        var refused = await Assert.ThrowsAsync<ForwardPlanRefusedException>(() => Plan(db).SaveAsync(
            CouncilId, null, new ForwardPlanForm(" ", "", null, null, null, null, "", null, 3, null), cancellationToken: Cancel));
        Assert.Equal(["matter", "decision", "decision-maker", "decision-date", "wards", "exemption-detail"], refused.Problems.Select(p => p.Field));
        var notExecutive = await Assert.ThrowsAsync<ForwardPlanRefusedException>(() => Plan(db).SaveAsync(
            CouncilId, null, Form("Matter", Today.PlusDays(40)) with { DecisionMakerBodyId = Council.Committee("Overview and Scrutiny Committee").Id }, cancellationToken: Cancel));
        Assert.Equal("decision-maker", Assert.Single(notExecutive.Problems).Field);
        Assert.Equal(0, await db.ForwardPlanEntries.IgnoreQueryFilters().CountAsync(Cancel));
    }

    [Fact]
    public async Task A_key_decision_report_on_an_executive_agenda_without_an_entry_is_warned_of_until_one_is_in_order()
    {
        var meeting = Council.Meeting(PanelDay);
        var report = Council.Report("Residential care contract");
        await using (var db = Open())
        {
            var warning = Assert.Single(await Plan(db).WarningsForMeetingAsync(meeting.Id, Cancel));
            Assert.Equal(("Residential care contract", report.Id, (PlanEntryForStaff?)null), (warning.Matter, warning.ReportId, warning.Entry));
            Assert.StartsWith("This key decision is not on the forward plan.", warning.Message, StringComparison.Ordinal);
            Assert.Contains("general exception notice by Tuesday 26 September 2017", warning.Message, StringComparison.Ordinal);

            // Made from the warning: the meeting gives the body and the date.
            var entry = await Plan(db).SaveAsync(CouncilId, null, new ForwardPlanForm("Residential care contract", "To award it.", null, null, null, meeting.Id, "All wards", null, null, null), report.Id, Cancel);
            Assert.Equal((Council.Committee("Children's Panel").Id, PanelDay), (entry.DecisionMakerBodyId!.Value, entry.DecisionDate));
            var flagged = Assert.Single(await Plan(db).WarningsForMeetingAsync(meeting.Id, Cancel));
            Assert.Equal(KeyDecisionRoute.GeneralException, flagged.Entry!.Check.Route);
            await Plan(db).GiveGeneralExceptionNoticeAsync(CouncilId, entry.Id, "Councillor Sam Scrutiny", "The provider gave notice.", Cancel);
        }
        await using (var db = Open())
        {
            Assert.Empty(await Plan(db).WarningsForMeetingAsync(meeting.Id, Cancel));
        }
    }

    [Fact]
    public async Task An_entry_follows_its_decision_notice_through_call_in()
    {
        var entry = await AddAndListAsync(Form("Highways maintenance contract", Today.PlusDays(29)));
        Guid decisionId;
        await using (var db = Open())
        {
            var decision = new ExecutiveDecision
            {
                CommitteeId = Council.Committee("Cabinet").Id,
                DecisionMaker = "Cabinet",
                Title = "Highways maintenance contract",
                Decision = "RESOLVED: That the contract be awarded.",
                DecidedOn = Today.PlusDays(29),
                KeyDecision = true,
            };
            decision.Explain("Best value.", "None.");
            decision.Publish(Today.PlusDays(30), Deadlines.Harrow);
            db.ExecutiveDecisions.Add(decision);
            await db.SaveChangesAsync(Cancel);
            decisionId = decision.Id;
            await Plan(db).LinkDecisionAsync(CouncilId, entry.Id, decisionId, Cancel);
        }
        await using (var db = Open())
        {
            var published = Assert.Single(await Plan(db).PublishedAsync(CouncilId, Cancel));
            Assert.Equal((ForwardPlanStatus.CallInPeriod, (Guid?)decisionId), (published.Status, published.DecisionNoticeId));
            var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => Plan(db).WithdrawAsync(CouncilId, entry.Id, Cancel));
            Assert.Equal("EX-4", refused.Rule);
        }
    }

    private sealed class Listener(List<PublishedChange> heard) : IPublicationListener
    {
        public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
        {
            heard.Add(change);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteForwardPlanTests : ForwardPlanTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresForwardPlanTests : ForwardPlanTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
