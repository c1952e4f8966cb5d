using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Quorum.TestSupport;
using Quorum.Web.Site;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Admin.Imports;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Admin.Setup;
using Quorum.Web.Tests.Hosting;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Issue 18's acceptance walk in real Chromium: a council evaluating Quorum starts from an empty database with
/// <c>quorum init</c> and <c>quorum admin create</c>, and its administrator sets the council up on the staff pages
/// alone (settings, party groups, wards, twelve people, a full council, a Cabinet and a scrutiny committee, their
/// chairs, vice-chairs, members, two co-optees and ordered reserves), typing no id. One meeting then goes from the
/// template to published minutes, with a reserve standing in; the public site, search and OParl show all of it; and
/// <c>quorum setup import docs/setup-example</c> gives the same council (the walk types in what the example folder
/// holds). Every set-up page is checked at 1280 and 375 px.
/// </summary>
public sealed partial class CouncilSetupWalkBrowserTests(NewCouncilSite site) : IClassFixture<NewCouncilSite>
{
    private const string Scrutiny = "Overview and Scrutiny Committee";

    private const string Subject = "Review of Fernbridge Leisure Centres";

    private const string Narrative = "The Head of Leisure introduced the report and answered questions on the swimming pool at Castle.";

    private const string Decision = "That the leisure centres review be noted and reported to Cabinet.";

    private static readonly LocalDate From = NewCouncilSite.YearStarts;

    private sealed record Person(string? Title, string Given, string Family, string? Group, string? Ward)
    {
        public string Name => $"{Given} {Family}";

        public string Email => $"{Given.ToLowerInvariant()}.{Family.ToLowerInvariant()}@fernbridge.example";
    }

    /// <summary>Who sits where, as memberships.csv in docs/setup-example has it.</summary>
    private sealed record Seat(string Person, string Body, string Role, string? Voting = null, LocalDate? End = null, string? Organisation = null, string? Position = null);

    private static readonly (string Name, string Type, string Purpose)[] Bodies =
    [
        ("Council", "Council", "The full council: the budget, the policy framework and the constitution."),
        ("Cabinet", "Cabinet", "The executive: decisions not reserved to the full council."),
        (Scrutiny, "Committee", "Holds the Cabinet to account, reviews policy and can call in decisions."),
    ];

    private static readonly Person[] People =
    [
        new(null, "Ann", "Ashworth", "Labour", "Abbey"),
        new(null, "Ben", "Carter", "Labour", "Abbey"),
        new(null, "Chloe", "Dunn", "Labour", "Brookside"),
        new(null, "Daniel", "Evans", "Labour", "Brookside"),
        new(null, "Emma", "Fox", "Labour", "Castle"),
        new(null, "Priya", "Patel", "Labour", "Millfield"),
        new(null, "Frank", "Green", "Conservative", "Castle"),
        new(null, "Grace", "Hill", "Conservative", "Millfield"),
        new(null, "Harry", "Irwin", "Conservative", "Millfield"),
        new(null, "Isla", "James", "Conservative", "Castle"),
        new("Reverend", "Karen", "Lloyd", null, null),
        new("Mr", "Liam", "Moss", null, null),
    ];

    private static readonly Seat[] Seats =
    [
        new("Isla James", "Council", "Chair"),
        new("Priya Patel", "Council", "ViceChair"),
        .. new[] { "Ann Ashworth", "Ben Carter", "Chloe Dunn", "Daniel Evans", "Emma Fox", "Frank Green", "Grace Hill", "Harry Irwin" }.Select(p => new Seat(p, "Council", "Member")),
        new("Ann Ashworth", "Cabinet", "Chair", Position: "Leader of the Council"),
        new("Ben Carter", "Cabinet", "ViceChair", Position: "Deputy Leader"),
        new("Chloe Dunn", "Cabinet", "Member", Position: "Portfolio Holder for Housing"),
        new("Frank Green", Scrutiny, "Chair"),
        new("Emma Fox", Scrutiny, "ViceChair"),
        new("Daniel Evans", Scrutiny, "Member"),
        new("Grace Hill", Scrutiny, "Member"),
        new("Karen Lloyd", Scrutiny, "CoOpted", "voting-education", Organisation: "Church of England Diocese of Fernbridge", Position: "Representative of the Voluntary Aided Sector"),
        new("Liam Moss", Scrutiny, "CoOpted", "voting-none", End: new LocalDate(2027, 5, 19), Organisation: "Fernbridge Youth Council", Position: "Youth Representative"),
    ];

