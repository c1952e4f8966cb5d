using Quorum.Web.Api.Documents;

namespace Quorum.Web.Api;

/// <summary>Services the open-data endpoints need beyond the database.</summary>
public static class OpenDataServices
{
    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var root = configuration["OpenData:DocumentRoot"];
        services.AddSingleton(new DocumentStore(Path.GetFullPath(string.IsNullOrWhiteSpace(root) ? "documents" : root, environment.ContentRootPath)));
        return services;
    }
}
