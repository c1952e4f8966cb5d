using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Domain.Participation;
using Quorum.TestSupport;
using Quorum.Web.Site;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Issue 22's e-mail alerts in real Chromium with the real SMTP server: a resident subscribes to a body from its page,
/// confirms through the link read from the delivered mail, gets one mail when the agenda is published (naming its
/// Part I business, escaped, and nothing of the Part II item or its report), and unsubscribes from the mail's link; a
/// daily subscriber gets the same in the next morning's digest and leaves by an RFC 8058 one-click POST. Republished,
/// the agenda mails no one. A resident following petitions rather than a body confirms the same way and is mailed when a
/// petition is published. A class of its own: it moves the site's clock.
/// </summary>
public sealed partial class AlertsBrowserTests(AlertsBrowserTests.AlertsSite site) : IClassFixture<AlertsBrowserTests.AlertsSite>
{
    private static readonly LocalDate MeetingDay = new(2017, 10, 24);

    [Fact]
    public async Task A_subscriber_confirms_from_the_mail_gets_one_mail_for_the_agenda_and_none_for_its_Part_II_report_then_unsubscribes_from_the_mail()
    {
        var mail = TestMailServer.OrSkip();
        var ann = TestMailServer.NewAddress("ann");
        var cancel = TestContext.Current.CancellationToken;

        // From the committee's page to the form, with the committee already chosen.
        var resident = await site.NewPageAsync(1280);
        await resident.GotoAsync("/committees/overview-and-scrutiny");
        await resident.Locator("#get-alerts").ClickAsync();
        Assert.EndsWith("/alerts?body=overview-and-scrutiny", resident.Url, StringComparison.Ordinal);
        await Assertions.Expect(resident.GetByLabel("Committee", new() { Exact = true })).ToHaveValueAsync("overview-and-scrutiny");
        await CheckEachWidthAsync("/alerts", "alerts-form");

        // Nothing filled in: each field says what is wanted.
        await resident.GotoAsync("/alerts");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the committee you want alerts about");
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("Choose how often you want emails");
        await PageChecks.AssertFitsAndAccessibleAsync(resident, "alerts-form-errors", 1280);

        await resident.GetByLabel("Email address").FillAsync(ann);
        await resident.GetByLabel("Committee", new() { Exact = true }).SelectOptionAsync("overview-and-scrutiny");
        await resident.GetByLabel("As it happens").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Check your email");
        await CheckEachWidthAsync("/alerts/check-your-email", "alerts-check-your-email");

        // The confirmation mail: a link to confirm, no unsubscribe headers (there is nothing yet to leave).
        var confirmation = Assert.Single(await mail.WaitForAsync(ann));
        Assert.Equal("Confirm your email alerts: the Overview and Scrutiny Committee", confirmation.Subject);
        Assert.False(confirmation.Headers.Contains("List-Unsubscribe"));
        var confirmLink = Link(confirmation, "/alerts/confirm/");
        await resident.GotoAsync(confirmLink);
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Confirm your email alerts");
        await CheckEachWidthAsync(new Uri(confirmLink).AbsolutePath, "alerts-confirm");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-panel__title")).ToHaveTextAsync("Email alerts confirmed");
        await PageChecks.AssertFitsAndAccessibleAsync(resident, "alerts-confirmed", 1280);

        // A second resident wants a daily digest (through the same service the form calls), and confirms.
        var bob = TestMailServer.NewAddress("bob");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var alerts = scope.ServiceProvider.GetRequiredService<Application.Participation.Alerts>();
            await alerts.SubscribeAsync(await CouncilIdAsync(), new AlertForm(bob, "overview-and-scrutiny", "daily"), cancel);
            Assert.True(await alerts.ConfirmAsync(Link(Assert.Single(await mail.WaitForAsync(bob)), "/alerts/confirm/").Split('/')[^1], cancel));
        }

