using System.Reflection;
using NodaTime;
using Quorum.Data;

namespace Quorum.Web.Site;

/// <summary><c>/health</c>: whether the database answers and has the current schema, and which build is running.</summary>
public static class Health
{
    private static readonly string Version =
        typeof(Health).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (DatabaseSettings settings, IClock clock, CancellationToken cancellationToken) =>
        {
            var status = await QuorumDatabase.CheckAsync(settings, clock, cancellationToken);
            var ok = status.Reachable && status.SchemaCurrent;
            var body = new
            {
                status = ok ? "ok" : "unhealthy",
                version = Version,
                database = new
                {
                    provider = status.Provider.ToString(),
                    reachable = status.Reachable,
                    migrationApplied = status.SchemaCurrent,
                    latestMigration = status.LatestMigration,
                },
            };
            return Results.Json(body, statusCode: ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
}
