using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Quorum.Data;
using Quorum.Data.Publication;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Publishing.Packs;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Publishing;

/// <summary>What a publication produced, for the clerk's confirmation.</summary>
public sealed record PublishedAgenda(int Version, int PageCount, string PackSha256, bool HasPartIIPack, int ReportsPublished, int ItemsToFollow);

/// <summary>
/// Publishes a meeting's agenda in one action: freezes the cleared reports (content hash, version), compiles the
/// public and Part II packs, records the publication and tells the cache, search and feeds. The packs are built
/// before anything is written; the versioned files are written next and are only referenced once the database
/// transaction commits (and are removed if it does not), so a failure leaves nothing half-published. Republishing
/// adds a version: the earlier packs stay on disk and in the publication history.
/// </summary>
public sealed class AgendaPublisher(
    QuorumDbContext db,
    IAgendaPackSource source,
    PackPrinter printer,
    PackFiles packs,
    IClock clock,
    PublicationEvents events)
{
    public async Task<PublishedAgenda> PublishAsync(Guid meetingId, string publishedBy, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Committee).Include(m => m.AgendaItems)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new PublishRefusedException("The meeting was not found; it may have been deleted.");
        if (meeting.Status is MeetingStatus.Cancelled or MeetingStatus.Held)
        {
            throw new PublishRefusedException($"The meeting is {meeting.Status.ToString().ToLowerInvariant()}; its agenda cannot be published.");
        }
        if (meeting.AgendaItems.Count == 0)
        {
            throw new PublishRefusedException("The agenda has no items.");
        }
        var now = clock.GetCurrentInstant();
        var today = now.InZone(SiteClock.London).Date;
        var itemIds = meeting.AgendaItems.Select(i => i.Id).ToList();
        var reports = await db.Reports.Include(r => r.Enclosures)
            .Where(r => r.AgendaItemId != null && itemIds.Contains(r.AgendaItemId.Value))
            .ToListAsync(cancellationToken);

        // An item whose report has not been cleared goes out "To Follow" and follows in a supplementary pack.
        foreach (var item in meeting.AgendaItems)
        {
            var report = reports.FirstOrDefault(r => r.AgendaItemId == item.Id);
            item.ToFollow = report is { State: PublicationState.Draft or PublicationState.Submitted };
        }
        var toPublish = reports.Where(r => r.State == PublicationState.Cleared).ToList();
        var previous = await db.AgendaPublications.Where(p => p.MeetingId == meetingId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        var version = previous + 1;
        var publishedOn = meeting.AgendaPublishedOn ?? today;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = new List<string>();
        CompiledPack main;
        CompiledPack? partII = null;
        string sha;
        try
        {
            // The pack is read inside the transaction, so it sees the To Follow flags as they will be committed.
            await db.SaveChangesAsync(cancellationToken);
            var pack = await source.LoadAsync(meetingId, publishedOn, cancellationToken);
            var compiler = await printer.CompilerAsync(cancellationToken);
            try
            {
                main = await compiler.CompileAsync(pack, PackKind.Main, cancellationToken);
                if (pack.Items.Any(i => i.Report is { } r && (i.Part == AgendaPart.PartII || r.ExemptionParagraph is not null || r.Enclosures.Any(e => e.ExemptionParagraph is not null))))
                {
                    partII = await compiler.CompileAsync(pack, PackKind.PartII, cancellationToken);
                }
            }
            catch (FileNotFoundException ex)
            {
                throw new PublishRefusedException($"{ex.Message} Upload the enclosure again, then publish.");
            }

            var stem = PackFiles.StemFor(meeting.Date, meeting.Committee!.Slug);
            var mainFile = $"{stem}.v{version}.pdf";
            written.Add(await packs.WriteAsync(mainFile, main.Pdf, cancellationToken));
            string? partIIFile = null;
            if (partII is not null)
            {
                partIIFile = $"{stem}.v{version}.part2.pdf";
                written.Add(await packs.WriteAsync(partIIFile, partII.Pdf, cancellationToken));
            }

            foreach (var report in toPublish)
            {
                report.Publish();
            }
            meeting.AgendaPublishedOn = publishedOn;
            sha = Convert.ToHexStringLower(SHA256.HashData(main.Pdf));
            db.AgendaPublications.Add(new AgendaPublication
            {
                MeetingId = meetingId,
                Version = version,
                PublishedOn = today,
                PublishedAt = now,
                PublishedBy = publishedBy,
                PackFile = mainFile,
                PackSha256 = sha,
                PageCount = main.PageCount,
                PartIIPackFile = partIIFile,
                Manifest = Manifest(reports.Where(r => r.State == PublicationState.Published)),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            foreach (var path in written)
            {
                File.Delete(path);
            }
            throw;
        }

        // Committed. The current pack is a copy of the newest version, swapped in atomically for the public link.
        await packs.ReplaceCurrentAsync(meeting.Date, meeting.Committee!.Slug, main.Pdf, cancellationToken);
        await events.PublishedAsync(new PublishedChange(meeting.Committee.CouncilId, meetingId, PublishedContent.Agenda), cancellationToken);
        return new PublishedAgenda(version, main.PageCount, sha, partII is not null, toPublish.Count, meeting.AgendaItems.Count(i => i.ToFollow));
    }

    /// <summary>The frozen documents: each published report's content hash and its enclosures' hashes and versions.</summary>
    private static string Manifest(IEnumerable<Report> reports) => JsonSerializer.Serialize(reports.OrderBy(r => r.Subject).Select(r => new
    {
        report = r.Id,
        subject = r.Subject,
        sha256 = ContentHash(r),
        enclosures = r.Enclosures.OrderBy(e => e.Number).Select(e => new { e.Title, e.Sha256, e.Version }),
    }));

    /// <summary>SHA-256 over the report's printed fields, so a later change to a published report can be detected.</summary>
    public static string ContentHash(Report r)
    {
        var text = string.Join('\u001f', r.ReportFor, LocalDatePattern.Iso.Format(r.DateOfMeeting), r.Subject, r.KeyDecision, r.ResponsibleOfficer,
            r.PortfolioHolder, r.ScrutinyLeadMember, r.ExemptionParagraph?.Number, r.DecisionSubjectToCallIn, r.WardsAffected,
            r.Summary, r.Recommendations, r.Body, r.ContactOfficer, r.BackgroundPapers);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>Publication was refused for a reason the clerk can act on; the message says which.</summary>
public sealed class PublishRefusedException(string message) : Exception(message);
