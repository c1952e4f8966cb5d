using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Demo;

namespace Quorum.Web.Site;

/// <summary>
/// First start: an empty database gets the demo council, generated as at today so that it has upcoming meetings.
/// Turn off with <c>Demo:SeedWhenEmpty=false</c>; <c>Demo:Seed</c> picks the seed (1 by default).
/// </summary>
public static partial class DemoData
{
    public static async Task SeedWhenEmptyAsync(WebApplication app, DatabaseSettings settings)
    {
        if (!app.Configuration.GetValue("Demo:SeedWhenEmpty", true))
        {
            return;
        }
        var clock = app.Services.GetRequiredService<IClock>();
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            if (await db.Councils.IgnoreQueryFilters().AnyAsync())
            {
                return;
            }
        }
        var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoData));
        var seed = app.Configuration.GetValue("Demo:Seed", 1);
        Log.Seeding(logger, today);
        var demo = await DemoSeeder.SeedAsync(settings, seed, today);
        Log.Seeded(logger, demo.Meetings.Count);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "The database is empty: loading the demo council as at {Today}.")]
        public static partial void Seeding(ILogger logger, LocalDate today);

        [LoggerMessage(Level = LogLevel.Information, Message = "Demo council loaded: {Meetings} meetings.")]
        public static partial void Seeded(ILogger logger, int meetings);
    }
}
