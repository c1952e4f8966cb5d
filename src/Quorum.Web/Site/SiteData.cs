using NodaTime;
using Quorum.Data;

namespace Quorum.Web.Site;

/// <summary>Wires the store into the site: one context per request, on the configured provider.</summary>
public static class SiteData
{
    /// <summary>
    /// Reads <c>ConnectionStrings:Quorum</c> and <c>Database:Provider</c>: a SQLite file by default, <c>quorum.db</c> in
    /// the <see cref="DataFolder"/>, where a relative file name is also read from.
    /// </summary>
    public static DatabaseSettings Settings(IConfiguration configuration) =>
        DatabaseSettings.FromConfiguration(configuration["Database:Provider"], configuration.GetConnectionString("Quorum"), DataFolder.From(configuration));

    public static IServiceCollection AddSiteData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddScoped(sp =>
        {
            var db = QuorumDatabase.CreateContext(settings, sp.GetRequiredService<IClock>());
            // A signed-in person's saves are written to the audit log under their name.
            db.ActorSource = () => Pages.Admin.Staff.StaffSide.ActorOf(sp);
            return db;
        });
        return services;
    }
}