        // The agenda is published: one mail, naming the Part I items as text, nothing of the Part II item or its report.
        await PublishAsync();
        var delivered = await mail.WaitForAsync(ann, count: 2);
        Assert.Equal(2, delivered.Count);
        var alert = delivered[1];
        Assert.Equal("Agenda published: Overview and Scrutiny Committee, Tuesday 24 October 2017", alert.Subject);
        Assert.Contains("3. Libraries <b>Review</b> & Pinner", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains("3. Libraries &lt;b&gt;Review&lt;/b&gt; &amp; Pinner", alert.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", alert.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{site.BaseAddress.ToString().TrimEnd('/')}/meetings/2017-10-24/overview-and-scrutiny", alert.TextBody, StringComparison.Ordinal);
        foreach (var body in new[] { alert.TextBody, alert.HtmlBody })
        {
            Assert.DoesNotContain("Leisure", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("tender", body, StringComparison.OrdinalIgnoreCase);
        }
        var unsubscribe = Link(alert, "/alerts/unsubscribe/");
        Assert.Equal($"<{unsubscribe}>", alert.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", alert.Headers["List-Unsubscribe-Post"]);
        // Nothing more comes for the Part II report, and nothing for the daily subscriber before the morning.
        await Task.Delay(TimeSpan.FromSeconds(4), cancel);
        Assert.Equal(2, mail.DeliveredTo(ann).Count);
        Assert.Single(mail.DeliveredTo(bob));

        // Unsubscribing from the mail's link: the page asks, the button ends it.
        await resident.GotoAsync(unsubscribe);
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Unsubscribe from email alerts about the Overview and Scrutiny Committee?");
        await CheckEachWidthAsync(new Uri(unsubscribe).AbsolutePath, "alerts-unsubscribe");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-panel__title")).ToHaveTextAsync("You have unsubscribed");
        await PageChecks.AssertFitsAndAccessibleAsync(resident, "alerts-unsubscribed", 1280);
        await resident.SetViewportSizeAsync(375, 900);
        await PageChecks.AssertFitsAndAccessibleAsync(resident, "alerts-unsubscribed", 375);
        await resident.Context.CloseAsync();

        // 7am the next day: the daily subscriber's digest, with its own one-click unsubscribe, which a mail program
        // uses by POST without any form token (RFC 8058).
        site.Clock.Advance(new LocalDateTime(2017, 9, 26, 7, 0, 1).InZoneStrictly(SiteClock.London).ToInstant() - site.Clock.Now);
        var digest = (await mail.WaitForAsync(bob, count: 2))[^1];
        Assert.Contains("The agenda for the meeting of the Overview and Scrutiny Committee on Tuesday 24 October 2017 has been published.", digest.TextBody, StringComparison.Ordinal);
        var oneClick = digest.Headers["List-Unsubscribe"]!.Trim('<', '>');
        using (var post = await site.Client.PostAsync(new Uri(oneClick), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), cancel))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        }
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            var ended = await db.AlertSubscriptions.AsNoTracking().Where(s => s.Email == ann || s.Email == bob).Select(s => s.UnsubscribedAt).ToListAsync(cancel);
            Assert.Equal(2, ended.Count);
            Assert.All(ended, at => Assert.NotNull(at));
        }

