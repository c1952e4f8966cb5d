using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// Two site processes on one fresh PostgreSQL database, started together, behind nginx: both come up (migrations and
/// first-start work run once), a clerk signed in on one node is signed in on the other and can post the other's
/// forms (keys in the database), and an agenda published through the proxy is on both nodes' cached pages and in
/// their search within a second (PostgreSQL NOTIFY).
/// </summary>
public sealed class TwoNodesBehindNginxTests
{
    private const string Title = "Riverside Library Redevelopment";
    private static readonly LocalDate MeetingDay = new(2027, 3, 2);
    private static readonly string MeetingPage = $"/meetings/{MeetingDay:uuuu-MM-dd}/overview-and-scrutiny";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_nodes_started_together_share_sign_ins_and_publications_behind_nginx()
    {
        var connectionString = TestDatabases.NewPostgresConnectionStringOrSkip();
        var folder = Directory.CreateTempSubdirectory("quorum-two-nodes-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Quorum"] = connectionString,
            // The document store and packs on a path both nodes share.
            ["Data__Folder"] = folder,
            ["ForwardedHeaders__Enabled"] = "true",
            ["RateLimits__SearchPerMinute"] = "100000",
            ["RateLimits__ApiPerMinute"] = "100000",
        };
        // A fresh database: both nodes migrate it and do their first-start work at the same moment.
        var starting = new[] { SiteProcess.FreePort(), SiteProcess.FreePort() }.Select(port => SiteProcess.StartAsync(port, environment)).ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(s => s.IsCompletedSuccessfully))
            {
                (await started).Dispose();
            }
            throw;
        }
        using var first = await starting[0];
        using var second = await starting[1];
        Site[] nodes = [new(first, new HttpClient { BaseAddress = first.Address }), new(second, new HttpClient { BaseAddress = second.Address })];

        var settings = DatabaseSettings.ForPostgres(connectionString);
        Guid meetingId;
        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            var harrow = await SiteHost.Harrow()
                .WithMeeting("Overview and Scrutiny Committee", MeetingDay, m => m
                    .Item(1, "Attendance by Reserve Members")
                    .Item(2, "Declarations of Interests")
                    .Item(3, Title))
                .SaveAsync(db, Ct);
            meetingId = harrow.Meeting(MeetingDay).Id;
        }
        var created = await SiteProcess.RunCliAsync("clerk-two-nodes-password\n", "admin", "create", "--user", "clerk", "--role", "Clerk", "--password-stdin", "--postgres", connectionString);
        Assert.True(created.ExitCode == 0, created.Output);
        using var proxy = await NginxProxy.StartAsync(nodes.Select(n => n.Process.Address));

        // Signed in on the first node; the cookie holds on the second (cookies for 127.0.0.1 go to every port).
        using var clerk = new StaffClient(proxy.Address);
        var signIn = await clerk.PostFormAsync(new Uri(first.Address, "/admin/sign-in").ToString(), new() { ["UserName"] = "clerk", ["Password"] = "clerk-two-nodes-password" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var onSecond = await clerk.GetAsync(new Uri(second.Address, $"/admin/meetings/{meetingId}").ToString());
        Assert.True(onSecond.StatusCode == HttpStatusCode.OK, $"the second node answered {(int)onSecond.StatusCode} {onSecond.Headers.Location} to a clerk signed in on the first");

        // Both nodes cache the meeting page before its agenda is out, and find nothing of it.
        foreach (var node in nodes)
        {
            Assert.DoesNotContain(Title, await node.Http.GetStringAsync(MeetingPage, Ct), StringComparison.Ordinal);
            Assert.Equal(0, await node.SearchTotalAsync("Riverside"));
        }

        // Published through the proxy, which sends the form's page and its post to different nodes in turn.
        var published = await clerk.PostFormAsync($"/admin/meetings/{meetingId}?handler=Publish", [], formPage: $"/admin/meetings/{meetingId}");
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, $"publishing through the proxy answered {(int)published.StatusCode}\n{first.Output}\n{second.Output}");
        var clock = Stopwatch.StartNew();
        foreach (var node in nodes)
        {
            var seen = await SiteProcess.EventuallyAsync(
                async () => (await node.Http.GetStringAsync(MeetingPage, Ct)).Contains(Title, StringComparison.Ordinal) && await node.SearchTotalAsync("Riverside") > 0,
                within: TimeSpan.FromSeconds(1) - clock.Elapsed, every: TimeSpan.FromMilliseconds(50));
            Assert.True(seen, $"{node.Process.Address} did not show the published agenda on its page and in search within a second");
        }
        // And through the proxy, whichever node answers.
        Assert.Contains(Title, await (await clerk.GetAsync(MeetingPage)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            Assert.True(await db.DataProtectionKeys.AnyAsync(Ct), "the nodes' data-protection keys are not in the database");
        }
        foreach (var node in nodes)
        {
            node.Http.Dispose();
        }
        Directory.Delete(folder, recursive: true);
    }

    private sealed record Site(SiteProcess Process, HttpClient Http)
    {
        public async Task<int> SearchTotalAsync(string words)
        {
            using var results = JsonDocument.Parse(await Http.GetStringAsync($"/api/search?q={Uri.EscapeDataString(words)}", Ct));
            return results.RootElement.GetProperty("total").GetInt32();
        }
    }
}