    private static readonly (string Group, string Person)[] Reserves = [("Labour", "Priya Patel"), ("Conservative", "Harry Irwin"), ("Conservative", "Isla James")];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_council_is_set_up_from_quorum_init_on_the_staff_pages_alone_runs_a_meeting_and_the_public_site_search_and_oparl_show_it()
    {
        Assert.Contains("quorum admin create", site.InitOutput, StringComparison.Ordinal);
        // The same council from the example folder, made by the command line while the browser works.
        var imported = ImportExampleAsync();
        var admin = await site.SignInAsync(NewCouncilSite.Administrator, NewCouncilSite.AdministratorPassword);
        var checkedPages = new List<(string Name, string Path)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Step(string done) => TestContext.Current.TestOutputHelper?.WriteLine($"{clock.Elapsed.TotalSeconds:0.0}s {done}");
        async Task Open(string link, string name)
        {
            // A link, or a link drawn as a button.
            await ClerkSteps.Link(admin, link).Or(ClerkSteps.Button(admin, link)).First.ClickAsync();
            checkedPages.Add((name, new Uri(admin.Url).PathAndQuery));
        }
        try
        {
            // The council's details and procedure settings.
            await Open("Council settings", "setup-settings");
            await Open("Change the council's details", "setup-council-details");
            await admin.Locator("#address").FillAsync("Council Offices, Market Street, Fernbridge FB1 1AA");
            await admin.Locator("#telephone").FillAsync("01632 960 123");
            await admin.Locator("#email").FillAsync("democratic.services@fernbridge.example");
            await admin.Locator("#web").FillAsync("https://www.fernbridge.example");
            await SubmitAsync(admin, "Save the council's details");
            await Open("Change the procedure settings", "setup-procedure-settings");
            await admin.Locator("#question-days").FillAsync("2");
            await admin.Locator("#question-time").FillAsync("12pm");
            await admin.Locator("#call-in-days").FillAsync("5");
            await admin.Locator("#drafts-no").CheckAsync();
            await admin.Locator("#committee-rules").FillAsync("Committee Procedure Rules");
            await admin.Locator("#executive-rules").FillAsync("Executive Procedure Rules");
            await SubmitAsync(admin, "Save the procedure settings");
            await ClerkSteps.SeesAsync(admin, "Public questions close");

            Step("settings");
            // Party groups and wards.
            await ClerkSteps.StaffHome(admin).ClickAsync();
            await Open("People", "setup-people");
            await Open("Party groups and wards", "setup-groups-and-wards");
            foreach (var group in new[] { "Labour", "Conservative" })
            {
                await admin.Locator("#group-name").FillAsync(group);
                await SubmitAsync(admin, "Add party group");
            }
            foreach (var ward in new[] { "Abbey", "Brookside", "Castle", "Millfield" })
            {
                await admin.Locator("#ward-name").FillAsync(ward);
                await SubmitAsync(admin, "Add ward");
            }

            Step("groups and wards");
            // Twelve people: ten councillors with their group and ward, two co-optees.
            await admin.GotoAsync("/admin/people");
            await Open("Add a person", "setup-person-new");
            foreach (var person in People)
            {
                if (person != People[0])
                {
                    await admin.GotoAsync("/admin/people/new");
                }
                await admin.Locator("#title").FillAsync(person.Title ?? "");
                await admin.Locator("#given-name").FillAsync(person.Given);
                await admin.Locator("#family-name").FillAsync(person.Family);
                if (person.Group is not null)
                {
                    await admin.Locator("#councillor").CheckAsync();
                    await admin.Locator("#group").SelectOptionAsync(new SelectOptionValue { Label = person.Group });
                    await admin.Locator("#ward").SelectOptionAsync(new SelectOptionValue { Label = person.Ward! });
                    await admin.Locator("#email").FillAsync(person.Email);
                }
                await SubmitAsync(admin, "Add person");
            }
            checkedPages.Add(("setup-person", new Uri(admin.Url).PathAndQuery));

            Step("people");
            // Three bodies of different types, then their seats and the committee's reserves.
            foreach (var (name, type, purpose) in Bodies)
            {
                await ClerkSteps.StaffHome(admin).ClickAsync();
                await Open("Bodies and members", "setup-bodies");
                await Open("Add a body", "setup-body-new");
                await admin.Locator("#name").FillAsync(name);
                await admin.Locator($"input[name='Form.Type'][value='{type}']").CheckAsync();
                await admin.Locator("#quorum").FillAsync("3");
                await admin.Locator("#purpose").FillAsync(purpose);
                await SubmitAsync(admin, "Add body");
                foreach (var seat in Seats.Where(s => s.Body == name))
                {
                    await ChooseAsync(admin, "#person", seat.Person);
                    await admin.Locator("#role").SelectOptionAsync(seat.Role);
                    if (seat.Voting is not null)
                    {
                        await admin.Locator($"#{seat.Voting}").CheckAsync();
                    }
                    await DateBoxes.FillAsync(admin, "start", From);
                    if (seat.End is { } end)
                    {
                        await DateBoxes.FillAsync(admin, "end", end);
                    }
                    await admin.Locator("#organisation").FillAsync(seat.Organisation ?? "");
                    await admin.Locator("#position").FillAsync(seat.Position ?? "");
                    await SubmitAsync(admin, "Add member");
                }
            }
            foreach (var (group, person) in Reserves)
            {
                await admin.Locator("#reserve-group").SelectOptionAsync(new SelectOptionValue { Label = group });
                await ChooseAsync(admin, "#reserve-person", person);
                await SubmitAsync(admin, "Add reserve");
            }
            checkedPages.Add(("setup-body", new Uri(admin.Url).PathAndQuery));
            await ClerkSteps.StaffHome(admin).ClickAsync();
            await Open("Municipal years and elections", "setup-years");

            Step("bodies");
            // Staff accounts for the report's author and the officer who clears it.
            var clearingPassword = "";
            foreach (var (user, name, role) in new[] { ("sam.patel", "Sam Patel, Leisure Manager", "reportauthor"), ("mo.khan", "Mo Khan, Deputy Monitoring Officer", "clearingofficer") })
            {
                await admin.GotoAsync("/admin/accounts");
                await Open("Add an account", "setup-account-new");
                await admin.Locator("#user-name").FillAsync(user);
                await admin.Locator("#display-name").FillAsync(name);
                await admin.Locator($"#role-{role}").CheckAsync();
                await SubmitAsync(admin, "Add account");
                clearingPassword = await admin.Locator("#new-password").InnerTextAsync();
            }

            Step("accounts");
            // Every set-up page fits and passes axe at both widths.
            var phone = await site.NewPageAsync(375, await admin.Context.StorageStateAsync());
            foreach (var (name, path) in checkedPages.DistinctBy(p => p.Name))
            {
                foreach (var (page, width) in new[] { (admin, 1280), (phone, 375) })
                {
                    await page.GotoAsync(path);
                    await PageChecks.AssertFitsAndAccessibleAsync(page, name, width);
                }
            }
            await phone.Context.CloseAsync();

            Step("page checks");
            await RunAMeetingAsync(admin, await site.SignInAsync("mo.khan", clearingPassword));
            Step("meeting");
            await PublicSiteShowsTheCouncilAsync(admin);

            Step("public site");
            // The example folder, imported, gives the same bodies, people, seats and reserves.
            Assert.Equal(await CouncilRecords.DescribeAsync(await imported, Cancel), await CouncilRecords.DescribeAsync(site.DatabasePath, Cancel));

            Step("example folder");
            await BringHistoryInAsync();
        }
        finally
        {
            await admin.Context.CloseAsync();
        }
    }