        // Published again: no one is subscribed any more, so no one is mailed.
        await PublishAsync();
        await Task.Delay(TimeSpan.FromSeconds(4), cancel);
        Assert.Equal(2, mail.DeliveredTo(ann).Count);
        Assert.Equal(2, mail.DeliveredTo(bob).Count);
    }

    [Fact]
    public async Task A_resident_follows_petitions_from_the_form_confirms_from_the_mail_and_is_mailed_when_one_is_published()
    {
        var mail = TestMailServer.OrSkip();
        var cara = TestMailServer.NewAddress("cara");
        var cancel = TestContext.Current.CancellationToken;

        var resident = await site.NewPageAsync(375);
        await resident.GotoAsync("/alerts");
        await resident.GetByLabel("Email address").FillAsync(cara);
        await resident.GetByLabel("Petitions", new() { Exact = true }).CheckAsync();
        await resident.GetByLabel("As it happens").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Check your email");

        var confirmation = Assert.Single(await mail.WaitForAsync(cara));
        Assert.Equal("Confirm your email alerts: petitions", confirmation.Subject);
        await resident.GotoAsync(Link(confirmation, "/alerts/confirm/"));
        await Assertions.Expect(resident.Locator(".govuk-summary-list")).ToContainTextAsync("petitions");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-panel__body")).ToHaveTextAsync("You will get emails about petitions");
        await PageChecks.AssertFitsAndAccessibleAsync(resident, "alerts-confirmed-petitions", 375);
        await resident.Context.CloseAsync();

        // Democratic Services publish a petition: one mail, the petition's title as text, with the one-click unsubscribe.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var petitions = scope.ServiceProvider.GetRequiredService<Application.Participation.Petitions>();
            var started = await petitions.StartAsync(await CouncilIdAsync(), new("Reopen <Pinner> library", "Open it on Sundays.", "Pat Starter", TestMailServer.NewAddress("pat"), new LocalDate(2018, 3, 1)), cancel);
            await petitions.PublishAsync(started.Id, "clerk", cancel);
        }
        var alert = (await mail.WaitForAsync(cara, count: 2))[^1];
        Assert.Equal("New petition: Reopen <Pinner> library", alert.Subject);
        Assert.Contains("A new petition has been published: \"Reopen <Pinner> library\".", alert.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<Pinner>", alert.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<" + site.BaseAddress.ToString().TrimEnd('/') + "/alerts/unsubscribe/", alert.Headers["List-Unsubscribe"], StringComparison.Ordinal);
    }

    /// <summary>The one address in the message's text that goes to <paramref name="path"/>.</summary>
    private static string Link(MimeMessage message, string path) =>
        Assert.Single(Addresses().Matches(message.TextBody ?? "").Select(m => m.Value).Where(u => u.Contains(path, StringComparison.Ordinal)).Distinct());

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Addresses();

    private async Task PublishAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var meetingId = await scope.ServiceProvider.GetRequiredService<QuorumDbContext>().Meetings
            .Where(m => m.Date == MeetingDay).Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<AgendaPublisher>().PublishAsync(meetingId, "clerk", TestContext.Current.CancellationToken);
    }

    private async Task<Guid> CouncilIdAsync()
    {
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        return await db.Councils.Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task CheckEachWidthAsync(string path, string name)
    {
        foreach (var width in PageChecks.Widths)
        {
            var page = await site.NewPageAsync(width);
            try
            {
                await page.GotoAsync(path);
                await PageChecks.AssertFitsAndAccessibleAsync(page, name, width);
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }

    /// <summary>
    /// The Harrow test council with a coming Overview and Scrutiny meeting whose agenda is not yet published, with a
    /// Part II item and its exempt report; mail goes to the test SMTP server when there is one.
    /// </summary>
    public sealed class AlertsSite : SiteHost
    {
        private readonly TestChromium chromium = new();

        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            TestMailServer.FromEnvironment()?.Settings ?? new Dictionary<string, string>();

        protected override async Task CreateDatabaseAsync(DatabaseSettings settings)
        {
            await TestDatabases.MigrateAsync(settings, Clock);
            await using var db = QuorumDatabase.CreateContext(settings, Clock);
            await Harrow()
                .WithMeeting("Overview and Scrutiny Committee", MeetingDay, m => m
                    .Item(1, "Attendance by Reserve Members")
                    .Item(2, "Declarations of Interest")
                    .Item(3, "Libraries <b>Review</b> & Pinner", i => i.Report("Libraries Review", r => HarrowReport(r)
                        .Summary("The review of the library service.")))
                    .PartII(4, "Contract for Leisure Services", paragraph: 3, i => i.Report("Leisure contract tender prices", r => HarrowReport(r)
                        .Summary("The tenders received."))))
                .SaveAsync(db);
        }

        public override async ValueTask DisposeAsync()
        {
            await chromium.DisposeAsync();
            await base.DisposeAsync();
        }

        public async Task<IPage> NewPageAsync(int width)
        {
            var page = await chromium.NewPageAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 900 } });
            page.SetDefaultTimeout(90_000);
            return page;
        }
    }
}
