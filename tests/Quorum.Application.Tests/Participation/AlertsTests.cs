using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Mail;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain.Mail;
using Quorum.Domain.Participation;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Participation;

/// <summary>
/// E-mail alerts and the mail outbox, stored: a request and its confirmation mail are saved together, bad fields are
/// named, an address gets at most three confirmation mails a day; the outbox retries a relay it cannot reach with
/// backoff, sends through the real SMTP server with the unsubscribe headers, joins a subscription's due rows into
/// one digest, and an unsubscribe drops the digest not yet sent.
/// </summary>
public abstract class AlertsTests : IAsyncLifetime
{
    private const string Panel = "Housing Scrutiny Panel";

    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2024, 12, 2, 10, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Fernbridge District Council")
        .WithCouncillor("Ann Chair", "Independent")
        .WithCommittee(Panel, c => c.Slug("housing-scrutiny-panel").Chair("Ann Chair"))
        .Build();

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

    private static MailSettings Relay(string host, int port) => new() { Host = host, Port = port, Security = MailKit.Security.SecureSocketOptions.None, SiteAddress = "https://democracy.example.gov.uk" };

    private async Task SubscribeAsync(string email, string frequency = "immediately", MailSettings? mail = null)
    {
        await using var db = Open();
        await new Alerts(db, mail ?? Relay("127.0.0.1", 25)).SubscribeAsync(Council.Council.Id, new AlertForm(email, "housing-scrutiny-panel", frequency), Cancel);
    }

    [Fact]
    public async Task A_request_is_saved_with_its_confirmation_mail_bad_fields_are_named_and_an_address_gets_three_a_day()
    {
        await SubscribeAsync("Ruth@Example.org");
        await using (var db = Open())
        {
            var subscription = await db.AlertSubscriptions.SingleAsync(Cancel);
            Assert.Equal(("ruth@example.org", false), (subscription.EmailKey, subscription.IsActive));
            var confirmation = await db.OutgoingMail.SingleAsync(Cancel);
            Assert.Equal("Ruth@Example.org", confirmation.To);
            Assert.Contains($"https://democracy.example.gov.uk/alerts/confirm/{subscription.Token}", confirmation.Text, StringComparison.Ordinal);
            Assert.Null(confirmation.UnsubscribeUrl);
        }

        var bad = await Assert.ThrowsAsync<AlertRefusedException>(async () =>
        {
            await using var db = Open();
            await new Alerts(db, Relay("127.0.0.1", 25)).SubscribeAsync(Council.Council.Id, new AlertForm("not an address", "no-such-body", "hourly"), Cancel);
        });
        Assert.Equal(["email", "body", "frequency"], bad.Problems.Select(p => p.Field));

        await SubscribeAsync("ruth@example.org", "daily");
        await SubscribeAsync("ruth@example.org");
        var fourth = await Assert.ThrowsAsync<AlertRefusedException>(() => SubscribeAsync("RUTH@example.org"));
        Assert.Equal("email", Assert.Single(fourth.Problems).Field);
        await using (var db = Open())
        {
            Assert.Equal(1, await db.AlertSubscriptions.CountAsync(Cancel));
            Assert.Equal(3, await db.OutgoingMail.CountAsync(Cancel));
        }
        Clock.Advance(Duration.FromDays(1) + Duration.FromSeconds(1));
        await SubscribeAsync("ruth@example.org");
    }

    [Fact]
    public async Task A_relay_that_cannot_be_reached_is_tried_again_after_a_minute_then_two_then_four()
    {
        await SubscribeAsync("sam@example.org");
        var nobody = new TcpListener(IPAddress.Loopback, 0);
        nobody.Start();
        var port = ((IPEndPoint)nobody.LocalEndpoint).Port;
        nobody.Stop();
        var relay = Relay("127.0.0.1", port);
        var started = Clock.Now;
        foreach (var (attempt, wait) in new[] { (1, 1), (2, 2), (3, 4) })
        {
            await using var db = Open();
            var pass = await new MailOutbox(db, relay).SendDueAsync(Cancel);
            Assert.Equal(new MailPass(0, 1), pass);
            var row = await db.OutgoingMail.AsNoTracking().SingleAsync(Cancel);
            Assert.Equal(attempt, row.Attempts);
            Assert.Equal(Clock.Now + Duration.FromMinutes(wait), row.DueAt);
            Assert.Null(row.SentAt);
            Assert.NotNull(row.LastError);
            // Not due again until the wait is over.
            Assert.Equal(new MailPass(0, 0), await new MailOutbox(db, relay).SendDueAsync(Cancel));
            Clock.Advance(Duration.FromMinutes(wait));
        }
        Assert.Equal(Duration.FromMinutes(7), Clock.Now - started);
    }

