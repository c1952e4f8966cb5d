using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>
/// The public question form against robots: a filled-in honeypot is thanked and nothing is stored, and sending is
/// limited per address (<c>RateLimits:QuestionsPerMinute</c>, three here) while reading the form is not.
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
        Assert.Equal(["Ann Resident", "Bob Resident"], await db.PublicQuestions.OrderBy(q => q.Number).Select(q => q.AskedBy).ToListAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The Harrow test site with the question limit on.</summary>
    public sealed class LimitedSite : SiteHost
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["RateLimits:QuestionsPerMinute"] = "3" };
    }
}
