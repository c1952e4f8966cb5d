using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Quorum.Application.Documents;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;
using Quorum.Domain.Reports;
using Quorum.Publishing.Packs;

namespace Quorum.Application.Agendas;

/// <summary>What a publication produced, for the clerk's confirmation.</summary>
public sealed record PublishedAgenda(int Version, int PageCount, string PackSha256, bool HasPartIIPack, int ReportsPublished, int ItemsToFollow);

/// <summary>What a supplementary publication produced: reports published, the pack's pages and the items it carries.</summary>
public sealed record PublishedSupplementary(int ReportsPublished, int PageCount, IReadOnlyList<int> Items);

/// <summary>
/// Publishes a meeting's agenda in one action: freezes the cleared reports (published, content hash in the
/// manifest), has Quorum.Publishing build and write the packs, keeps a numbered copy of this version, records the
/// publication and then tells the cache, search and feeds. Everything happens inside one database transaction;
/// the pack builder overwrites the current pack files, so they are set aside first and put back if anything fails,
/// and the new version's copy is removed: a failure leaves nothing half-published. Republishing adds a version;
/// earlier versions' packs stay on disk and reachable.
/// </summary>
public sealed class AgendaPublisher(QuorumDbContext db, AgendaPackBuilder builder, IClock clock, PublicationEvents events, AlertMail alerts)
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
        var today = now.InZone(CouncilTime.London).Date;
        var itemIds = meeting.AgendaItems.Select(i => i.Id).ToList();
        var reports = await db.Reports.Include(r => r.Enclosures)
            .Where(r => r.AgendaItemId != null && itemIds.Contains(r.AgendaItemId.Value))
            .ToListAsync(cancellationToken);
        var version = (await db.AgendaPublications.Where(p => p.MeetingId == meetingId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0) + 1;
        var folder = builder.Folder;
        var kinds = new[] { PackKind.Main, PackKind.Supplementary, PackKind.PartII };
        var currentFiles = kinds.Select(k => folder.PathFor(meeting.Date, meeting.Committee!.Slug, k)).ToList();
        var versionFile = folder.VersionPath(meeting.Date, meeting.Committee!.Slug, version);

        // The builder's turn before the transaction, never inside it (see TakeTurnAsync); it also keeps the pack files
        // set aside here from being rewritten by the start-up backfill meanwhile.
        PublishedPacks packs;
        int published;
        using (var turn = await builder.TakeTurnAsync(cancellationToken))
        {
            var setAside = SetAside(currentFiles);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                // An item whose report is not cleared goes out "To Follow", for a supplementary pack later.
                foreach (var item in meeting.AgendaItems)
                {
                    item.ToFollow = reports.Any(r => r.AgendaItemId == item.Id && r.State.GoesOutToFollow());
                }
                var toPublish = reports.Where(r => r.State == PublicationState.Cleared).ToList();
                foreach (var report in toPublish)
                {
                    report.Publish();
                }
                published = toPublish.Count;
                meeting.AgendaPublishedOn ??= today;
                // The builder reads through this context, inside the transaction, so it sees the reports as published.
                await db.SaveChangesAsync(cancellationToken);
                try
                {
                    packs = await builder.PublishAsync(db, meetingId, turn, cancellationToken);
                }
                catch (MissingEnclosureException ex)
                {
                    throw new PublishRefusedException($"{ex.Message} Upload the enclosure, then publish.");
                }
                await File.WriteAllBytesAsync(versionFile, packs.Main.Pdf, cancellationToken);
                db.AgendaPublications.Add(new AgendaPublication
                {
                    MeetingId = meetingId,
                    Version = version,
                    PublishedOn = today,
                    PublishedAt = now,
                    PublishedBy = publishedBy,
                    PackFile = Path.GetFileName(versionFile),
                    PackSha256 = Convert.ToHexStringLower(SHA256.HashData(packs.Main.Pdf)),
                    PageCount = packs.Main.PageCount,
                    PartIIPackFile = packs.Files.TryGetValue(PackKind.PartII, out var partII) ? Path.GetRelativePath(folder.Root, partII) : null,
                    Manifest = Manifest(reports.Where(r => r.State == PublicationState.Published)),
                });
                await alerts.QueueAgendaAsync(meeting, supplementaryItems: null, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                File.Delete(versionFile);
                Restore(setAside);
                throw;
            }
            Discard(setAside);
        }
        await events.PublishedAsync(new PublishedChange(meeting.Committee.CouncilId, meetingId, PublishedContent.Agenda), cancellationToken);
        return new PublishedAgenda(version, packs.Main.PageCount, Convert.ToHexStringLower(SHA256.HashData(packs.Main.Pdf)), packs.PartII is not null,
            published, meeting.AgendaItems.Count(i => i.ToFollow));
    }

    /// <summary>
    /// Publishes the papers of items that went out "To Follow" once their reports are cleared: freezes those reports,
    /// builds the supplementary pack (only those items) and the members' Part II pack, and tells the cache, search
    /// and feeds. The main pack stays as published. All in one transaction, the pack files put back on failure.
    /// </summary>
    public async Task<PublishedSupplementary> PublishSupplementaryAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Committee).Include(m => m.AgendaItems)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new PublishRefusedException("The meeting was not found; it may have been deleted.");
        if (meeting.AgendaPublishedOn is null)
        {
            throw new PublishRefusedException("Publish the agenda first; a supplementary agenda follows a published one.");
        }
        if (meeting.Status is MeetingStatus.Cancelled or MeetingStatus.Held)
        {
            throw new PublishRefusedException($"The meeting is {meeting.Status.ToString().ToLowerInvariant()}; no supplementary agenda can be published.");
        }
        var toFollow = meeting.AgendaItems.Where(i => i.ToFollow).Select(i => i.Id).ToList();
        if (toFollow.Count == 0)
        {
            throw new PublishRefusedException("No item on this agenda is to follow.");
        }
        var cleared = await db.Reports.Include(r => r.Enclosures)
            .Where(r => r.AgendaItemId != null && toFollow.Contains(r.AgendaItemId.Value) && r.State == PublicationState.Cleared)
            .ToListAsync(cancellationToken);
        if (cleared.Count == 0)
        {
            throw new PublishRefusedException("None of the reports to follow has been cleared yet: the supplementary agenda can be published once one is.");
        }
        var folder = builder.Folder;
        SupplementaryPacks packs;
        using (var turn = await builder.TakeTurnAsync(cancellationToken))
        {
            var setAside = SetAside(new[] { PackKind.Supplementary, PackKind.PartII }.Select(k => folder.PathFor(meeting.Date, meeting.Committee!.Slug, k)));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                foreach (var report in cleared)
                {
                    report.Publish();
                }
                await db.SaveChangesAsync(cancellationToken);
                try
                {
                    packs = await builder.PublishSupplementaryAsync(db, meetingId, turn, cancellationToken)
                        ?? throw new PublishRefusedException("The cleared reports to follow are all exempt: they are in the members' Part II pack only.");
                }
                catch (MissingEnclosureException ex)
                {
                    throw new PublishRefusedException($"{ex.Message} Upload the enclosure, then publish.");
                }
                await alerts.QueueAgendaAsync(meeting, [.. packs.Supplementary.Contents.Select(c => c.ItemNumber)], cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                Restore(setAside);
                throw;
            }
            Discard(setAside);
        }
        await events.PublishedAsync(new PublishedChange(meeting.Committee!.CouncilId, meetingId, PublishedContent.SupplementaryAgenda), cancellationToken);
        return new PublishedSupplementary(cleared.Count, packs.Supplementary.PageCount, packs.Supplementary.Contents.Select(c => c.ItemNumber).ToList());
    }

    /// <summary>SHA-256 over the report's printed fields, so a later change to a published report can be detected.</summary>
    public static string ContentHash(Report r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var text = string.Join('\u001f', r.ReportFor, LocalDatePattern.Iso.Format(r.DateOfMeeting), r.Subject, r.KeyDecision, r.ResponsibleOfficer,
            r.PortfolioHolder, r.ScrutinyLeadMember, r.ExemptionParagraph?.Number, r.DecisionSubjectToCallIn, r.WardsAffected,
            r.Summary, r.Recommendations, r.Body, r.ContactOfficer, r.BackgroundPapers,
            string.Join('\u001f', r.ReportSections().Select(s => $"{s.Heading}\u001e{s.Text}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The frozen documents: each published report's content hash and its enclosures' hashes and versions.</summary>
    private static string Manifest(IEnumerable<Report> reports) => JsonSerializer.Serialize(reports.OrderBy(r => r.Subject).Select(r => new
    {
        report = r.Id,
        subject = r.Subject,
        sha256 = ContentHash(r),
        enclosures = r.Enclosures.OrderBy(e => e.Number).Select(e => new { e.Title, e.Sha256, e.Version }),
    }));

    /// <summary>Copies the current pack files aside (null for a file not there) so a failed publication can put them back.</summary>
    private static List<(string Path, string? Copy)> SetAside(IEnumerable<string> files) =>
    [
        .. files.Select(path =>
        {
            if (!File.Exists(path))
            {
                return (path, (string?)null);
            }
            var copy = $"{path}.{Guid.NewGuid():N}.previous";
            File.Copy(path, copy);
            return (path, copy);
        }),
    ];

    private static void Restore(List<(string Path, string? Copy)> setAside)
    {
        foreach (var (path, copy) in setAside)
        {
            if (copy is null)
            {
                File.Delete(path);
            }
            else
            {
                File.Move(copy, path, overwrite: true);
            }
        }
    }

    private static void Discard(List<(string Path, string? Copy)> setAside)
    {
        foreach (var (_, copy) in setAside.Where(s => s.Copy is not null))
        {
            File.Delete(copy!);
        }
    }
}

/// <summary>Publication was refused for a reason the clerk can act on; the message says which.</summary>
public sealed class PublishRefusedException(string message) : Exception(message);
