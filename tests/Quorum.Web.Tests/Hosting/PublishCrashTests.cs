using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// The site as its own process, killed with SIGKILL while a clerk's publication is under way (the pack printing), then
/// started again: the agenda is either published whole (its pack rebuilt at start, its words in search) or not
/// published at all (no pack served, and publishing again works). Nothing half-done is visible in between.
/// </summary>
public sealed class PublishCrashTests
{
    private static readonly LocalDate MeetingDay = new(2027, 3, 2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_site_killed_while_publishing_comes_back_with_the_agenda_published_whole_or_not_at_all()
    {
        var folder = Directory.CreateTempSubdirectory("quorum-crash-publish-").FullName;
        var database = Path.Combine(folder, "quorum.db");
        var settings = DatabaseSettings.ForSqliteFile(database);
        await TestDatabases.MigrateAsync(settings, SystemClock.Instance, Ct);
        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            await SiteHost.Harrow()
                .WithMeeting("Overview and Scrutiny Committee", MeetingDay, m => m
                    .Item(1, "Attendance by Reserve Members")
                    .Item(2, "Declarations of Interests")
                    .Item(3, "Riverside Library Redevelopment"))
                .SaveAsync(db, Ct);
        }
        var created = await SiteProcess.RunCliAsync("clerk-crash-password\n", "admin", "create", "--user", "clerk", "--role", "Clerk", "--password-stdin", "--db", database);
        Assert.True(created.ExitCode == 0, created.Output);
        Guid meetingId;
        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            meetingId = await db.Meetings.Where(m => m.Date == MeetingDay).Select(m => m.Id).SingleAsync(Ct);
        }
        var pack = $"/meetings/{MeetingDay:uuuu-MM-dd}/overview-and-scrutiny/agenda.pdf";

        var port = SiteProcess.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using (var site = await StartSiteAsync(folder, database, port))
        {
            using var clerk = new StaffClient(baseAddress);
            Assert.Equal(HttpStatusCode.Redirect, (await clerk.SignInAsync("clerk", "clerk-crash-password")).StatusCode);
            var page = $"/admin/meetings/{meetingId}";
            var token = StaffClient.TokenFrom(await clerk.GetPageAsync(page));
            // Sent, and the process killed while it prints the pack, before it can answer.
            var publishing = clerk.PostRawAsync(page + "?handler=Publish", new() { ["__RequestVerificationToken"] = token });
            await Task.Delay(400, Ct);
            site.Kill();
            await site.WaitForExitAsync();
            try
            {
                await publishing;
            }
            catch (HttpRequestException)
            {
                // The usual case: the connection died with the process.
            }
        }

        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").SingleAsync(Ct));
        }
        using var restarted = await StartSiteAsync(folder, database, port);
        try
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            bool published;
            await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
            {
                published = await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.AgendaPublishedOn != null).SingleAsync(Ct);
            }
            if (published)
            {
                // Committed before the kill: the start-up backfill prints the pack and search catches up.
                Assert.True(await SiteProcess.EventuallyAsync(async () => (await http.GetAsync(pack, Ct)).StatusCode == HttpStatusCode.OK), "the published agenda's pack was not rebuilt");
                Assert.True(await SiteProcess.EventuallyAsync(async () => (await http.GetStringAsync("/api/search?q=Riverside", Ct)).Contains("Riverside Library Redevelopment", StringComparison.Ordinal)), "the published agenda is not searchable");
            }
            else
            {
                // Not committed: nothing of it is public, and the clerk publishes it again.
                Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(pack, Ct)).StatusCode);
                Assert.DoesNotContain("Riverside Library Redevelopment", await http.GetStringAsync("/api/search?q=Riverside", Ct), StringComparison.Ordinal);
                using var clerk = new StaffClient(baseAddress);
                Assert.Equal(HttpStatusCode.Redirect, (await clerk.SignInAsync("clerk", "clerk-crash-password")).StatusCode);
                var again = await clerk.PostFormAsync($"/admin/meetings/{meetingId}?handler=Publish", [], formPage: $"/admin/meetings/{meetingId}");
                Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(pack, Ct)).StatusCode);
            }
        }
        finally
        {
            restarted.Kill();
            await restarted.WaitForExitAsync();
        }
        Directory.Delete(folder, recursive: true);
    }

    private static Task<SiteProcess> StartSiteAsync(string folder, string database, int port) =>
        SiteProcess.StartAsync(port, new Dictionary<string, string>
        {
            ["ConnectionStrings__Quorum"] = database,
            ["Documents__Store"] = Path.Combine(folder, "documents"),
            ["Documents__Packs"] = Path.Combine(folder, "packs"),
        });
}