    /// <summary>
    /// The council's history from its own papers, on "Import past papers" (over HTTP: no page load more for the
    /// browser): Kent's Cabinet agenda goes into this council's Cabinet, whatever council its e-mail address names,
    /// and its meeting page and search show it at once.
    /// </summary>
    private async Task BringHistoryInAsync()
    {
        using var staff = new StaffClient(site.BaseAddress);
        await DemoMeetingToRecord.AssertRedirectedAsync(await staff.SignInAsync(NewCouncilSite.Administrator, NewCouncilSite.AdministratorPassword), "signing in over HTTP");
        var paper = ImportPastPapersPagesTests.KentCabinet;
        var done = await ImportPastPapersPagesTests.ImportAsync(staff, ImportPastPapersPagesTests.Paper(paper), paper);
        Assert.Contains("href=\"/meetings/2025-03-04/cabinet\"", done, StringComparison.Ordinal);
        var meeting = await site.Client.GetStringAsync("/meetings/2025-03-04/cabinet", Cancel);
        Assert.Contains("Quarterly Performance Report, Q3 2024-2025", System.Net.WebUtility.HtmlDecode(meeting), StringComparison.Ordinal);
        var search = await site.Client.GetStringAsync("/api/search?q=Seashells%20Millmead", Cancel);
        Assert.Contains("/meetings/2025-03-04/cabinet", search, StringComparison.Ordinal);
        await using var db = Data.QuorumDatabase.CreateContext(site.Database, site.Clock);
        Assert.Equal([NewCouncilSite.Council], await db.Councils.Select(c => c.Name).ToListAsync(Cancel));
    }

