using Quorum.Data;
using Quorum.Data.Publication;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings;

/// <summary>Serves a meeting's published agenda pack PDF at <c>/meetings/{date}/{committee}/agenda.pdf</c>.</summary>
public static class PackEndpoint
{
    public static IEndpointRouteBuilder MapAgendaPacks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{date}/{committee}/agenda.pdf", async (string date, string committee, QuorumDbContext db, CurrentCouncil current, PackFiles packs, PublicationEvents events, HttpContext http) =>
        {
            var council = await current.GetAsync(http.RequestAborted);
            var meeting = council is null ? null : await MeetingAddress.FindAsync(db, council.Id, date, committee, http.RequestAborted);
            // Only a published agenda's pack is public, whatever files are on disk.
            if (meeting?.AgendaPublishedOn is null || await packs.PathAsync(db, events, meeting, http.RequestAborted) is not { } path)
            {
                return Results.NotFound();
            }
            return Results.File(path, "application/pdf", $"{date}-{committee}-agenda.pdf", enableRangeProcessing: true);
        });
        return app;
    }
}
