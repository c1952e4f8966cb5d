using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Documents;
using Quorum.Application.OpenData;

namespace Quorum.Web.Api.OParl;

/// <summary>
/// The OParl 1.1 endpoint at <c>/oparl/v1.1</c>: System, the councils as Bodies, their external lists (paged,
/// with the created/modified filters and tombstones) and every object at its own URL.
/// </summary>
public static class OParlApi
{
    public static IEndpointRouteBuilder MapOParl(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(OParlUrls.Prefix).WithTags("OParl 1.1");
        // JSON answers are cached per URL and query string until the next publication, and carry an ETag.
        var json = api.MapGroup("").AddEndpointFilter<OParlETag>().CacheOutput(Site.PublicSiteCache.OpenDataPolicy);

        json.MapGet("/", GetSystem).WithName("OParlEntry").WithSummary("The OParl System object (entry point).");
        json.MapGet("/system", GetSystem).WithName("OParlSystem").WithSummary("The OParl System object.");
        json.MapGet("/bodies", GetBodies).WithName("OParlBodies").WithSummary("The councils on this install, as a paged list of Bodies.");
        json.MapGet("/bodies/{id}", GetBody).WithName("OParlBody").WithSummary("One council as an OParl Body.");
        json.MapGet("/bodies/{id}/{list}", GetBodyList).WithName("OParlBodyList")
            .WithSummary("A council's external list: organizations, people, meetings, papers, agenda-items, consultations, files, locations, legislative-terms or memberships.")
            .WithDescription("Paged (page, limit ≤ 100) and filtered by created_since, created_until, modified_since and modified_until (ISO 8601 date-times). With modified_since, deleted objects are listed as tombstones with deleted: true.");
        json.MapGet("/organizations/{id}/meetings", GetOrganizationMeetings).WithName("OParlOrganizationMeetings").WithSummary("The meetings of one committee, paged and filtered like the body lists.");
        api.MapGet("/files/{id}/access", (HttpRequest request, PublicRecords records, string id, CancellationToken ct) => GetFileContent(request, records, id, false, ct))
            .WithName("OParlFileAccess").WithSummary("A public document's bytes, shown inline.");
        api.MapGet("/files/{id}/download", (HttpRequest request, PublicRecords records, string id, CancellationToken ct) => GetFileContent(request, records, id, true, ct))
            .WithName("OParlFileDownload").WithSummary("A public document's bytes, as a download.");
        json.MapGet("/{kind}/{id}", GetObject).WithName("OParlObject").WithSummary("Any OParl object by its identifier; deleted objects answer with deleted: true.");
        return app;
    }

    private static OParlJson Json(HttpRequest request) =>
        new(OParlUrls.For(request), request.HttpContext.RequestServices.GetService<DocumentStore>());