    /// <summary>Overview and Scrutiny on 16 June, agenda to minutes; Grace Hill sends apologies and her group's first reserve stands in.</summary>
    private async Task RunAMeetingAsync(IPage clerk, IPage clearing)
    {
        var date = new LocalDate(2026, 6, 16);
        var next = new LocalDate(2026, 7, 14);
        var meeting = $"{Scrutiny}, {Display.Date(date)}";
        await ClerkSteps.CreateMeetingAsync(clerk, Scrutiny, next, "Council Chamber, Council Offices");
        await ClerkSteps.CreateMeetingAsync(clerk, Scrutiny, date, "Council Chamber, Council Offices");
        await ClerkSteps.AddItemAndStartReportAsync(clerk, Subject, "Director of Communities", "Alex Reed, Director of Communities", "Sam Patel, Leisure Manager");
        await ClerkSteps.WriteAndSubmitReportAsync(
            clerk, "This report reviews the condition and use of the district's three leisure centres.", "The Committee is asked to note the review.",
            "Visits to the Castle swimming pool rose by a fifth after its refurbishment.", "Sam Patel, Leisure Manager, 01632 960 456");
        await ClerkSteps.ClearReportAsync(clearing, Subject);
        await clearing.Context.CloseAsync();
        DemoMeetingToRecord.ClockTo(site.Clock, date.PlusDays(-14));
        await ClerkSteps.PublishAgendaAsync(clerk, meeting);

        DemoMeetingToRecord.ClockTo(site.Clock, date.PlusDays(1));
        await ClerkSteps.OpenRecordingAsync(clerk, meeting);
        await ClerkSteps.SaveAttendanceAsync(clerk, apologies: "Councillor Grace Hill");
        await ClerkSteps.RecordReserveAsync(clerk, "Councillor Harry Irwin", 1, "Councillor Grace Hill");
        await ClerkSteps.RecordHeldAsync(clerk, "20:30", "closed 8:30pm");
        await clerk.GetByRole(AriaRole.Link, new() { NameRegex = new($@"^\d+\. {Regex.Escape(Subject)}$") }).ClickAsync();
        await ClerkSteps.RecordVoteAndDecisionAsync(clerk, "That the review be noted", (4, 0, 0), Decision);
        await ClerkSteps.DraftMinutesAsync(clerk, Subject, Narrative);

        DemoMeetingToRecord.ClockTo(site.Clock, next);
        await ClerkSteps.OpenRecordingAsync(clerk, $"{Scrutiny}, {Display.Date(next)}");
        await ClerkSteps.SaveAttendanceAsync(clerk);
        await ClerkSteps.ApprovePublishAndOpenPublicPageAsync(clerk, meeting, next);

        var main = clerk.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Harry Irwin");
        await Assertions.Expect(main).ToContainTextAsync(Narrative);
        await Assertions.Expect(main).ToContainTextAsync($"RESOLVED: {Decision}");
    }

