using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;
using Quorum.Application.Documents;

namespace Quorum.Web.Tests.Api;

/// <summary>
/// The web host on a real Kestrel socket over a real SQLite file holding <see cref="FixtureCouncil"/>. Shared by
/// the open-data tests of a class; tests that change data make their own.
/// </summary>
public sealed class OpenDataServer : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;

    public FixtureCouncil Council { get; } = new();

    public TestClock Clock { get; } = new(Instant.FromUtc(2024, 6, 1, 9, 0));

    public DatabaseSettings Database { get; } = DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath("opendata"));

    public string DocumentRoot { get; } = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"), "documents");

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => Client.BaseAddress!;

    public IServiceProvider Services => factory!.Services;

    public async ValueTask InitializeAsync()
    {
        await QuorumDatabase.MigrateAsync(Database, Clock);
        await using (var db = Open())
        {
            await Council.SeedAsync(db, new DocumentStore(DocumentRoot), Clock);
        }
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", Database.ConnectionString);
            web.UseSetting("OpenData:DocumentRoot", DocumentRoot);
            // The site's own store and packs beside the database, not in the web project's folder.
            web.UseSetting("Documents:Store", Path.Combine(Path.GetDirectoryName(Database.SqlitePath)!, "documents"));
            web.UseSetting("Documents:Packs", Path.Combine(Path.GetDirectoryName(Database.SqlitePath)!, "packs"));
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // No packs printed in the background.
            web.UseSetting("Documents:BuildMissingPacks", "false");
            web.ConfigureServices(services => services.AddSingleton<IClock>(Clock));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        Client = factory.CreateClient();
    }

    public QuorumDbContext Open() => QuorumDatabase.CreateContext(Database, Clock);

    public async Task<JsonObject> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}
