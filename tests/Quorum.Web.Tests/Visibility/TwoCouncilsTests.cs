using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Application.OpenData;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Rules;
using Quorum.Web.Site;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

/// <summary>
/// Two councils in one install, each at its own host name (<see cref="TwoCouncilsSite"/>): each host shows its own
/// council's procedure (question deadlines, call-in ends), nothing of the other council reaches any page, API, feed,
/// search result, sitemap or OParl answer on it, and one council's staff are refused on the other's host. On SQLite
/// and PostgreSQL (the subclasses at the end).
/// </summary>
public abstract partial class TwoCouncilsTests
{
    private const string Scrutiny = "Overview and Scrutiny Committee";

    private static readonly LocalDate Today = new(2017, 9, 25);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract TwoCouncilsSite NewSite();

    [Fact]
    public async Task The_same_meeting_and_decision_dates_give_each_council_its_own_question_deadline_and_call_in_end()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        var (harrowRules, wendlowRules) = await RulebooksAsync(site);

        // Harrow: 15:00 three working days before; Wendlow: 17:00 the working day before.
        var harrowDeadline = new Deadlines(harrowRules.For(TwoCouncilsSite.NextMeeting, Scrutiny)).PublicQuestionDeadline(TwoCouncilsSite.NextMeeting);
        var wendlowDeadline = new Deadlines(wendlowRules.For(TwoCouncilsSite.NextMeeting, Scrutiny)).PublicQuestionDeadline(TwoCouncilsSite.NextMeeting);
        Assert.Equal(new LocalDateTime(2017, 10, 12, 15, 0), harrowDeadline);
        Assert.Equal(new LocalDateTime(2017, 10, 16, 17, 0), wendlowDeadline);
        var meeting = $"/meetings/2017-10-17/overview-and-scrutiny";
        using var harrow = site.ClientFor(TwoCouncilsSite.HarrowHost);
        using var wendlow = site.ClientFor(TwoCouncilsSite.WendlowHost);
        var harrowPage = WebUtility.HtmlDecode(await harrow.GetStringAsync(meeting, Cancel));
        var wendlowPage = WebUtility.HtmlDecode(await wendlow.GetStringAsync(meeting, Cancel));
        Assert.Contains($"Questions close at {Display.DateTime(harrowDeadline)}.", harrowPage, StringComparison.Ordinal);
        Assert.Contains($"Questions close at {Display.DateTime(wendlowDeadline)}.", wendlowPage, StringComparison.Ordinal);
        Assert.Contains("Harrow Civic Centre", harrowPage, StringComparison.Ordinal);
        Assert.Contains("Wendlow Guildhall", wendlowPage, StringComparison.Ordinal);

