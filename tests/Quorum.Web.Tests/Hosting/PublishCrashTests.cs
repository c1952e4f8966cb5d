using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
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
        await QuorumDatabase.MigrateAsync(settings, SystemClock.Instance, Ct);
        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            await SiteHost.Harrow()
                .WithMeeting("Overview and Scrutiny Committee", MeetingDay, m => m
                    .Item(1, "Attendance by Reserve Members")
                    .Item(2, "Declarations of Interests")
                    .Item(3, "Riverside Library Redevelopment"))
                .SaveAsync(db, Ct);
        }
        var created = await RunCliAsync("clerk-crash-password\n", "admin", "create", "--user", "clerk", "--role", "Clerk", "--password-stdin", "--db", database);
        Assert.True(created.ExitCode == 0, created.Output);
        Guid meetingId;
        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            meetingId = await db.Meetings.Where(m => m.Date == MeetingDay).Select(m => m.Id).SingleAsync(Ct);
        }
        var pack = $"/meetings/{MeetingDay:uuuu-MM-dd}/overview-and-scrutiny/agenda.pdf";

        var port = FreePort();
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
            site.Kill(entireProcessTree: true);
            await site.WaitForExitAsync(Ct);
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
                Assert.True(await EventuallyAsync(async () => (await http.GetAsync(pack, Ct)).StatusCode == HttpStatusCode.OK), "the published agenda's pack was not rebuilt");
                Assert.True(await EventuallyAsync(async () => (await http.GetStringAsync("/api/search?q=Riverside", Ct)).Contains("Riverside Library Redevelopment", StringComparison.Ordinal)), "the published agenda is not searchable");
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
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync(Ct);
        }
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<Process> StartSiteAsync(string folder, string database, int port)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Quorum.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ConnectionStrings__Quorum"] = database;
        start.Environment["Documents__Store"] = Path.Combine(folder, "documents");
        start.Environment["Documents__Packs"] = Path.Combine(folder, "packs");
        start.Environment["Demo__SeedWhenEmpty"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync(Ct);
        _ = process.StandardError.ReadToEndAsync(Ct);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var up = await EventuallyAsync(async () =>
        {
            try
            {
                return (await http.GetAsync("/health", Ct)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        });
        Assert.True(up, "the site did not start");
        return process;
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> check)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (await check())
            {
                return true;
            }
            await Task.Delay(250, Ct);
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunCliAsync(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quorum.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output + await error);
    }
}
