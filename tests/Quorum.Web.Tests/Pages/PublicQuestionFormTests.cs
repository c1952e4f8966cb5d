using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>
/// The public question form against robots: a filled-in honeypot is thanked and nothing is stored, and sending is
/// limited per address (<c>RateLimits:QuestionsPerMinute</c>, three here) while reading the form is not, whatever the
/// case of the address or a trailing slash (routing ignores both, so the limit must too).
/// </summary>
public sealed class PublicQuestionFormTests(PublicQuestionFormTests.LimitedSite site) : IClassFixture<PublicQuestionFormTests.LimitedSite>
{
    // The Harrow test council's Overview and Scrutiny meeting of 17 October 2017: questions open until 12 October.
    private const string Form = "/meetings/2017-10-17/overview-and-scrutiny/questions/new";

    [Fact]
    public async Task A_robot_filling_the_honeypot_is_thanked_and_nothing_is_kept_and_a_fourth_question_a_minute_is_refused_with_429()
    {
        using var client = new StaffClient(site.BaseAddress);
        var robot = await client.PostFormAsync(Form, new() { ["Name"] = "Spam Bot", ["Email"] = "bot@example.org", ["Question"] = "Buy now", ["Website"] = "http://spam.example" });
        Assert.Equal(HttpStatusCode.Redirect, robot.StatusCode);
        Assert.EndsWith("/questions/received", robot.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var name in new[] { "Ann Resident", "Bob Resident" })
        {
            var sent = await client.PostFormAsync(Form, new() { ["Name"] = name, ["Email"] = $"{name.Split(' ')[0]}@example.org", ["Question"] = "When will the library reopen?", ["Website"] = "" });
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        var fourth = await client.PostFormAsync(Form, new() { ["Name"] = "Cat Resident", ["Email"] = "cat@example.org", ["Question"] = "And mine?", ["Website"] = "" });
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Form)).StatusCode);

        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        // Only this test's names: the other test of the class may have sent its own questions first.
        string[] sentHere = ["Spam Bot", "Ann Resident", "Bob Resident", "Cat Resident"];
        Assert.Equal(["Ann Resident", "Bob Resident"], await db.PublicQuestions.Where(q => sentHere.Contains(q.AskedBy)).OrderBy(q => q.Number).Select(q => q.AskedBy).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_question_and_alert_limits_hold_when_the_address_is_written_in_capitals_or_ends_in_a_slash()
    {
        // Its own client address, so the other test's allowance is not shared.
        using var client = new StaffClient(site.BaseAddress, from: "203.0.113.91");
        var statuses = new List<HttpStatusCode>();
        foreach (var (path, who) in new[] { (Form, "Dee"), (Form, "Eve"), (Form, "Fay"), (Form.Replace("/questions/new", "/Questions/New", StringComparison.Ordinal), "Gus"), (Form + "/", "Hal") })
        {
            using var sent = await client.PostFormAsync(path, new() { ["Name"] = $"{who} Resident", ["Email"] = $"{who}@example.org", ["Question"] = "When will the library reopen?", ["Website"] = "" }, formPage: Form);
            statuses.Add(sent.StatusCode);
        }
        var alerts = new List<HttpStatusCode>();
        foreach (var path in new[] { "/alerts", "/alerts", "/Alerts", "/alerts/" })
        {
            // This site has no mail relay, so the alerts page shows no form: any page's token will do.
            using var sent = await client.PostFormAsync(path, new() { ["Email"] = "ivy@example.org", ["About"] = "petitions", ["Frequency"] = "daily", ["Website"] = "" }, formPage: Form);
            alerts.Add(sent.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Redirect, 3), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, alerts[2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, alerts[3]);
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        Assert.Empty(await db.PublicQuestions.Where(q => q.AskedBy == "Gus Resident" || q.AskedBy == "Hal Resident").ToListAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The Harrow test site with the question and alert limits on, believing a proxy's client address.</summary>
    public sealed class LimitedSite : SiteHost
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:QuestionsPerMinute"] = "3",
            ["RateLimits:AlertsPerMinute"] = "2",
            ["ForwardedHeaders:Enabled"] = "true",
        };
    }
}
