using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.KeyDecisions;
using Quorum.Application.Mail;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Mail;
using Quorum.Domain.Participation;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Participation;

/// <summary>
/// What mails a subscriber to each thing other than a body, stored: a councillor's follower hears of the agendas of
/// bodies they sit on, a ward's follower of public reports and forward plan entries naming it, a saved search of
/// public items and reports with its words, petitions' followers of one published or answered, the forward plan's of
/// an entry listed or changed. Part II business, exempt reports and drafts mail no one and are never named.
/// </summary>
public abstract class AlertTargetsTests : IAsyncLifetime
{
    private const string Panel = "Housing Scrutiny Panel";
    private static readonly LocalDate MeetingDay = new(2017, 10, 24);
    private static readonly MailSettings Site = new() { SiteAddress = "https://democracy.example.gov.uk" };

    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2017, 9, 25, 9, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Fernbridge District Council")
        .WithYear(new LocalDate(2017, 5, 15), new LocalDate(2018, 5, 14))
        .WithWard("Pinner")
        .WithWard("Harrow Weald")
        .WithCouncillor("Ann Chair", "Independent", "Pinner")
        .WithCouncillor("Ben Other", "Independent", "Harrow Weald")
        .WithCommittee("Cabinet", c => c.Chair("Ben Other"))
        .WithCommittee(Panel, c => c.Slug("housing-scrutiny-panel").Chair("Ann Chair"))
        .WithMeeting(Panel, MeetingDay, m => m
            .Item(1, "Declarations of Interest")
            .Item(2, "Libraries review", i => i.Report("Libraries review", r => r.Summary("Opening hours in Pinner.").Edit(x => x.WardsAffected = "Pinner")))
            .PartII(3, "Depot sale", paragraph: 3, i => i.Report("Depot sale tender prices", r => r.Exempt(3).Edit(x => x.WardsAffected = "Harrow Weald")))
            .Item(4, "Parks update", i => i.Report("Bowling green closure", r => r.Summary("Closing the Headstone bowling green.").Edit(x => x.WardsAffected = "Harrow Weald").Draft())))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Guid CouncilId => Council.Council.Id;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await QuorumDatabase.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);

    /// <summary>Subscribes and confirms, as the form and the mailed link would; the confirmation mail is then cleared.</summary>
    private async Task FollowAsync(string email, AlertForm form)
    {
        await using var db = Open();
        var alerts = new Alerts(db, Site);
        await alerts.SubscribeAsync(CouncilId, form with { Email = email, Frequency = "immediately" }, Cancel);
        var subscription = await db.AlertSubscriptions.SingleAsync(s => s.Email == email, Cancel);
        Assert.Contains($"/alerts/confirm/{subscription.Token}", (await db.OutgoingMail.SingleAsync(m => m.To == email, Cancel)).Text, StringComparison.Ordinal);
        Assert.True(await alerts.ConfirmAsync(subscription.Token, Cancel));
        await db.OutgoingMail.Where(m => m.To == email).ExecuteDeleteAsync(Cancel);
    }

    private async Task<List<OutgoingMail>> MailToAsync(string email)
    {
        await using var db = Open();
        return await db.OutgoingMail.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Created).ToListAsync(Cancel);
    }

    private async Task PublishAgendaAsync()
    {
        await using var db = Open();
        var meeting = await db.Meetings.Include(m => m.Committee).Include(m => m.AgendaItems).SingleAsync(m => m.Date == MeetingDay, Cancel);
        // As the publisher does: the agenda is out (in the same transaction) before its mail is queued.
        meeting.AgendaPublishedOn ??= Clock.Now.InUtc().Date;
        await db.SaveChangesAsync(Cancel);
        await new AlertMail(db, Site).QueueAgendaAsync(meeting, supplementaryItems: null, Cancel);
        await db.SaveChangesAsync(Cancel);
    }

    private static AlertForm About(string about, string? councillor = null, string? ward = null, string? query = null) =>
        new(null, null, null, about, councillor, ward, query);

    private static void AssertNothingExempt(OutgoingMail mail)
    {
        foreach (var secret in new[] { "Depot", "tender" })
        {
            Assert.DoesNotContain(secret, mail.Subject + mail.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_councillor_s_follower_hears_of_the_agenda_of_a_body_they_sit_on_naming_only_its_Part_I_business()
    {
        await FollowAsync("chair.fan@example.org", About("councillor", councillor: Council.Person("Ann Chair").Slug.Value));
        await FollowAsync("other.fan@example.org", About("councillor", councillor: Council.Person("Ben Other").Slug.Value));
        await PublishAgendaAsync();

        var mail = Assert.Single(await MailToAsync("chair.fan@example.org"));
        Assert.Equal("Agenda published: Housing Scrutiny Panel, Tuesday 24 October 2017", mail.Subject);
        Assert.Contains("2. Libraries review", mail.Text, StringComparison.Ordinal);
        Assert.StartsWith("https://democracy.example.gov.uk/alerts/unsubscribe/", mail.UnsubscribeUrl, StringComparison.Ordinal);
        AssertNothingExempt(mail);
        // Ben Other does not sit on the panel.
        Assert.Empty(await MailToAsync("other.fan@example.org"));
    }

    [Fact]
    public async Task A_ward_s_follower_hears_of_a_public_report_naming_it_and_nothing_of_an_exempt_report_naming_another()
    {
        await FollowAsync("pinner@example.org", About("ward", ward: "pinner"));
        await FollowAsync("weald@example.org", About("ward", ward: "harrow-weald"));
        await PublishAgendaAsync();

        AssertNothingExempt(Assert.Single(await MailToAsync("pinner@example.org")));
        // Only the exempt report, in Part II, names Harrow Weald.
        Assert.Empty(await MailToAsync("weald@example.org"));
    }

    [Fact]
    public async Task A_saved_search_is_mailed_for_public_items_with_its_words_and_never_for_Part_II_ones()
    {
        await FollowAsync("books@example.org", About("search", query: "pinner LIBRARIES"));
        await FollowAsync("sums@example.org", About("search", query: "tender prices"));
        await FollowAsync("nothing@example.org", About("search", query: "allotments"));
        await PublishAgendaAsync();

        AssertNothingExempt(Assert.Single(await MailToAsync("books@example.org")));
        Assert.Empty(await MailToAsync("sums@example.org"));
        Assert.Empty(await MailToAsync("nothing@example.org"));
    }

    [Fact]
    public async Task A_draft_report_on_a_public_item_decides_no_saved_search_or_ward_mail_so_its_words_cannot_be_probed()
    {
        // Only the draft report, not yet cleared, says "bowling green" or names Harrow Weald (the exempt one is Part II).
        await FollowAsync("bowls@example.org", About("search", query: "bowling green"));
        await FollowAsync("weald@example.org", About("ward", ward: "harrow-weald"));
        await PublishAgendaAsync();

        Assert.Empty(await MailToAsync("bowls@example.org"));
        Assert.Empty(await MailToAsync("weald@example.org"));
    }

    [Fact]
    public async Task Petitions_followers_hear_when_one_is_published_and_when_it_is_answered_but_not_of_one_received_or_rejected()
    {
        await FollowAsync("petitions@example.org", About("petitions"));
        Petition published, rejected;
        await using (var db = Open())
        {
            var petitions = new Petitions(db, Site, PetitionThresholds.Default, new AlertMail(db, Site));
            published = await petitions.StartAsync(CouncilId, new("Save Pinner library", "Keep it open on Saturdays.", "Pat Starter", "pat@example.org", MeetingDay), Cancel);
            rejected = await petitions.StartAsync(CouncilId, new("Something rude", "Rude words.", "Rob Rude", "rob@example.org", MeetingDay), Cancel);
        }
        Assert.Empty(await MailToAsync("petitions@example.org"));
        await using (var db = Open())
        {
            var petitions = new Petitions(db, Site, PetitionThresholds.Default, new AlertMail(db, Site));
            await petitions.RejectAsync(rejected.Id, "It is offensive.", "clerk", Cancel);
            await petitions.PublishAsync(published.Id, "clerk", Cancel);
        }
        await using (var db = Open())
        {
            await new Petitions(db, Site, PetitionThresholds.Default, new AlertMail(db, Site)).RespondAsync(published.Id, "The library will stay open.", PetitionAnswers.None, Cancel);
        }

        var mail = await MailToAsync("petitions@example.org");
        Assert.Equal(["New petition: Save Pinner library", "Petition answered: Save Pinner library"], mail.Select(m => m.Subject));
        Assert.Contains("https://democracy.example.gov.uk/petitions/1", mail[0].Text, StringComparison.Ordinal);
        Assert.Contains("The library will stay open.", mail[1].Text, StringComparison.Ordinal);
        Assert.All(mail, m => Assert.DoesNotContain("rude", m.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_forward_plan_s_and_a_named_ward_s_followers_hear_of_an_entry_listed_and_changed_never_of_a_draft_or_its_exemption_detail()
    {
        await FollowAsync("plan@example.org", About("forward-plan"));
        await FollowAsync("weald@example.org", About("ward", ward: "harrow-weald"));
        await FollowAsync("pinner@example.org", About("ward", ward: "pinner"));
        var form = new ForwardPlanForm("Sale of the Weald depot", "To sell the depot.", Council.Committee("Cabinet").Id, null, MeetingDay.PlusDays(30), null,
            "Harrow Weald", "Valuation report", 3, "Bidder: Acme Holdings at 2.1 million");
        ForwardPlanEntry entry;
        await using (var db = Open())
        {
            entry = await Plan(db).SaveAsync(CouncilId, null, form, cancellationToken: Cancel);
        }
        Assert.Empty(await MailToAsync("plan@example.org"));
        await using (var db = Open())
        {
            await Plan(db).ListAsync(CouncilId, entry.Id, Cancel);
        }
        await using (var db = Open())
        {
            await Plan(db).SaveAsync(CouncilId, entry.Id, form with { DecisionDate = MeetingDay.PlusDays(44) }, cancellationToken: Cancel);
        }

        foreach (var follower in new[] { "plan@example.org", "weald@example.org" })
        {
            var mail = await MailToAsync(follower);
            Assert.Equal(["New key decision on the forward plan: Sale of the Weald depot", "Key decision changed on the forward plan: Sale of the Weald depot"], mail.Select(m => m.Subject));
            Assert.Contains("Expected: 7 December 2017", mail[1].Text, StringComparison.Ordinal);
            Assert.Contains("https://democracy.example.gov.uk/forward-plan/1", mail[0].Text, StringComparison.Ordinal);
            Assert.All(mail, m => Assert.DoesNotContain("Acme", m.Text, StringComparison.Ordinal));
        }
        Assert.Empty(await MailToAsync("pinner@example.org"));
    }

    [Fact]
    public async Task Each_kind_is_refused_naming_its_own_field_and_one_address_follows_each_thing_once()
    {
        await using (var db = Open())
        {
            var alerts = new Alerts(db, Site);
            foreach (var (form, field) in new[]
            {
                (About("councillor", councillor: "no-such-person"), "councillor"),
                (About("ward", ward: "atlantis"), "ward"),
                (About("search", query: "  "), "query"),
                (About("search", query: new string('a', AlertRules.MaxQueryLength + 1)), "query"),
                (About("everything"), "about"),
            })
            {
                var refused = await Assert.ThrowsAsync<AlertRefusedException>(() => alerts.SubscribeAsync(CouncilId, form with { Email = "sam@example.org", Frequency = "daily" }, Cancel));
                Assert.Equal(field, Assert.Single(refused.Problems).Field);
            }
            Assert.Equal(0, await db.AlertSubscriptions.CountAsync(Cancel));
        }
        await using (var db = Open())
        {
            var alerts = new Alerts(db, Site);
            await alerts.SubscribeAsync(CouncilId, About("petitions") with { Email = "sam@example.org", Frequency = "daily" }, Cancel);
            await alerts.SubscribeAsync(CouncilId, About("petitions") with { Email = "SAM@example.org", Frequency = "immediately" }, Cancel);
            await alerts.SubscribeAsync(CouncilId, About("search", query: "libraries") with { Email = "sam@example.org", Frequency = "daily" }, Cancel);
            var subscriptions = await db.AlertSubscriptions.AsNoTracking().OrderBy(s => s.Target).ToListAsync(Cancel);
            Assert.Equal([(AlertTarget.SavedSearch, "libraries", AlertFrequency.DailyDigest), (AlertTarget.Petitions, "", AlertFrequency.Immediately)],
                subscriptions.Select(s => (s.Target, s.Query, s.Frequency)));
            var shown = await alerts.FindAsync(subscriptions[0].Token, Cancel);
            Assert.Equal("new papers matching \"libraries\"", shown!.About);
            Assert.Equal("Confirm your email alerts: new papers matching \"libraries\"", (await db.OutgoingMail.OrderBy(m => m.Created).ToListAsync(Cancel))[^1].Subject);
        }
    }

    private static ForwardPlan Plan(QuorumDbContext db) => new(db, ProcedureRulebook.Harrow, new PublicationEvents([]), new AlertMail(db, Site));
}

public sealed class SqliteAlertTargetsTests : AlertTargetsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresAlertTargetsTests : AlertTargetsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
