using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Site;

/// <summary>
/// The public site on a real Kestrel socket over its own SQLite file, seeded with the small council and a fixed
/// clock (25 September 2017). One per test class; subclasses seed other data (<see cref="DemoSite"/>) or add
/// records (e.g. canaries) before it starts.
/// </summary>
public class SiteHost : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public SiteHost()
        : this(SmallCouncil.Now)
    {
    }

    protected SiteHost(Instant now, string? databasePath = null)
    {
        Clock = new(now);
        DatabasePath = databasePath ?? TestDatabases.NewSqlitePath("site");
    }

    public string DatabasePath { get; }

    public TestClock Clock { get; }

    /// <summary>The database the site runs on, for tests that read what it stored.</summary>
    public DatabaseSettings Database { get; private set; } = null!;

    /// <summary>The document store (uploaded enclosures) beside the database.</summary>
    public string DocumentsPath => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "documents");

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Creates the site's database at <see cref="DatabasePath"/>.</summary>
    protected virtual async Task CreateDatabaseAsync(DatabaseSettings settings)
    {
        await QuorumDatabase.MigrateAsync(settings, Clock);
        await using var db = QuorumDatabase.CreateContext(settings, Clock);
        await SmallCouncil.SeedAsync(db);
    }

    protected virtual Task SeedMoreAsync(QuorumDbContext db) => Task.CompletedTask;

    /// <summary>The site's database: the SQLite file at <see cref="DatabasePath"/> unless a host chooses PostgreSQL.</summary>
    protected virtual DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(DatabasePath);

    /// <summary>Configuration a host sets on top of the defaults (a council's procedure choices, say).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Extra services for the host (a test's publication listener, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        var settings = Database = CreateSettings();
        await CreateDatabaseAsync(settings);
        await using (var db = QuorumDatabase.CreateContext(settings, Clock))
        {
            await SeedMoreAsync(db);
        }
        var packs = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "packs");
        Directory.CreateDirectory(packs);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", settings.SqlitePath ?? settings.ConnectionString);
            web.UseSetting("Documents:Packs", packs);
            web.UseSetting("Documents:Store", DocumentsPath);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // Hosts that need the packs of agendas published without one build them themselves (see PackSite).
            web.UseSetting("Documents:BuildMissingPacks", "false");
            foreach (var (key, value) in Settings)
            {
                web.UseSetting(key, value);
            }
            web.UseEnvironment("Production");
            // A free port per host, so test classes run side by side.
            web.UseUrls("http://127.0.0.1:0");
            web.ConfigureServices(services =>
            {
                services.AddSingleton<IClock>(Clock);
                ConfigureServices(services);
            });
        });
        _factory.UseKestrel();
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