    [Fact]
    public async Task Mail_goes_through_the_real_smtp_server_and_a_subscription_s_due_rows_go_as_one_digest_with_the_unsubscribe_headers()
    {
        var server = TestMailServer.OrSkip();
        var relay = Relay(server.Host, server.Port);
        var tom = TestMailServer.NewAddress("tom");
        await SubscribeAsync(tom, "daily", relay);
        await using (var db = Open())
        {
            Assert.Equal(new MailPass(1, 0), await new MailOutbox(db, relay).SendDueAsync(Cancel));
            var subscription = await db.AlertSubscriptions.SingleAsync(Cancel);
            subscription.Confirm(Clock.Now);
            foreach (var what in new[] { "First <b>news</b>", "Second news" })
            {
                db.OutgoingMail.Add(new OutgoingMail
                {
                    To = tom,
                    Subject = what,
                    Text = $"{what} & more.",
                    UnsubscribeUrl = $"https://democracy.example.gov.uk/alerts/unsubscribe/{subscription.Token}",
                    DigestOf = subscription.Id,
                    DueAt = AlertRules.DueAt(AlertFrequency.DailyDigest, Clock.Now),
                });
            }
            await db.SaveChangesAsync(Cancel);
            Assert.Equal(new MailPass(0, 0), await new MailOutbox(db, relay).SendDueAsync(Cancel));
        }
        // 10:00 UTC on 2 December: the digest is due at 7am London the next morning.
        Clock.Advance(Instant.FromUtc(2024, 12, 3, 7, 0) - Clock.Now);
        await using (var db = Open())
        {
            Assert.Equal(new MailPass(1, 0), await new MailOutbox(db, relay).SendDueAsync(Cancel));
            Assert.Equal(3, await db.OutgoingMail.CountAsync(m => m.SentAt != null, Cancel));
        }
        var delivered = await server.WaitForAsync(tom, count: 2);
        var digest = delivered[^1];
        Assert.Equal("Your daily email alerts: 2 updates", digest.Subject);
        Assert.Contains("First <b>news</b> & more.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Second news & more.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("First &lt;b&gt;news&lt;/b&gt; &amp; more.", digest.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://democracy.example.gov.uk/alerts/unsubscribe/", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task An_address_the_mail_library_cannot_read_is_refused_by_the_form_and_one_already_queued_holds_up_no_other_mail()
    {
        // One '@', a dot after it and no spaces, yet not an address: an open bracket starts a comment never closed.
        const string Unreadable = "pat(@example.org";
        var refused = await Assert.ThrowsAsync<AlertRefusedException>(() => SubscribeAsync(Unreadable));
        Assert.Equal("email", Assert.Single(refused.Problems).Field);

        var server = TestMailServer.OrSkip();
        var relay = Relay(server.Host, server.Port);
        var kim = TestMailServer.NewAddress("kim");
        await using var db = Open();
        // Queued before the form refused such addresses, and due first, so the outbox tries it before the rest.
        db.OutgoingMail.Add(new OutgoingMail { To = Unreadable, Subject = "Earlier", Text = "Earlier.", DueAt = Clock.Now - Duration.FromMinutes(5) });
        db.OutgoingMail.Add(new OutgoingMail { To = kim, Subject = "Later", Text = "Later.", DueAt = Clock.Now });
        await db.SaveChangesAsync(Cancel);

        Assert.Equal(new MailPass(1, 1), await new MailOutbox(db, relay).SendDueAsync(Cancel));
        var given = await db.OutgoingMail.AsNoTracking().SingleAsync(m => m.To == Unreadable, Cancel);
        Assert.NotNull(given.GaveUpAt);
        Assert.Contains(Unreadable, given.LastError, StringComparison.Ordinal);
        Assert.Equal("Later", Assert.Single(await server.WaitForAsync(kim)).Subject);
    }

    [Fact]
    public async Task Unsubscribing_drops_the_digest_not_yet_sent()
    {
        await SubscribeAsync("una@example.org", "daily");
        await using var db = Open();
        var subscription = await db.AlertSubscriptions.SingleAsync(Cancel);
        subscription.Confirm(Clock.Now);
        db.OutgoingMail.Add(new OutgoingMail { To = "una@example.org", Subject = "News", Text = "News.", DigestOf = subscription.Id, DueAt = AlertRules.DueAt(AlertFrequency.DailyDigest, Clock.Now) });
        await db.SaveChangesAsync(Cancel);
        Assert.True(await new Alerts(db, Relay("127.0.0.1", 25)).UnsubscribeAsync(subscription.Token, Cancel));
        Assert.False(await new Alerts(db, Relay("127.0.0.1", 25)).UnsubscribeAsync("no-such-token", Cancel));
        Assert.Equal(0, await db.OutgoingMail.CountAsync(m => m.DigestOf == subscription.Id, Cancel));
        Assert.False((await db.AlertSubscriptions.AsNoTracking().SingleAsync(Cancel)).IsActive);
    }
}

public sealed class SqliteAlertsTests : AlertsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresAlertsTests : AlertsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
