using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Quorum.Web.Api.Docs;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) of every endpoint tagged for the public (OParl, feeds, exports,
/// and the search API when it lands) and the Scalar reader at <c>/scalar</c>, whose script ships in the package so
/// it works without internet access: no web fonts, telemetry, AI agent or hosted API client, which would each call
/// out to Scalar's servers.
/// </summary>
public static class ApiDocs
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Quorum open data";
            document.Info.Description = "OParl 1.1 (with quorum: extensions for votes, declarations, actions, reserve substitutions and exempt items), iCalendar and RSS/Atom feeds, bulk CSV/JSON Lines exports, and full-text search (/api/search). Everything here is public; exempt and unpublished material never appears.";
            // Every operation is open to anyone: said once for the whole document, as an empty requirement.
            document.Security = [new OpenApiSecurityRequirement()];
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options
            .WithTitle("Quorum open data API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton()
            .HideDeveloperTools()
            .WithCustomCss(ApiReaderPage.Css));
        return app;
    }
}