    private static async Task<Ok<JsonObject>> GetSystem(HttpRequest request, PublicRecords records, CancellationToken cancellationToken)
    {
        var json = Json(request);
        var first = await records.Councils.OrderBy(c => c.Created).Select(c => new { c.Created, c.Name, c.ContactEmail }).FirstOrDefaultAsync(cancellationToken);
        var modified = await records.Councils.OrderByDescending(c => c.Modified).Select(c => (NodaTime.Instant?)c.Modified).FirstOrDefaultAsync(cancellationToken);
        var system = new JsonObject
        {
            ["id"] = json.Urls.System,
            ["type"] = OParlJson.TypeUri("System"),
            ["oparlVersion"] = OParlJson.OParlVersion,
            ["body"] = json.Urls.Bodies,
            ["name"] = first is null ? "Quorum" : $"Quorum: {first.Name}",
            ["website"] = json.Urls.Base + "/",
            ["product"] = "https://github.com/quorum-councils/quorum",
            ["license"] = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        };
        system.Put("contactEmail", first?.ContactEmail);
        system.Put(OParlJson.Extension + "apiDocumentation", json.Urls.Base + "/scalar/v1");
        if (first is not null)
        {
            system["created"] = OParlJson.Stamp(first.Created);
            system["modified"] = OParlJson.Stamp(modified ?? first.Created);
        }
        return TypedResults.Ok(system);
    }

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<OParlError>>> GetBodies(HttpRequest request, PublicRecords records, CancellationToken cancellationToken)
    {
        if (!ListQuery.TryParse(request.Query, out var query, out var error))
        {
            return error!;
        }
        var json = Json(request);
        var (page, total) = await OParlKind.PageAsync(OParlKinds.Body.Keys(records, null), query, cancellationToken);
        return await PageResultAsync(request, records, json, OParlKinds.Body, json.Urls.Bodies, query, page, total, cancellationToken);
    }

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<OParlError>>> GetBody(HttpRequest request, PublicRecords records, string id, CancellationToken cancellationToken) =>
        await GetObjectOf(request, records, OParlKinds.Body, id, cancellationToken);

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<OParlError>>> GetBodyList(HttpRequest request, PublicRecords records, string id, string list, CancellationToken cancellationToken)
    {
        if (!OParlKinds.ByPath.TryGetValue(list, out var kind))
        {
            return OParlError.NotFound($"A body has no list '{list}'. Lists: {string.Join(", ", OParlKinds.ByPath.Keys)}.");
        }
        if (!Guid.TryParse(id, out var bodyId) || !await records.Councils.AnyAsync(c => c.Id == bodyId, cancellationToken))
        {
            return OParlError.NotFound($"There is no body '{id}'.");
        }
        if (!ListQuery.TryParse(request.Query, out var query, out var error))
        {
            return error!;
        }
        var json = Json(request);
        var (page, total) = await kind.PageAsync(records, bodyId, query, cancellationToken);
        return await PageResultAsync(request, records, json, kind, json.Urls.BodyList(bodyId, list), query, page, total, cancellationToken);
    }

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<OParlError>>> GetOrganizationMeetings(HttpRequest request, PublicRecords records, string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var committeeId) || !await records.Committees.AnyAsync(c => c.Id == committeeId, cancellationToken))
        {
            return OParlError.NotFound($"There is no committee '{id}'.");
        }
        if (!ListQuery.TryParse(request.Query, out var query, out var error))
        {
            return error!;
        }
        var json = Json(request);
        var (page, total) = await OParlKind.PageAsync(OParlKinds.Meeting.KeysOfCommittee(records, committeeId), query, cancellationToken);
        return await PageResultAsync(request, records, json, OParlKinds.Meeting, json.Urls.OrganizationMeetings(committeeId), query, page, total, cancellationToken);
    }

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<OParlError>>> PageResultAsync(
        HttpRequest request, PublicRecords records, OParlJson json, OParlKind kind, string listUrl, ListQuery query, List<ListKey> page, int total, CancellationToken cancellationToken)
    {
        var totalPages = Math.Max(1, (total + query.Limit - 1) / query.Limit);
        if (query.Page > totalPages)
        {
            return OParlError.NotFound($"Page {query.Page} is out of range: this list has {totalPages} page{(totalPages == 1 ? "" : "s")} of {query.Limit}.");
        }
        var links = new JsonObject { ["first"] = ListQuery.PageUrl(listUrl, request.Query, 1) };
        if (query.Page > 1)
        {
            links["prev"] = ListQuery.PageUrl(listUrl, request.Query, query.Page - 1);
        }
        if (query.Page < totalPages)
        {
            links["next"] = ListQuery.PageUrl(listUrl, request.Query, query.Page + 1);
        }
        links["last"] = ListQuery.PageUrl(listUrl, request.Query, totalPages);
        return TypedResults.Ok(new JsonObject
        {
            ["data"] = await kind.RenderAsync(records, json, page, cancellationToken),
            ["pagination"] = new JsonObject
            {
                ["totalElements"] = total,
                ["elementsPerPage"] = query.Limit,
                ["currentPage"] = query.Page,
                ["totalPages"] = totalPages,
            },
            ["links"] = links,
        });
    }

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<OParlError>>> GetObject(HttpRequest request, PublicRecords records, string kind, string id, CancellationToken cancellationToken)
    {
        if (!OParlKinds.ByPath.TryGetValue(kind, out var objectKind))
        {
            return OParlError.NotFound($"There is no OParl object type '{kind}'. Types: {string.Join(", ", OParlKinds.ByPath.Keys)}.");
        }
        return await GetObjectOf(request, records, objectKind, id, cancellationToken);
    }

    private static async Task<Results<Ok<JsonObject>, JsonHttpResult<OParlError>>> GetObjectOf(HttpRequest request, PublicRecords records, OParlKind kind, string id, CancellationToken cancellationToken)
    {
        var missing = OParlError.NotFound($"There is no public {kind.TypeName} '{id}'.");
        if (!Guid.TryParse(id, out var guid))
        {
            return missing;
        }
        var key = await kind.FindAsync(records, guid, cancellationToken);
        if (key is null)
        {
            return missing;
        }
        var json = Json(request);
        var rendered = await kind.RenderAsync(records, json, [key], cancellationToken);
        return rendered.Count == 1 ? TypedResults.Ok(rendered[0]!.AsObject().DeepClone().AsObject()) : missing;
    }

    public const string EnclosureMimeType = "application/pdf";

    private static async Task<Results<FileStreamHttpResult, JsonHttpResult<OParlError>>> GetFileContent(HttpRequest request, PublicRecords records, string id, bool download, CancellationToken cancellationToken)
    {
        var enclosure = Guid.TryParse(id, out var guid)
            ? await records.Enclosures.Where(e => e.Id == guid).Select(e => new { e.FileName, e.Sha256, e.StoragePath, e.Modified }).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (enclosure is null)
        {
            return OParlError.NotFound($"There is no public file '{id}'.");
        }
        var store = request.HttpContext.RequestServices.GetService<DocumentStore>();
        if (store?.Find(enclosure.Sha256, enclosure.StoragePath) is not { } stored)
        {
            return OParlError.NotFound($"File '{id}' ({enclosure.FileName}) is listed but its document is not held on this server.");
        }
        // Every enclosure is a PDF checked on upload: it is served as one, whatever name it was listed under, so a
        // name ending ".html" can never make a browser run it as a page of this site (the headers add nosniff and a sandbox).
        return TypedResults.File(
            File.OpenRead(stored.Path),
            EnclosureMimeType,
            download ? Application.Reports.EnclosureRules.FileNameFor(enclosure.FileName) : null,
            enclosure.Modified.ToDateTimeOffset(),
            new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{enclosure.Sha256}\""),
            enableRangeProcessing: true);
    }
}