    /// <summary>The public committee page (members, chair, reserves in order), search and OParl, as a resident or a reuser reads them.</summary>
    private static async Task PublicSiteShowsTheCouncilAsync(IPage page)
    {
        await page.GotoAsync("/committees");
        await ClerkSteps.Link(page, Scrutiny).ClickAsync();
        var committee = Squeezed(await page.Locator("main").InnerTextAsync());
        foreach (var member in new[] { "Frank Green", "Emma Fox", "Daniel Evans", "Grace Hill", "Karen Lloyd", "Liam Moss" })
        {
            Assert.Contains(member, committee, StringComparison.Ordinal);
        }
        Assert.Contains("Chair", committee, StringComparison.Ordinal);
        Assert.Matches(@"Harry Irwin.*Isla James", committee);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Display.Date(new LocalDate(2026, 6, 16)));

        // The councillor's page names their group and ward; the contact page, the council's details.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = HarryIrwin() }).First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Conservative");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Millfield");
        await page.GotoAsync("/contact");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Council Offices, Market Street, Fernbridge FB1 1AA");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("01632 960 123");

        var search = await page.Context.APIRequest.GetAsync("/api/search?q=swimming%20pool%20refurbishment");
        Assert.Equal(200, search.Status);
        Assert.Contains(Subject, await search.TextAsync(), StringComparison.Ordinal);

        var bodies = await JsonAsync(page, "/oparl/v1.1/bodies");
        var body = bodies.GetProperty("data")[0];
        Assert.Equal(NewCouncilSite.Council, body.GetProperty("name").GetString());
        var lists = new[] { "organization", "person", "meeting" }.Select(list => body.GetProperty(list).GetString()!).ToList();
        var organisations = (await JsonAsync(page, lists[0])).GetRawText();
        var people = (await JsonAsync(page, lists[1])).GetRawText();
        var meetings = (await JsonAsync(page, lists[2])).GetRawText();
        Assert.Contains(Scrutiny, organisations, StringComparison.Ordinal);
        Assert.Contains("Cabinet", organisations, StringComparison.Ordinal);
        Assert.Contains("Frank Green", people, StringComparison.Ordinal);
        Assert.Contains("2026-06-16", meetings, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> JsonAsync(IPage page, string url)
    {
        var response = await page.Context.APIRequest.GetAsync(url);
        Assert.True(response.Status == 200, $"{url} answered {response.Status}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>A new database from <c>quorum init</c> and <c>quorum setup import docs/setup-example</c>, as the README runs them.</summary>
    private static async Task<string> ImportExampleAsync()
    {
        var path = TestDatabases.NewSqlitePath("setup-example");
        var init = await SiteProcess.RunCliAsync("", "init", "--council", NewCouncilSite.Council, "--db", path);
        Assert.True(init.ExitCode == 0, init.Output);
        var import = await SiteProcess.RunCliAsync("", "setup", "import", Path.Combine(RepoPaths.Root, "docs", "setup-example"), "--db", path);
        Assert.True(import.ExitCode == 0, import.Output);
        return path;
    }

    /// <summary>
    /// Submits the form by its button and waits for the page the server answers with; fails with the error summary
    /// if that page shows one.
    /// </summary>
    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.EvaluateAsync("() => { window.walkSubmitted = true; }");
        await ClerkSteps.Button(page, button).ClickAsync();
        await page.WaitForFunctionAsync("() => window.walkSubmitted === undefined");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var errors = page.Locator(".govuk-error-summary");
        if (await errors.CountAsync() > 0)
        {
            Assert.Fail($"'{button}' on {page.Url} was refused: {await errors.InnerTextAsync()}");
        }
    }

    /// <summary>Chooses the option that names <paramref name="name"/> (lists print "Councillor Ann Ashworth", "Reverend Karen Lloyd").</summary>
    private static async Task ChooseAsync(IPage page, string select, string name)
    {
        var option = page.Locator($"{select} option").Filter(new() { HasTextRegex = new Regex($@"\b{Regex.Escape(name)}$") });
        await page.Locator(select).SelectOptionAsync((await option.GetAttributeAsync("value"))!);
    }

    private static string Squeezed(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex("Harry Irwin$")]
    private static partial Regex HarryIrwin();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
