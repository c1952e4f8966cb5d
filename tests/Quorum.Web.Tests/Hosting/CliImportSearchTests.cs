using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// Packs imported with the command line reach the public search of a running site without <c>quorum reindex</c>:
/// the import announces each pack it stores, as a publication on the staff side does, and the index listens.
/// </summary>
public sealed class CliImportSearchTests
{
    [Fact]
    public async Task Packs_imported_through_the_CLI_are_found_through_the_search_API_without_a_reindex()
    {
        var samples = RepoPaths.SamplesOrSkip();
        var database = TestDatabases.NewSqlitePath("cli-import-search");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", database);
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
        // The database starts empty. No word is searched before its pack is imported: the site caches answers, and
        // a separate process's import does not evict them (one process per site until several nodes are supported).

        // The first import finds the site's index empty and builds it whole; the second updates it pack by pack.
        await ImportAsync(database, Path.Combine(samples, "002_a355e7290101a6f1.txt"));
        Assert.True(await TotalAsync(client, "arbitrage") > 0, "the first imported pack is searchable");

        await ImportAsync(database, Path.Combine(samples, "003_c501b68c03b2d938.txt"));
        Assert.True(await TotalAsync(client, "baccalaureate") > 0, "the second imported pack is searchable");
    }

    private static async Task<int> TotalAsync(HttpClient client, string words)
    {
        var json = await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(words)}", TestContext.Current.CancellationToken);
        using var results = JsonDocument.Parse(json);
        return results.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task ImportAsync(string database, string pack)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "quorum.dll"), "import", pack, "--db", database })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"quorum import {Path.GetFileName(pack)} failed: {await stderr}{await stdout}");
    }
}
