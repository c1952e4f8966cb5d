using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// The host as `dotnet run` starts it, on an empty SQLite file: it migrates, loads the demo council and serves
/// over a real socket. One host for the class, because loading the demo takes seconds.
/// </summary>
public sealed class FirstStartTests : IAsyncLifetime
{
    private readonly string databasePath = TestDatabases.NewSqlitePath("first-start");
    private WebApplicationFactory<Program>? factory;
    private HttpClient client = null!;

    public ValueTask InitializeAsync()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", databasePath);
            // Beside the database, not in the web project's folder where `dotnet run` would keep them.
            web.UseSetting("Documents:Store", Path.Combine(Path.GetDirectoryName(databasePath)!, "documents"));
            web.UseSetting("Documents:Packs", Path.Combine(Path.GetDirectoryName(databasePath)!, "packs"));
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // Printing the demo's packs in the background is not what this test is about, and it costs the machine minutes.
            web.UseSetting("Documents:BuildMissingPacks", "false");
            web.UseEnvironment("Production");
            web.UseUrls("http://127.0.0.1:0");
            web.ConfigureServices(services => services.AddSingleton<IClock>(new TestClock(Instant.FromUtc(2026, 2, 2, 9, 0))));
        });
        factory.UseKestrel();
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address) };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_empty_database_is_given_the_demo_council_whose_meetings_the_home_page_lists()
    {
        var home = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("Upcoming meetings", home);
        Assert.DoesNotContain("No meetings are scheduled.", home);
        Assert.Contains(new[] { "Cabinet", "Planning Committee", "Licensing Panel", "Overview and Scrutiny Committee", "Pension Fund Committee" }, home.Contains);

        var committees = await client.GetStringAsync("/committees", TestContext.Current.CancellationToken);
        Assert.Contains("Corporate Parenting Panel", committees);
        Assert.Contains("Health and Wellbeing Board", committees);
        Assert.True(File.Exists(databasePath));
    }

    [Fact]
    public async Task The_demo_council_is_searchable_from_the_first_start()
    {
        var json = await client.GetStringAsync("/api/search?q=budget", TestContext.Current.CancellationToken);
        using var results = JsonDocument.Parse(json);
        Assert.True(results.RootElement.GetProperty("total").GetInt32() > 10, json);
        Assert.True(File.Exists(Path.ChangeExtension(databasePath, ".search.db")));
    }

    [Fact]
    public async Task Health_reports_the_database_reachable_and_migrated_and_the_version()
    {
        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        var database = root.GetProperty("database");
        Assert.Equal("Sqlite", database.GetProperty("provider").GetString());
        Assert.True(database.GetProperty("reachable").GetBoolean());
        Assert.True(database.GetProperty("migrationApplied").GetBoolean());
    }
}
