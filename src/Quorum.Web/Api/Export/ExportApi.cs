using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Quorum.Application.OpenData;
using Quorum.Web.Api.OParl;

namespace Quorum.Web.Api.Export;

/// <summary>Bulk downloads: each public table as CSV (or JSON Lines), streamed from the database.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").WithTags("Bulk export");
        export.MapGet("/", (HttpRequest request) => TypedResults.Ok(PublicExport.Tables.Select(t => new
        {
            name = t.Name,
            csv = $"{OParlUrls.For(request).Base}/export/{t.Name}.csv",
            jsonl = $"{OParlUrls.For(request).Base}/export/{t.Name}.jsonl",
        }))).WithName("ExportTables").WithSummary("The tables available for bulk download.");
        export.MapGet("/{entity}.csv", (HttpContext context, PublicRecords records, string entity) => Table(context, records, entity, csv: true))
            .WithName("ExportCsv").WithSummary("One public table as CSV (UTF-8, header row, RFC 4180 quoting).");
        export.MapGet("/{entity}.jsonl", (HttpContext context, PublicRecords records, string entity) => Table(context, records, entity, csv: false))
            .WithName("ExportJsonLines").WithSummary("One public table as JSON Lines.");
        return app;
    }

    private static Results<PushStreamHttpResult, JsonHttpResult<OParlError>> Table(HttpContext context, PublicRecords records, string entity, bool csv)
    {
        if (PublicExport.Find(entity) is not { } table)
        {
            return OParlError.NotFound($"There is no export '{entity}'. Tables: {string.Join(", ", PublicExport.Tables.Select(t => t.Name))}.");
        }
        var extension = csv ? "csv" : "jsonl";
        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, new UTF8Encoding(false));
                if (csv)
                {
                    await table.WriteCsvAsync(records, writer, context.RequestAborted);
                }
                else
                {
                    await table.WriteJsonLinesAsync(records, writer, context.RequestAborted);
                }
            },
            csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8",
            $"{table.Name}.{extension}");
    }
}
