using Microsoft.EntityFrameworkCore;
using Quorum.Application.Agendas;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings;

/// <summary>
/// Serves a meeting's published agenda pack PDF at <c>/meetings/{date}/{committee}/agenda.pdf</c>, each earlier
/// published version at <c>agenda-v{n}.pdf</c> so a republished agenda's first edition stays reachable, and the
/// published minutes at <c>minutes.pdf</c>. Every one only reads a file written when it was published; a published
/// agenda whose pack is not drawn yet answers 503 with Retry-After.
/// </summary>
public static class PackEndpoint
{
    public static IEndpointRouteBuilder MapAgendaPacks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{date}/{committee}/agenda.pdf", async (string date, string committee, QuorumDbContext db, CurrentCouncil current, PackFiles packs, HttpContext http) =>
        {
            var council = await current.GetAsync(http.RequestAborted);
            var meeting = council is null ? null : await MeetingAddress.FindAsync(db, council.Id, date, committee, http.RequestAborted);
            // Only a published agenda's pack is public, whatever files are on disk.
            if (meeting is not null && packs.PublicPack(meeting) is { } path)
            {
                return Results.File(path, "application/pdf", $"{date}-{committee}-agenda.pdf", enableRangeProcessing: true);
            }
            // Published, but its pack not drawn yet (a new site draws imported and seeded agendas' packs in the
            // background after start-up): "try again shortly", so readers and OParl crawlers come back, not "no such file".
            return meeting?.AgendaPublishedOn is not null ? PackBeingDrawn(http) : Results.NotFound();
        }).WithSummary("A meeting's published agenda pack (PDF), the latest version.");
        // Papers that were "To Follow", once the clerk publishes them as a supplementary agenda.
        app.MapGet("/meetings/{date}/{committee}/supplementary-agenda.pdf", async (string date, string committee, QuorumDbContext db, CurrentCouncil current, PackFiles packs, HttpContext http) =>
        {
            var council = await current.GetAsync(http.RequestAborted);
            var meeting = council is null ? null : await MeetingAddress.FindAsync(db, council.Id, date, committee, http.RequestAborted);
            return meeting is not null && packs.SupplementaryPack(meeting) is { } path
                ? Results.File(path, "application/pdf", $"{date}-{committee}-supplementary-agenda.pdf", enableRangeProcessing: true)
                : Results.NotFound();
        }).WithSummary("A meeting's supplementary agenda pack (PDF): the papers that went out \"To follow\".");
        app.MapGet("/meetings/{date}/{committee}/agenda-v{version:int}.pdf", async (string date, string committee, int version, QuorumDbContext db, CurrentCouncil current, PackFiles packs, HttpContext http) =>
        {
            var council = await current.GetAsync(http.RequestAborted);
            var meeting = council is null ? null : await MeetingAddress.FindAsync(db, council.Id, date, committee, http.RequestAborted);
            var file = meeting?.AgendaPublishedOn is null ? null : await db.AgendaPublications.AsNoTracking()
                .Where(p => p.MeetingId == meeting.Id && p.Version == version)
                .Select(p => p.PackFile)
                .FirstOrDefaultAsync(http.RequestAborted);
            return file is not null && packs.Stored(file) is { } path
                ? Results.File(path, "application/pdf", $"{date}-{committee}-agenda-v{version}.pdf", enableRangeProcessing: true)
                : Results.NotFound();
        }).WithSummary("One published version of a meeting's agenda pack (PDF).");
        // The minutes as PDF, only once they are published (a draft or approved-but-unpublished document is not found).
        app.MapGet("/meetings/{date}/{committee}/minutes.pdf", async (string date, string committee, QuorumDbContext db, CurrentCouncil current, MinutesPdf minutes, HttpContext http) =>
        {
            var council = await current.GetAsync(http.RequestAborted);
            var meeting = council is null ? null : await MeetingAddress.FindAsync(db, council.Id, date, committee, http.RequestAborted);
            if (meeting is null || await minutes.PublishedAsync(db, meeting.Id, http.RequestAborted) is not { } path)
            {
                return Results.NotFound();
            }
            return Results.File(path, "application/pdf", $"{date}-{committee}-minutes.pdf", enableRangeProcessing: true);
        }).WithSummary("A meeting's published minutes (PDF).");
        return app;
    }

    private static IResult PackBeingDrawn(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        return Results.Text("The agenda pack is being prepared. Please try again in a minute.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
