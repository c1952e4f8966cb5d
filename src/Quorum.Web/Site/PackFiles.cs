using NodaTime;
using NodaTime.Text;
using Quorum.Data;
using Quorum.Data.Publication;
using Quorum.Domain.Meetings;
using Quorum.Publishing.Documents;
using Quorum.Publishing.Packs;

namespace Quorum.Web.Site;

/// <summary>
/// The published agenda packs (Part I PDFs) on disk: <c>{Documents:Packs}/{yyyy-MM-dd}-{committee}.pdf</c>, written
/// when the agenda is published. A published meeting without the file (the demo council, a pack published before
/// the file was kept) gets its pack built on first request and kept. The site links to a pack when the file exists
/// or can be built: an imported meeting whose enclosures are records without files has none.
/// </summary>
public sealed partial class PackFiles(IConfiguration configuration, IWebHostEnvironment environment, AgendaPackBuilder builder, ILogger<PackFiles> logger)
{
    private readonly string _folder = Folder(configuration, environment);

    public static string Folder(IConfiguration configuration, IWebHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["Documents:Packs"] ?? "packs"));

    public string? PackFor(LocalDate date, Domain.Slug committee)
    {
        var path = Path.Combine(_folder, $"{StemFor(date, committee)}.pdf");
        return File.Exists(path) ? path : null;
    }

    public async Task<bool> IsAvailableAsync(QuorumDbContext db, Meeting meeting, CancellationToken cancellationToken) =>
        meeting.AgendaPublishedOn is not null
        && (PackFor(meeting.Date, meeting.Committee!.Slug) is not null || await AgendaPackBuilder.HasPublicPackAsync(db, meeting.Id, cancellationToken));

    /// <summary>The pack's file, built now if need be; null when the agenda is unpublished or the pack cannot be made.</summary>
    public async Task<string?> PathAsync(QuorumDbContext db, PublicationEvents events, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.AgendaPublishedOn is null)
        {
            return null;
        }
        if (PackFor(meeting.Date, meeting.Committee!.Slug) is { } path)
        {
            return path;
        }
        if (!await AgendaPackBuilder.HasPublicPackAsync(db, meeting.Id, cancellationToken))
        {
            return null;
        }
        try
        {
            path = await builder.PublicPackAsync(db, meeting.Id, cancellationToken);
        }
        catch (MissingEnclosureException ex)
        {
            Log.PackUnavailable(logger, meeting.Id, ex.Message);
            return null;
        }
        // Building the pack recorded each item's real page range; the cached pages link to the old ones.
        await events.PublishedAsync(new PublishedChange(meeting.Committee.CouncilId, meeting.Id, PublishedContent.Agenda), cancellationToken);
        return path;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The agenda pack of meeting {MeetingId} cannot be built: {Reason}")]
        public static partial void PackUnavailable(ILogger logger, Guid meetingId, string reason);
    }

    /// <summary>A stored file of the pack store (a versioned pack), or null when it is not there.</summary>
    public string? Stored(string fileName)
    {
        var path = Path.Combine(_folder, Path.GetFileName(fileName));
        return File.Exists(path) ? path : null;
    }

    public static string StemFor(LocalDate date, Domain.Slug committee) => $"{LocalDatePattern.Iso.Format(date)}-{committee}";
}
