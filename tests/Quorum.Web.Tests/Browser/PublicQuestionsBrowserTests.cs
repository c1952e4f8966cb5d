using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.TestSupport;
using Quorum.Web.Site;
using Quorum.Web.Tests.Site;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Issue 22's public questions in real Chromium, on a council built with <see cref="TestCouncil"/>: a resident asks a
/// question before the deadline and is refused after it (the clock moved), the clerk accepts one and rejects another
/// after confirming, and the accepted one appears, escaped and without its address, on the published agenda and in
/// the pack; on the evening of the meeting the answer given is recorded under it. Every new page passes axe at 1280
/// and 375 px without scrolling sideways. A class of its own: it moves the site's clock.
/// </summary>
public sealed class PublicQuestionsBrowserTests(PublicQuestionsBrowserTests.QuestionsSite site) : IClassFixture<PublicQuestionsBrowserTests.QuestionsSite>
{
    /// <summary>Tuesday 10 October 2017: questions close at 3pm on Thursday 5 October (CPR-4).</summary>
    private static readonly LocalDate MeetingDay = new(2017, 10, 10);

    private const string MeetingPath = "/meetings/2017-10-10/overview-and-scrutiny";

    [Fact]
    public async Task A_resident_asks_before_the_deadline_the_clerk_moderates_and_the_accepted_question_is_on_the_published_agenda()
    {
        // The resident, the day the agenda is published: the meeting page links to the form and says when it closes.
        var resident = await site.NewPageAsync(1280);
        await resident.GotoAsync(MeetingPath);
        await Assertions.Expect(resident.Locator("dd", new() { HasText = "Questions close at" })).ToContainTextAsync("Questions close at 3pm on Thursday 5 October 2017.");
        await resident.Locator("#ask-a-question").ClickAsync();
        Assert.EndsWith($"{MeetingPath}/questions/new", resident.Url, StringComparison.Ordinal);
        await Assertions.Expect(resident.Locator("#questions-close")).ToHaveTextAsync("Questions close at 3pm on Thursday 5 October 2017.");
        await CheckEachWidthAsync($"{MeetingPath}/questions/new", "question-form");

        // Nothing filled in: each field says what is wanted, in words.
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your full name");
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await CheckAsync(resident, "question-form-errors", 1280);

        // A name and question with markup in them are taken as text.
        await resident.GetByLabel("Full name").FillAsync("Ann <b>Resident</b>");
        await resident.GetByLabel("Email address").FillAsync("ann.resident@example.org");
        await resident.GetByLabel("Your question").FillAsync("<script>document.title='owned'</script>When will the Pinner library reopen?");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync("Question received");
        await Assertions.Expect(resident.Locator(".govuk-panel__body")).ToHaveTextAsync("Thank you for your question");
        await CheckAsync(resident, "question-received", 1280);
        var received = await resident.Locator("main").InnerTextAsync();
        await CheckAsync(await site.NewPageAsync(375), "question-received", 375, $"{MeetingPath}/questions/received");

        // One question per person: the same address again reads exactly as a question taken (the page must not tell
        // whoever typed an address that its owner has asked); the address alone is told by mail, and nothing is stored.
        await resident.GotoAsync($"{MeetingPath}/questions/new");
        await resident.GetByLabel("Full name").FillAsync("Ann Resident");
        await resident.GetByLabel("Email address").FillAsync("Ann.Resident@example.org");
        await resident.GetByLabel("Your question").FillAsync("And another thing?");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();
        Assert.Equal(received, await resident.Locator("main").InnerTextAsync());
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            var mailed = await db.OutgoingMail.Where(m => m.To == "ann.resident@example.org" || m.To == "Ann.Resident@example.org").Select(m => m.Subject + " | " + m.Text).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(2, mailed.Count);
            Assert.Contains(mailed, m => m.StartsWith("Question received", StringComparison.Ordinal) && m.Contains("It is number 1 in the order questions were received", StringComparison.Ordinal));
            Assert.Contains(mailed, m => m.StartsWith("You have already sent a question", StringComparison.Ordinal));
            Assert.Equal(0, await db.PublicQuestions.CountAsync(q => q.Text == "And another thing?", TestContext.Current.CancellationToken));
        }

        // A second resident, whose question the clerk will reject.
        await resident.GotoAsync($"{MeetingPath}/questions/new");
        await resident.GetByLabel("Full name").FillAsync("Trent Troll");
        await resident.GetByLabel("Email address").FillAsync("trent@example.org");
        await resident.GetByLabel("Your question").FillAsync("Why is the weather so bad?");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-panel__body")).ToHaveTextAsync("Thank you for your question");
        await resident.Context.CloseAsync();

