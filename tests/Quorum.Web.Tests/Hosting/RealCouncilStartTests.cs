using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// A real council's database started with every demo default left on, before its first administrator is made:
/// the host must not give it the demo's accounts and published passwords, nor load the demo beside it.
/// </summary>
public sealed class RealCouncilStartTests
{
    [Fact]
    public async Task A_council_that_is_not_the_demo_gets_no_demo_accounts_even_with_no_accounts_of_its_own()
    {
        var ct = TestContext.Current.CancellationToken;
        var databasePath = TestDatabases.NewSqlitePath("real-council");
        var clock = new TestClock(Instant.FromUtc(2026, 2, 2, 9, 0));
        var settings = DatabaseSettings.ForSqliteFile(databasePath);
        await TestDatabases.MigrateAsync(settings, clock, ct);
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            await TestCouncil.Named("Wendlow District Council").WithCouncillor("Ada Quill", "Independent", "Abbey").SaveAsync(db, ct);
        }
        await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", databasePath);
            web.UseSetting("Documents:Store", Path.Combine(Path.GetDirectoryName(databasePath)!, "documents"));
            web.UseSetting("Documents:Packs", Path.Combine(Path.GetDirectoryName(databasePath)!, "packs"));
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseEnvironment("Production");
            web.ConfigureServices(services => services.AddSingleton<IClock>(clock));
        }))
        {
            using var client = factory.CreateClient();
            Assert.Contains("Wendlow District Council", await client.GetStringAsync("/", ct));
        }

        await using var check = QuorumDatabase.CreateContext(settings, clock);
        Assert.Empty(await check.Users.Select(u => u.UserName).ToListAsync(ct));
        Assert.Equal(["Wendlow District Council"], await check.Councils.Select(c => c.Name).ToListAsync(ct));
    }
}
