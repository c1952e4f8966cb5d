using System.Xml;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c>: every public page, built from the same <see cref="Visibility"/> queries as the pages,
/// so nothing unpublished or exempt is ever listed.
/// </summary>
public static class SitemapEndpoint
{
    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (QuorumDbContext db, CurrentCouncil current, HttpContext http) =>
        {
            var council = await current.GetAsync(http.RequestAborted);
            var paths = council is null ? [SiteUrls.Home] : await PublicPathsAsync(db, council.Id, http.RequestAborted);
            var root = $"{http.Request.Scheme}://{http.Request.Host}";
            http.Response.ContentType = "application/xml; charset=utf-8";
            await using var writer = XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Indent = true });
            await writer.WriteStartDocumentAsync();
            await writer.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in paths)
            {
                await writer.WriteStartElementAsync(null, "url", null);
                await writer.WriteElementStringAsync(null, "loc", null, root + path);
                await writer.WriteEndElementAsync();
            }
            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        }).WithSummary("Every public page of the council, as an XML sitemap for search engines.");
        return app;
    }

    public static async Task<List<string>> PublicPathsAsync(QuorumDbContext db, Guid councilId, CancellationToken ct)
    {
        var paths = new List<string> { SiteUrls.Home, SiteUrls.Calendar, SiteUrls.Committees, SiteUrls.People, SiteUrls.Decisions };
        var committees = await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId).Select(c => c.Slug).ToListAsync(ct);
        paths.AddRange(committees.Select(SiteUrls.Committee));
        var meetings = await db.Meetings.AsNoTracking().WherePublic()
            .Where(m => m.Committee!.CouncilId == councilId)
            .Select(m => new { m.Date, m.Committee!.Slug })
            .ToListAsync(ct);
        paths.AddRange(meetings.Select(m => SiteUrls.Meeting(m.Date, m.Slug)).Distinct());
        var items = await db.AgendaItems.AsNoTracking().WherePublic()
            .Where(i => i.Meeting!.Committee!.CouncilId == councilId)
            .Select(i => new { i.Meeting!.Date, i.Meeting.Committee!.Slug, i.Number, i.Suffix })
            .ToListAsync(ct);
        paths.AddRange(items.Select(i => SiteUrls.Item(i.Date, i.Slug, i.Number, i.Suffix)).Distinct());
        var people = await db.People.AsNoTracking().Where(p => p.CouncilId == councilId).Select(p => p.Slug).ToListAsync(ct);
        paths.AddRange(people.Select(SiteUrls.Person));
        return paths;
    }
}