        // The clerk: both questions in order of receipt with their addresses; accept the first.
        var meetingId = await MeetingIdAsync();
        var questionsPath = $"/admin/meetings/{meetingId}/questions";
        var state = await site.SignInAsync("clerk");
        var clerk = await site.NewPageAsync(1280, state);
        await clerk.GotoAsync($"/admin/meetings/{meetingId}");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Public questions" }).ClickAsync();
        Assert.EndsWith(questionsPath, clerk.Url, StringComparison.Ordinal);
        Assert.Equal(["1", "2"], (await clerk.Locator("td[data-label='No.']").AllInnerTextsAsync()).Select(t => t.Trim()));
        await Assertions.Expect(clerk.Locator("#question-1")).ToContainTextAsync("ann.resident@example.org");
        await CheckEachWidthAsync(questionsPath, "admin-questions", state);
        // Accepting publishes the question at once and cannot be undone, so the clerk sees what will be published first.
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Accept question 1" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("h1")).ToHaveTextAsync("Are you sure you want to accept question 1?");
        await Assertions.Expect(clerk.Locator(".govuk-summary-list")).ToContainTextAsync("Ann <b>Resident</b>");
        await CheckEachWidthAsync(new Uri(clerk.Url).AbsolutePath, "admin-question-accept", state);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Accept question 1" }).ClickAsync();
        await Assertions.Expect(clerk.Locator(".govuk-notification-banner")).ToContainTextAsync("Question 1 accepted.");
        await Assertions.Expect(clerk.Locator("#question-1")).ToContainTextAsync("Accepted");

