using Quorum.Web.Api.Documents;

namespace Quorum.Web.Api;

/// <summary>Services the open-data endpoints need beyond the database.</summary>
public static class OpenDataServices
{
    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var root = configuration["OpenData:DocumentRoot"];
        // The staff side's uploads, where the pack builder reads them (the same setting as in Program).
        var enclosures = Path.Combine(environment.ContentRootPath, configuration["Documents:Store"] ?? "documents");
        services.AddSingleton(new DocumentStore(Path.GetFullPath(string.IsNullOrWhiteSpace(root) ? "documents" : root, environment.ContentRootPath), enclosures));
        return services;
    }
}