        // One shared-service clerk publishes a Cabinet decision of each council on the same day, on each host.
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk", TwoCouncilsSite.HarrowHost);
        var harrowNotice = await PublishDecisionAsync(site, clerk, TwoCouncilsSite.HarrowHost, site.HarrowCouncil.Committee("Cabinet").Id, "Garden waste charge");
        var wendlowNotice = await PublishDecisionAsync(site, clerk, TwoCouncilsSite.WendlowHost, site.WendlowCouncil.Committee("Cabinet").Id, "Marshwick parking charge");
        var harrowCallIn = new Deadlines(harrowRules.For(Today, "Cabinet")).CallIn(Today);
        var wendlowCallIn = new Deadlines(wendlowRules.For(Today, "Cabinet")).CallIn(Today);
        Assert.NotEqual(harrowCallIn.WindowEnds, wendlowCallIn.WindowEnds);
        Assert.Contains($"Open until {Display.Date(harrowCallIn.WindowEnds)};", WebUtility.HtmlDecode(await harrow.GetStringAsync(harrowNotice, Cancel)), StringComparison.Ordinal);
        Assert.Contains($"Open until {Display.Date(wendlowCallIn.WindowEnds)};", WebUtility.HtmlDecode(await wendlow.GetStringAsync(wendlowNotice, Cancel)), StringComparison.Ordinal);
        // Each notice is its own council's: the other host does not know it.
        Assert.Equal(HttpStatusCode.NotFound, (await harrow.GetAsync(wendlowNotice, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wendlow.GetAsync(harrowNotice, Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_crawl_of_each_host_finds_nothing_of_the_other_council()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        await CrawlAsync(site, TwoCouncilsSite.HarrowHost, site.HarrowCouncil, TwoCouncilsSite.HarrowOnly, site.WendlowCouncil, TwoCouncilsSite.WendlowOnly);
        await CrawlAsync(site, TwoCouncilsSite.WendlowHost, site.WendlowCouncil, TwoCouncilsSite.WendlowOnly, site.HarrowCouncil, TwoCouncilsSite.HarrowOnly);

        // A host name that serves no council gets a plain "not found", not another council's site.
        using var stranger = site.ClientFor("elsewhere.example");
        foreach (var path in new[] { "/", "/oparl/v1.1/", "/api/search?q=council", "/admin/sign-in" })
        {
            using var response = await stranger.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(SiteHostsMiddleware.UnknownHost, await response.Content.ReadAsStringAsync(Cancel));
        }
    }

    [Fact]
    public async Task A_member_of_one_councils_staff_is_refused_on_the_other_councils_host_and_a_shared_service_account_is_not()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        const string password = "Harrow-only-admin-2017!";
        Guid sharedAuthor;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var account = new StaffUser { UserName = "harrow.admin", DisplayName = "Harrow Democratic Services", CouncilId = site.HarrowCouncil.Council.Id };
            Assert.True((await users.CreateAsync(account, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(account, StaffRoles.Administrator)).Succeeded);
            sharedAuthor = (await users.FindByNameAsync("author"))!.Id;
        }

        using var onHarrow = new StaffClient(site.BaseAddress, host: TwoCouncilsSite.HarrowHost);
        Assert.Equal(HttpStatusCode.Redirect, (await onHarrow.SignInAsync("harrow.admin", password)).StatusCode);
        Assert.Contains("Corporate Parenting Panel", await onHarrow.GetPageAsync("/admin/bodies"), StringComparison.Ordinal);
        // A council's own administrator manages that council's accounts only, not the shared-service team's.
        var accounts = await onHarrow.GetPageAsync("/admin/accounts");
        Assert.Contains("harrow.admin", accounts, StringComparison.Ordinal);
        Assert.DoesNotContain(sharedAuthor.ToString(), accounts, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await onHarrow.GetAsync($"/admin/accounts/{sharedAuthor}")).StatusCode);

        using var onWendlow = new StaffClient(site.BaseAddress, host: TwoCouncilsSite.WendlowHost);
        Assert.Equal(HttpStatusCode.Redirect, (await onWendlow.SignInAsync("harrow.admin", password)).StatusCode);
        foreach (var path in new[] { "/admin", "/admin/bodies", "/admin/decisions", "/admin/people" })
        {
            using var refused = await onWendlow.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/admin/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // On its own host, the council's staff cannot open the other council's records by their ids.
        var harrowMeeting = site.HarrowCouncil.Meetings[0];
        var wendlowMeeting = site.WendlowCouncil.Meetings[0];
        var wendlowBody = site.WendlowCouncil.Committees[0];
        var wendlowPerson = site.WendlowCouncil.People[0];
        Assert.Equal(HttpStatusCode.OK, (await onHarrow.GetAsync($"/admin/meetings/{harrowMeeting.Id}")).StatusCode);
        foreach (var path in new[] { $"/admin/meetings/{wendlowMeeting.Id}", $"/admin/meetings/{wendlowMeeting.Id}/record", $"/admin/papers/{wendlowMeeting.Id}", $"/admin/bodies/{wendlowBody.Id}", $"/admin/people/{wendlowPerson.Id}" })
        {
            Assert.True((await onHarrow.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"{path} of Wendlow answered on Harrow's host");
        }

        // The demo's accounts belong to no one council: a shared-service team works on both hosts, on each
        // council's records at that council's host.
        foreach (var host in new[] { TwoCouncilsSite.HarrowHost, TwoCouncilsSite.WendlowHost })
        {
            using var shared = await StaffClient.SignedInAsync(site.BaseAddress, "clerk", host);
            Assert.Contains("Overview and Scrutiny Committee", await shared.GetPageAsync("/admin/bodies"), StringComparison.Ordinal);
            var (own, others) = host == TwoCouncilsSite.HarrowHost ? (harrowMeeting, wendlowMeeting) : (wendlowMeeting, harrowMeeting);
            Assert.Equal(HttpStatusCode.OK, (await shared.GetAsync($"/admin/meetings/{own.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await shared.GetAsync($"/admin/meetings/{others.Id}")).StatusCode);
        }
    }

    private static async Task<(ProcedureRulebook Harrow, ProcedureRulebook Wendlow)> RulebooksAsync(TwoCouncilsSite site)
    {
        var rulebooks = site.Services.GetRequiredService<CouncilRulebooks>();
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        return (rulebooks.For(db, site.HarrowCouncil.Council.Id), rulebooks.For(db, site.WendlowCouncil.Council.Id));
    }

    /// <summary>Records a portfolio holder's decision through the staff form at one host and publishes its notice today; returns the notice's address.</summary>
    private static async Task<string> PublishDecisionAsync(TwoCouncilsSite site, StaffClient clerk, string host, Guid cabinet, string title)
    {
        clerk.Host = host;
        var recorded = await clerk.PostFormAsync("/admin/decisions/new", new(DateFields("DecidedOn", Today))
        {
            ["CommitteeId"] = cabinet.ToString(),
            ["MinuteId"] = "",
            ["DecisionMaker"] = "Portfolio Holder for Environment",
            ["DecisionTitle"] = title,
            ["Decision"] = $"That the {title.ToLowerInvariant()} be approved.",
            ["Reasons"] = "To meet the cost of the service.",
            ["AlternativesRejected"] = "To make no change: rejected, as the service would overspend.",
            ["ConflictsDeclared"] = "",
            ["KeyDecision"] = "false",
        });
        await DemoMeetingToRecord.AssertRedirectedAsync(recorded, "record");
        var id = Guid.Parse(recorded.Headers.Location!.OriginalString.Split('/').Last());
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"/admin/decisions/{id}?handler=Publish", DateFields("PublishOn", Today), formPage: $"/admin/decisions/{id}"), "publish");
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        Assert.True(await db.ExecutiveDecisions.AnyAsync(d => d.Id == id && d.CommitteeId == cabinet && d.PublishedOn == Today, Cancel));
        return $"/decisions/executive/{id}";
    }

    /// <summary>
    /// Crawls one host from every kind of public address (pages, sitemap, search, feeds, exports, OParl) and asks it
    /// for the other council's records by their own addresses: every answer is "not found" or free of the other
    /// council's words, and the host's own council is really shown (so the crawl is not vacuous).
    /// </summary>
    private static async Task CrawlAsync(TwoCouncilsSite site, string host, Quorum.TestSupport.BuiltCouncil own, string[] ownWords, Quorum.TestSupport.BuiltCouncil other, string[] otherWords)
    {
        using var client = site.ClientFor(host);
        var otherMeeting = other.Meetings.First(m => m.MinutesPublishedOn is not null);
        var otherReport = other.Reports[0];
        var otherCommittee = other.Committees.First(c => c.Name != Scrutiny);
        var otherPerson = other.People.First(p => p.IsCouncillor);
        // Addresses of the other council's records: each must be unknown here.
        var foreign = new List<string>
        {
            $"/oparl/v1.1/bodies/{other.Council.Id}",
            $"/oparl/v1.1/bodies/{other.Council.Id}/meetings",
            $"/oparl/v1.1/meetings/{otherMeeting.Id}",
            $"/oparl/v1.1/papers/{otherReport.Id}",
            $"/oparl/v1.1/organizations/{otherCommittee.Id}",
            $"/oparl/v1.1/organizations/{otherCommittee.Id}/meetings",
            $"/oparl/v1.1/people/{otherPerson.Id}",
            $"/feeds/committees/{otherCommittee.Id}.ics",
            $"/feeds/committees/{otherCommittee.Id}.rss",
            $"/feeds/people/{otherPerson.Id}.ics",
            $"/people/{otherPerson.Slug.Value}",
        };
        var start = new List<string>
        {
            "/", "/sitemap.xml", "/oparl/v1.1/", "/oparl/v1.1/bodies", "/feeds/meetings.ics", "/feeds/documents.rss", "/feeds/decisions.atom",
            "/feeds/forward-plan.rss", "/feeds/forward-plan.ics", "/export/",
        };
        start.AddRange(PublicExport.Tables.Select(t => $"/export/{t.Name}.csv"));
        start.AddRange(PublicExport.Tables.Select(t => $"/export/{t.Name}.jsonl"));
        // Search words both councils use, filters both councils' addresses share, and every kind of hit.
        foreach (var search in new[] { "q=council", "q=canary", "q=scrutiny", "q=report", "q=flood", "q=strategy", "committee=overview-and-scrutiny&sort=date", "committee=cabinet", "type=person", "type=committee", "type=minute", "type=report-page" })
        {
            start.Add("/search?" + search);
            start.Add("/api/search?" + search);
        }
        start.AddRange(foreign);

        var ownSeen = new HashSet<string>(StringComparer.Ordinal);
        var answers = 0;
        var seen = await PublicCrawl.CrawlAsync(client, start, answer =>
        {
            Interlocked.Increment(ref answers);
            Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{answer.Path} on {host} answered {(int)answer.Status}");
            foreach (var word in otherWords)
            {
                Assert.False(answer.Body.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' appears on {answer.Path} at {host}");
            }
            foreach (var word in ownWords.Where(w => answer.Body.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                lock (ownSeen)
                {
                    ownSeen.Add(word);
                }
            }
        }, host);

        foreach (var path in foreign)
        {
            using var response = await client.GetAsync(path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} of the other council answered {(int)response.StatusCode} at {host}");
        }
        Assert.Equal(ownWords.Order(StringComparer.Ordinal), ownSeen.Order(StringComparer.Ordinal));
        // The crawl reached the host's own meetings, its OParl lists and its search results.
        Assert.Contains(seen, p => p.StartsWith($"/oparl/v1.1/bodies/{own.Council.Id}/meetings", StringComparison.Ordinal));
        Assert.Contains(seen, p => p.StartsWith("/meetings/2017-09-19/overview-and-scrutiny", StringComparison.Ordinal));
        Assert.True(answers > 100, $"only {answers} answers from {host}");
        var ownBodies = OParlBody().Matches(await client.GetStringAsync("/oparl/v1.1/bodies", Cancel)).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([own.Council.Id.ToString()], ownBodies);
    }

    private static Dictionary<string, string> DateFields(string name, LocalDate date) => new()
    {
        [$"{name}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{name}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{name}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("\"id\":\"https?://[^\"]+/oparl/v1\\.1/bodies/([0-9a-f-]{36})\"")]
    private static partial Regex OParlBody();
}

public sealed class SqliteTwoCouncilsTests : TwoCouncilsTests
{
    protected override TwoCouncilsSite NewSite() => new();
}

public sealed class PostgresTwoCouncilsTests : TwoCouncilsTests
{
    protected override TwoCouncilsSite NewSite() => new PostgresTwoCouncilsSite();
}