        // Rejecting asks for a reason from the rules, then for confirmation, since it cannot be undone.
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Reject question 2" }).ClickAsync();
        var rejectPath = new Uri(clerk.Url).AbsolutePath;
        await CheckEachWidthAsync(rejectPath, "admin-question-reject", state);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(clerk.Locator(".govuk-error-summary")).ToContainTextAsync("Choose why the question is rejected");
        await clerk.GetByLabel("It is not about a matter the council is responsible for or that affects its area").CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("h1")).ToHaveTextAsync("Are you sure you want to reject question 2?");
        await Assertions.Expect(clerk.Locator(".govuk-warning-text")).ToContainTextAsync("You cannot undo this.");
        await CheckAsync(clerk, "admin-question-reject-confirm", 1280);
        await clerk.SetViewportSizeAsync(375, 900);
        await CheckAsync(clerk, "admin-question-reject-confirm", 375);
        await clerk.SetViewportSizeAsync(1280, 900);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Reject question" }).ClickAsync();
        Assert.EndsWith(questionsPath, clerk.Url, StringComparison.Ordinal);
        await Assertions.Expect(clerk.Locator("#question-2")).ToContainTextAsync("Rejected");
        await Assertions.Expect(clerk.Locator("#question-2")).ToContainTextAsync("It is not about a matter the council is responsible for");

        // Published again, the agenda pack prints the accepted question under Public Questions.
        await clerk.GotoAsync($"/admin/meetings/{meetingId}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Publish a new version" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("h1")).ToHaveTextAsync("Are you sure you want to publish a new version of the agenda?");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Publish a new version" }).ClickAsync();
        await clerk.WaitForURLAsync(url => url.EndsWith($"/admin/meetings/{meetingId}", StringComparison.Ordinal), new() { Timeout = 120_000 });
        await clerk.Context.CloseAsync();

        // The public agenda: the accepted question, as text, with the name and never the address; not the rejected one.
        var reader = await site.NewPageAsync(1280);
        await reader.GotoAsync(MeetingPath);
        var printed = reader.Locator("#public-questions");
        await Assertions.Expect(printed.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(printed).ToContainTextAsync("Question 1, from Ann <b>Resident</b>");
        await Assertions.Expect(printed).ToContainTextAsync("<script>document.title='owned'</script>When will the Pinner library reopen?");
        Assert.NotEqual("owned", await reader.TitleAsync());
        var html = await reader.ContentAsync();
        Assert.DoesNotContain("ann.resident@example.org", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Trent Troll", html, StringComparison.Ordinal);
        Assert.Equal(0, await reader.Locator("#public-questions b, #public-questions script").CountAsync());
        await CheckEachWidthAsync(MeetingPath, "meeting-public-questions");
        var pack = await PackTextAsync();
        Assert.Contains("Question 1, from Ann <b>Resident</b>", pack, StringComparison.Ordinal);
        Assert.DoesNotContain("ann.resident@example.org", pack, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Trent", pack, StringComparison.Ordinal);

        // A second after the deadline: the form says it has closed, naming the deadline, and takes nothing.
        site.Clock.Advance(new LocalDateTime(2017, 10, 5, 15, 0, 1).InZoneStrictly(SiteClock.London).ToInstant() - site.Clock.Now);
        await reader.GotoAsync($"{MeetingPath}/questions/new");
        await Assertions.Expect(reader.Locator("#questions-closed")).ToHaveTextAsync(
            "The deadline for public questions to this meeting was 3pm on Thursday 5 October 2017. Questions can no longer be sent for it.");
        Assert.Equal(0, await reader.Locator("form textarea").CountAsync());
        await CheckEachWidthAsync($"{MeetingPath}/questions/new", "question-form-closed");
        // The cached meeting page is bounded by its expiry as the day moves on; a fresh one no longer links to the form.
        await site.Services.GetRequiredService<PublicSiteCache>().InvalidateAsync(TestContext.Current.CancellationToken);
        await reader.GotoAsync(MeetingPath);
        await Assertions.Expect(reader.Locator("#ask-a-question")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.Locator("dd", new() { HasText = "deadline for public questions" })).ToContainTextAsync("3pm on Thursday 5 October 2017");

        // The evening of the meeting: the clerk records the answer given, and the meeting page shows it under the question.
        site.Clock.Advance(MeetingDay.At(new LocalTime(21, 30)).InZoneStrictly(SiteClock.London).ToInstant() - site.Clock.Now);
        var evening = await site.NewPageAsync(1280, state);
        await evening.GotoAsync(questionsPath);
        await evening.GetByLabel("Answered by (question 1)").FillAsync("Councillor Phillip O'Dell, Chair");
        await evening.GetByLabel("Answer given (question 1)").FillAsync("The library reopens in <em>January</em>.");
        await evening.GetByRole(AriaRole.Button, new() { Name = "Save answer to question 1" }).ClickAsync();
        await Assertions.Expect(evening.Locator(".govuk-notification-banner")).ToContainTextAsync("The answer to question 1 is recorded");
        await evening.Context.CloseAsync();
        await CheckEachWidthAsync(questionsPath, "admin-questions-answers", state);
        await reader.GotoAsync(MeetingPath);
        await Assertions.Expect(reader.Locator("#question-1 .quorum-answer")).ToContainTextAsync("Answered by Councillor Phillip O'Dell, Chair");
        await Assertions.Expect(reader.Locator("#question-1 .quorum-answer")).ToContainTextAsync("The library reopens in <em>January</em>.");
        await reader.Context.CloseAsync();
    }

    private async Task CheckEachWidthAsync(string path, string name, string? storageState = null)
    {
        foreach (var width in PageChecks.Widths)
        {
            var page = await site.NewPageAsync(width, storageState);
            try
            {
                await CheckAsync(page, name, width, path);
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }

    /// <summary>Opens <paramref name="path"/> when given, then holds the page to <see cref="PageChecks"/>.</summary>
    private static async Task CheckAsync(IPage page, string name, int width, string? path = null)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }
        await PageChecks.AssertFitsAndAccessibleAsync(page, name, width);
    }

    private async Task<Guid> MeetingIdAsync()
    {
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        return await db.Meetings.Where(m => m.Date == MeetingDay).Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string> PackTextAsync()
    {
        var pdf = await site.Client.GetByteArrayAsync($"{MeetingPath}/agenda.pdf", TestContext.Current.CancellationToken);
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    /// <summary>The Harrow test council with a coming Overview and Scrutiny meeting whose agenda is out, and one Chromium.</summary>
    public sealed class QuestionsSite : SiteHost
    {
        private readonly TestChromium chromium = new();

        protected override async Task CreateDatabaseAsync(DatabaseSettings settings)
        {
            await TestDatabases.MigrateAsync(settings, Clock);
            await using var db = QuorumDatabase.CreateContext(settings, Clock);
            await Harrow()
                .WithMeeting("Overview and Scrutiny Committee", MeetingDay, m => m
                    .AgendaPublished(new LocalDate(2017, 9, 25))
                    .Item(1, "Attendance by Reserve Members")
                    .Item(2, "Declarations of Interest")
                    .Item(3, "Public Questions", i => i.Edit(item =>
                    {
                        item.Standing = StandingItem.PublicQuestions;
                        item.Description = "To receive any public questions received in accordance with Committee Procedure Rule 17.";
                    }))
                    .Item(4, "Libraries Review"))
                .SaveAsync(db);
        }

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
