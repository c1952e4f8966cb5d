using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;
using Quorum.Web.Site;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Issue 22's petitions in real Chromium with the real SMTP server, on a council built with <see cref="TestCouncil"/>:
/// a resident starts one (not public until checked), the clerk publishes it, a resident signs and confirms through
/// the link read from the delivered mail and is counted once, the clerk records the council's response with the agenda
/// item that answers it, chosen from a list, and after the closing date no one can sign. Hostile markup stays text. Every new page passes axe
/// at 1280 and 375 px without scrolling sideways. A class of its own: it moves the site's clock.
/// </summary>
public sealed partial class PetitionsBrowserTests(PetitionsBrowserTests.PetitionsSite site) : IClassFixture<PetitionsBrowserTests.PetitionsSite>
{
    [Fact]
    public async Task A_petition_is_checked_before_publication_signed_with_confirmation_from_the_mail_answered_and_closed()
    {
        var mail = TestMailServer.OrSkip();
        var starter = TestMailServer.NewAddress("petra");
        var signer = TestMailServer.NewAddress("sid");

        var resident = await site.NewPageAsync(1280);
        await resident.GotoAsync("/petitions");
        await Assertions.Expect(resident.Locator("#no-petitions")).ToBeVisibleAsync();
        await CheckEachWidthAsync("/petitions", "petitions-none");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Start a petition" }).ClickAsync();
        Assert.EndsWith("/petitions/new", resident.Url, StringComparison.Ordinal);
        await CheckEachWidthAsync("/petitions/new", "petition-form");

        await resident.GetByRole(AriaRole.Button, new() { Name = "Send petition for checking" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what your petition is about");
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date the petition closes");
        await PageChecks.AssertFitsAndAccessibleAsync(resident, "petition-form-errors", 1280);

        await resident.GetByLabel("What is your petition about?").FillAsync("Save <i>Pinner</i> Library");
        await resident.GetByLabel("What do you want the council to do?").FillAsync("<script>document.title='owned'</script>Keep the library open six days a week.");
        await resident.GetByLabel("Day").FillAsync("31");
        await resident.GetByLabel("Month").FillAsync("12");
        await resident.GetByLabel("Year").FillAsync("2017");
        await resident.GetByLabel("Your full name").FillAsync("Petra Starter");
        await resident.GetByLabel("Email address").FillAsync(starter);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send petition for checking" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-panel__title")).ToHaveTextAsync("Petition received");
        await CheckEachWidthAsync("/petitions/received", "petition-received");
        Assert.Equal("Petition received: Save <i>Pinner</i> Library", Assert.Single(await mail.WaitForAsync(starter)).Subject);

        // Not public until checked.
        await resident.GotoAsync("/petitions");
        await Assertions.Expect(resident.Locator("#no-petitions")).ToBeVisibleAsync();
        var missing = await resident.GotoAsync("/petitions/1");
        Assert.Equal(404, missing!.Status);

        // The clerk: the petition with its starter's address, published.
        var state = await site.SignInAsync("clerk");
        var clerk = await site.NewPageAsync(1280, state);
        await clerk.GotoAsync("/admin/petitions");
        await Assertions.Expect(clerk.Locator("#petition-1")).ToContainTextAsync("Waiting to be checked");
        await CheckEachWidthAsync("/admin/petitions", "admin-petitions", state);
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Save <i>Pinner</i> Library" }).ClickAsync();
        var adminPath = new Uri(clerk.Url).AbsolutePath;
        await Assertions.Expect(clerk.Locator(".govuk-summary-list")).ToContainTextAsync(starter);
        await CheckEachWidthAsync(adminPath, "admin-petition", state);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Publish petition" }).ClickAsync();
        // Asked first: publication is final.
        await Assertions.Expect(clerk.Locator("h1")).ToHaveTextAsync("Are you sure you want to publish petition 1?");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Yes, publish the petition" }).ClickAsync();
        await Assertions.Expect(clerk.Locator(".govuk-notification-banner")).ToContainTextAsync("The petition is published");
        Assert.StartsWith("Your petition is published", (await mail.WaitForAsync(starter, count: 2))[^1].Subject, StringComparison.Ordinal);

        // A resident signs; the signature counts once confirmed from the mail.
        await resident.GotoAsync("/petitions/1");
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Save <i>Pinner</i> Library");
        Assert.Equal(0, await resident.Locator("h1 i, #main-content script").CountAsync());
        Assert.NotEqual("owned", await resident.TitleAsync());
        Assert.DoesNotContain(starter, await resident.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await Assertions.Expect(resident.Locator("#signatures")).ToHaveTextAsync("0");
        await CheckEachWidthAsync("/petitions/1", "petition");
        await resident.GetByLabel("Full name").FillAsync("Sid Signer");
        await resident.GetByLabel("Email address").FillAsync(signer);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Sign petition" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Check your email");
        await CheckEachWidthAsync("/petitions/1/check-your-email", "petition-check-your-email");
        var confirmLink = Link(Assert.Single(await mail.WaitForAsync(signer)), "/petitions/signatures/");
        await resident.GotoAsync(confirmLink);
        await CheckEachWidthAsync(new Uri(confirmLink).AbsolutePath, "petition-signature");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Confirm my signature" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-panel__title")).ToHaveTextAsync("Signature confirmed");
        await PageChecks.AssertFitsAndAccessibleAsync(resident, "petition-signature-confirmed", 1280);
        await resident.GotoAsync("/petitions/1");
        await Assertions.Expect(resident.Locator("#signatures")).ToHaveTextAsync("1");

        // Once per person: a second signature is answered like the first (the page tells nobody who has signed) and
        // only the address that signed is told, by mail.
        await resident.GetByLabel("Full name").FillAsync("Sid Again");
        await resident.GetByLabel("Email address").FillAsync(signer.ToUpperInvariant());
        await resident.GetByRole(AriaRole.Button, new() { Name = "Sign petition" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Check your email");
        Assert.StartsWith("You have already signed", (await mail.WaitForAsync(signer, count: 2))[^1].Subject, StringComparison.Ordinal);

        // The council's response, with the agenda item that answers it chosen from the council's records, is public.
        Guid answering;
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            answering = await db.AgendaItems.Where(i => i.Meeting!.Date == SiteHost.HeldOn && i.Meeting.Committee!.Name == "Overview and Scrutiny Committee" && i.Number == 1).Select(i => i.Id).SingleAsync(TestContext.Current.CancellationToken);
        }
        await clerk.GotoAsync(adminPath);
        await clerk.GetByLabel("Response").FillAsync("Cabinet agreed to keep the library open.");
        await clerk.GetByLabel("Agenda item (optional)").SelectOptionAsync(answering.ToString());
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Save response" }).ClickAsync();
        await Assertions.Expect(clerk.Locator(".govuk-notification-banner")).ToContainTextAsync("The council's response is recorded");
        await CheckEachWidthAsync(adminPath, "admin-petition-answered", state);
        await clerk.Context.CloseAsync();
        await resident.GotoAsync("/petitions/1");
        await Assertions.Expect(resident.Locator("#response")).ToContainTextAsync("Cabinet agreed to keep the library open.");
        Assert.StartsWith("/meetings/2017-09-19/", await resident.Locator("#answered-by a").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.EndsWith("/items/1", await resident.Locator("#answered-by a").GetAttributeAsync("href"), StringComparison.Ordinal);
        await CheckEachWidthAsync("/petitions", "petitions");

        // After the closing date there is no form to sign.
        site.Clock.Advance(new LocalDateTime(2018, 1, 1, 9, 0).InZoneStrictly(SiteClock.London).ToInstant() - site.Clock.Now);
        await resident.GotoAsync("/petitions/1");
        await Assertions.Expect(resident.Locator(".govuk-summary-list")).ToContainTextAsync("Closed");
        await Assertions.Expect(resident.GetByRole(AriaRole.Button, new() { Name = "Sign petition" })).ToHaveCountAsync(0);
        await resident.Context.CloseAsync();
    }

    private static string Link(MimeMessage message, string path) =>
        Assert.Single(Addresses().Matches(message.TextBody ?? "").Select(m => m.Value).Where(u => u.Contains(path, StringComparison.Ordinal)).Distinct());

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Addresses();

    private async Task CheckEachWidthAsync(string path, string name, string? storageState = null)
    {
        foreach (var width in PageChecks.Widths)
        {
            var page = await site.NewPageAsync(width, storageState);
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

    /// <summary>The Harrow test council with mail going to the test SMTP server when there is one, and one Chromium.</summary>
    public sealed class PetitionsSite : SiteHost
    {
        private readonly TestChromium chromium = new();

        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            TestMailServer.FromEnvironment()?.Settings ?? new Dictionary<string, string>();

        public override async ValueTask DisposeAsync()
        {
            await chromium.DisposeAsync();
            await base.DisposeAsync();
        }

        public async Task<IPage> NewPageAsync(int width, string? storageState = null)
        {
            var page = await chromium.NewPageAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 900 }, StorageState = storageState });
            page.SetDefaultTimeout(90_000);
            return page;
        }

        /// <summary>Signs a demo account in once through the sign-in page; later pages reuse its cookies.</summary>
        public async Task<string> SignInAsync(string account)
        {
            var page = await NewPageAsync(1280);
            try
            {
                await page.GotoAsync("/admin/sign-in");
                await page.FillAsync("#username", account);
                await page.FillAsync("#password", Demo.DemoAccounts.All.Single(a => a.UserName == account).Password);
                await page.ClickAsync("button[type=submit]");
                await page.WaitForURLAsync(url => !url.Contains("/admin/sign-in", StringComparison.Ordinal));
                return await page.Context.StorageStateAsync();
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }
}
