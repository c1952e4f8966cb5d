using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;
using Quorum.Web.Pages.Search;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// A running site caches each search's answer for a minute. Records that reach the store without a publication
/// (loaded by hand, or after an index update was put off) are found once <c>quorum reindex</c> has run in another
/// process: the command tells running sites through the search outbox (and, on PostgreSQL, at once), and the cached
/// answer is evicted well before it would have expired. On SQLite and PostgreSQL (the subclasses at the end).
/// </summary>
public abstract class CliReindexSearchTests
{
    private const string Word = "zephyrquill";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings NewDatabase();

    [Fact]
    public async Task A_search_answer_cached_before_a_CLI_reindex_is_not_served_after_it()
    {
        var database = NewDatabase();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", database.ConnectionString);
            web.UseSetting("Demo:SeedWhenEmpty", "false");
            web.UseSetting("Documents:BuildMissingPacks", "false");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseEnvironment("Production");
            web.UseUrls("http://127.0.0.1:0");
        });
        factory.UseKestrel();
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        // A council loaded straight into the store: nothing is published, so nothing reaches the index.
        await using (var db = QuorumDatabase.CreateContext(database, SystemClock.Instance))
        {
            await TestCouncil.Named("Fernbridge District Council", "fernbridge")
                .WithYear(new LocalDate(2017, 5, 18), new LocalDate(2018, 5, 16))
                .WithCouncillor("Ada Quillfeather", "Independent", "Abbey")
                .WithCommittee("Planning Committee", c => c.Chair("Ada Quillfeather"))
                .WithMeeting("Planning Committee", new LocalDate(2017, 9, 19), m => m
                    .AgendaPublished(new LocalDate(2017, 9, 11))
                    .Item(1, "Riverside Flood Defences", i => i
                        .Report("Riverside Flood Defence Programme", r => r.Summary($"Progress on the {Word} embankment."))))
                .SaveAsync(db, Cancel);
        }
        var cached = Stopwatch.StartNew();
        Assert.Equal(0, await TotalAsync(client));

        await ReindexAsync(database);
        while (await TotalAsync(client) == 0)
        {
            // Left alone, the answer cached above would be served until it expired. The site's outbox worker looks
            // for other processes' rows every 30 seconds (on PostgreSQL it is woken at once).
            Assert.True(cached.Elapsed < SearchAnswerCache.Expiry - TimeSpan.FromSeconds(5), "the search answer cached before the reindex was served until it expired");
            await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
        }
    }

    private static async Task<int> TotalAsync(HttpClient client)
    {
        using var results = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Word}", Cancel));
        return results.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task ReindexAsync(DatabaseSettings database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var store = database.SqlitePath is { } path ? new[] { "--db", path } : ["--postgres", database.ConnectionString];
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "quorum.dll"), "reindex" }.Concat(store))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        Assert.True(process.ExitCode == 0, $"quorum reindex failed: {await stderr}{await stdout}");
    }
}

public sealed class SqliteCliReindexSearchTests : CliReindexSearchTests
{
    protected override DatabaseSettings NewDatabase() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath("cli-reindex-search"));
}

public sealed class PostgresCliReindexSearchTests : CliReindexSearchTests
{
    protected override DatabaseSettings NewDatabase() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
