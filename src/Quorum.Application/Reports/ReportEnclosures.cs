using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Publishing.Documents;
using Quorum.Publishing.Packs;

namespace Quorum.Application.Reports;

/// <summary>
/// A draft report's enclosures: an uploaded PDF or one written in Markdown and printed here, a corrected file for
/// one already listed, and taking one off again. Files go into the <see cref="EnclosureStore"/> (named by their hash,
/// never overwritten) before the report lists them; a file the store refuses throws
/// <see cref="EnclosureRejectedException"/> and nothing is written. Drafts are not public, so nothing is announced:
/// the enclosures are published with the agenda. Each call takes the report as the caller loaded it (with its
/// enclosures) through this scope's context, checked that the user may change it.
/// </summary>
public sealed class ReportEnclosures(QuorumDbContext db, EnclosureStore store, WarmChromium browser)
{
    /// <summary>Where removed enclosures' numbers go, out of the way of the live 1..n.</summary>
    private const int RemovedNumbers = 1_000_000;

    /// <summary>Checks and stores an uploaded PDF and adds it; the title defaults to the file's name.</summary>
    public async Task<Enclosure> AddUploadedAsync(
        Report report, Stream content, string fileName, long length, string? title, Schedule12AParagraph? exemption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        // Refusals name the file as the uploader knows it; the list shows the name it is served under.
        var listed = EnclosureRules.FileNameFor(fileName);
        title = EnclosureRules.CheckTitle(string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(listed) : title);
        var stored = await store.SaveAsync(content, Path.GetFileName(fileName), length, cancellationToken);
        return await AddAsync(report, title, listed, stored, exemption, cancellationToken);
    }

    /// <summary>Prints an enclosure written in Markdown to PDF, stores it and adds it.</summary>
    public async Task<Enclosure> AddWrittenAsync(Report report, string title, string text, Schedule12AParagraph? exemption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(title);
        title = EnclosureRules.CheckTitle(title);
        var fileName = EnclosureRules.FileNameFor(title + ".pdf");
        var pdf = await WrittenEnclosure.PrintAsync(browser, title, text, cancellationToken);
        var stored = await store.SaveAsync(pdf, fileName, cancellationToken);
        return await AddAsync(report, title, fileName, stored, exemption, cancellationToken);
    }

    /// <summary>A corrected file for an enclosure already listed: same title and number, the version rises.</summary>
    public async Task<Enclosure> ReplaceAsync(Report report, Guid enclosureId, Stream content, string fileName, long length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var enclosure = db.Tracked(report).Enclosures.SingleOrDefault(e => e.Id == enclosureId)
            ?? throw new ArgumentException($"Report '{report.Subject}' has no enclosure {enclosureId}.", nameof(enclosureId));
        var stored = await store.SaveAsync(content, Path.GetFileName(fileName), length, cancellationToken);
        // The old file stays in the store (named by its hash) for any pack already built from it.
        enclosure.Replace(EnclosureRules.FileNameFor(fileName), stored.PageCount, stored.Sha256);
        enclosure.StoragePath = stored.StoragePath;
        await db.SaveChangesAsync(cancellationToken);
        return enclosure;
    }

    /// <summary>
    /// Takes an enclosure off the report and renumbers the rest 1..n; it stays as a tombstone for sync clients. Null
    /// when it is no longer on the report. The file stays in the store: another report, or a published pack, may use it.
    /// </summary>
    public async Task<Enclosure?> RemoveAsync(Report report, Guid enclosureId, CancellationToken cancellationToken)
    {
        if (db.Tracked(report).Enclosures.All(e => e.Id != enclosureId))
        {
            return null;
        }
        var tombstones = await db.Enclosures.IgnoreQueryFilters().CountAsync(e => e.ReportId == report.Id && e.Deleted != null, cancellationToken);
        var removed = report.RemoveEnclosure(enclosureId);
        removed.Number = RemovedNumbers + tombstones + 1;
        // Numbers are unique per report, tombstones included: the removed row moves out of the way in the store
        // first, then one save writes the tombstone and closes the gap.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Enclosures.Where(e => e.Id == removed.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Number, removed.Number), cancellationToken);
        db.Remove(removed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private async Task<Enclosure> AddAsync(Report report, string title, string fileName, StoredEnclosure stored, Schedule12AParagraph? exemption, CancellationToken cancellationToken)
    {
        var enclosure = db.Tracked(report).AddEnclosure(title, fileName, stored.PageCount, stored.Sha256);
        enclosure.StoragePath = stored.StoragePath;
        enclosure.ExemptionParagraph = exemption;
        db.Add(enclosure);
        await db.SaveChangesAsync(cancellationToken);
        return enclosure;
    }
}
