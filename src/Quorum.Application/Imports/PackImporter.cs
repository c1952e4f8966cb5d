using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Imports;
using Quorum.Domain.Publication;
using Quorum.Domain.Reports;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;

namespace Quorum.Application.Imports;

public enum PackImportOutcome
{
    /// <summary>The first pack seen for its meeting.</summary>
    Imported,
    /// <summary>A different file for a meeting already imported: the records were updated and the earlier version kept.</summary>
    NewVersion,
    /// <summary>These exact bytes were imported before; nothing changed.</summary>
    Unchanged,
    Failed,
}

/// <summary>What happened to one pack file.</summary>
public sealed record PackImportResult(
    string FileName,
    PackImportOutcome Outcome,
    string? Reason = null,
    Guid? PackId = null,
    Guid? MeetingId = null,
    int Meetings = 0,
    int AgendaItems = 0,
    int Minutes = 0,
    int Reports = 0,
    int Pages = 0,
    int Warnings = 0);

/// <summary>
/// <c>quorum import</c>: stores legacy agenda packs as structured records. Each pack is one transaction: read, extract,
/// store its records, its pages and its original file, then commit, then tell the publication listeners (cache,
/// search). A pack that cannot be read or placed is rolled back, reported with its file name and reason, and the
/// next pack goes ahead. Re-importing the same bytes (same SHA-256) changes nothing.
/// </summary>
public sealed class PackImporter(DatabaseSettings settings, IClock clock, PublicationEvents publication, string? councilName = null)
{
    /// <summary>Pages are saved in batches and then let go, so a long pack's text is never all in memory.</summary>
    private const int PageBatch = 100;

    /// <summary>The council the packs go into, whatever they print (the staff page's council); else <c>councilName</c> or the pack's own word.</summary>
    public Guid? CouncilId { get; init; }

    /// <summary>The signed-in person importing (the staff page), written to the audit log with each pack stored; null for the CLI.</summary>
    public string? ImportedBy { get; init; }

    public Task<PackImportResult> ImportAsync(string path, CancellationToken cancellationToken = default) =>
        ImportAsync(path, Path.GetFileName(path), cancellationToken);

    /// <summary>Imports the pack at <paramref name="path"/> under <paramref name="fileName"/>, the name its reasons and
    /// records give it (an upload is kept under a name of the site's own choosing).</summary>
    public async Task<PackImportResult> ImportAsync(string path, string fileName, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ImportOrFailAsync(path, fileName, cancellationToken);
        }
        catch (Exception ex) when (ex is ImportException or PackRejectedException or IOException or UnauthorizedAccessException
            or ArgumentException or InvalidOperationException or ProcedureRuleException or DbUpdateException)
        {
            var reason = ex.Message.StartsWith(path, StringComparison.Ordinal) ? fileName + ex.Message[path.Length..] : ex.Message;
            if (!reason.StartsWith(fileName, StringComparison.Ordinal))
            {
                reason = $"{fileName}: {(ex is DbUpdateException { InnerException: { } inner } ? inner.Message : reason)}";
            }
            return new PackImportResult(fileName, PackImportOutcome.Failed, OneLine(reason));
        }
    }

    private async Task<PackImportResult> ImportOrFailAsync(string path, string fileName, CancellationToken cancellationToken)
    {
        var format = PackReader.Detect(path);
        string hash;
        long size;
        await using (var stream = File.OpenRead(path))
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            size = stream.Length;
        }

        await using var db = QuorumDatabase.CreateContext(settings, clock);
        // Known to the page's council, or (the command line, whose council is found in the pack) to any.
        var already = await db.ImportedPacks.AsNoTracking()
            .Where(p => p.ContentHash == hash && (CouncilId == null || p.CouncilId == CouncilId))
            .FirstOrDefaultAsync(cancellationToken);
        if (already is not null)
        {
            return new PackImportResult(fileName, PackImportOutcome.Unchanged, PackId: already.Id, MeetingId: already.MeetingId);
        }

        var extracted = PackExtractor.Extract(path);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var records = await new PackRecords(db, extracted, fileName).StoreAsync(councilName, CouncilId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var previous = await db.ImportedPacks.FirstOrDefaultAsync(p => p.MeetingId == records.MeetingId && p.SupersededById == null, cancellationToken);
        var warnings = extracted.Warnings.Select(Describe).Concat(records.Warnings).ToList();
        var imported = new ImportedPack
        {
            CouncilId = records.CouncilId,
            CommitteeId = records.CommitteeId,
            MeetingId = records.MeetingId,
            FileName = fileName.Length <= 260 ? fileName : fileName[..260],
            ContentHash = hash,
            SizeBytes = size,
            Format = format == PaperFormat.Pdf ? "pdf" : "text",
            Version = (previous?.Version ?? 0) + 1,
            PreviousVersionId = previous?.Id,
            Warnings = string.Join('\n', warnings),
            WarningCount = warnings.Count,
        };
        db.ImportedPacks.Add(imported);
        if (previous is not null)
        {
            previous.SupersededById = imported.Id;
        }
        // Files are kept by their content: the same file imported by another council is kept once.
        if (!await db.StoredPackFiles.AnyAsync(f => f.ContentHash == hash, cancellationToken))
        {
            db.StoredPackFiles.Add(new StoredPackFile { ContentHash = hash, Content = await File.ReadAllBytesAsync(path, cancellationToken) });
        }
        if (ImportedBy is { } actor)
        {
            // One entry for the pack, in its transaction: its hundreds of records are the importer's, not typed by hand.
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetCurrentInstant(),
                Actor = actor,
                Action = previous is null ? "Imported past papers" : "Imported a newer version of past papers",
                EntityType = nameof(Domain.Meetings.Meeting),
                EntityId = records.MeetingId,
                After = JsonSerializer.Serialize(new
                {
                    File = imported.FileName,
                    imported.Version,
                    Meetings = records.Meetings.Count,
                    records.AgendaItems,
                    records.Minutes,
                    records.Reports,
                    Warnings = warnings.Count,
                    ContentHash = hash,
                }),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var enclosures = records.Enclosures.Select(e => new EnclosurePages(e)).ToList();
        try
        {
            imported.PageCount = await StorePagesAsync(db, path, imported.Id, ExemptLines(extracted), enclosures, cancellationToken);
            foreach (var pages in enclosures.Where(e => e.Count > 0))
            {
                var printed = pages.Printed;
                db.Enclosures.Add(new Enclosure(printed.Title, imported.FileName, pages.Count, pages.Sha256()) { ReportId = printed.ReportId, Number = printed.Number });
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            enclosures.ForEach(e => e.Dispose());
        }
        await db.ImportedPacks.Where(p => p.Id == imported.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PageCount, imported.PageCount), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Listeners hear only of committed work; a listener's failure cannot undo the import.
        foreach (var meetingId in records.Meetings)
        {
            await publication.PublishedAsync(new(records.CouncilId, meetingId, PublishedContent.ImportedPack), cancellationToken);
        }
        return new PackImportResult(
            fileName,
            previous is null ? PackImportOutcome.Imported : PackImportOutcome.NewVersion,
            PackId: imported.Id,
            MeetingId: records.MeetingId,
            Meetings: records.Meetings.Count,
            AgendaItems: records.AgendaItems,
            Minutes: records.Minutes,
            Reports: records.Reports,
            Pages: imported.PageCount,
            Warnings: warnings.Count);
    }

    /// <summary>Reads the pack a second time, page by page, saving each batch of pages and letting it go.</summary>
    private static async Task<int> StorePagesAsync(QuorumDbContext db, string path, Guid packId, List<(int First, int Last)> exempt, List<EnclosurePages> enclosures, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var page in PackPages.Split(PackReader.Read(path)))
        {
            foreach (var enclosure in enclosures)
            {
                enclosure.Take(page);
            }
            db.ImportedPages.Add(new ImportedPage
            {
                PackId = packId,
                Number = page.Number,
                FirstLine = page.FirstLine,
                LastLine = page.LastLine,
                Text = page.Text,
                IsExempt = exempt.Any(r => page.FirstLine <= r.Last && page.LastLine >= r.First),
            });
            if (++count % PageBatch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return count;
    }

    /// <summary>
    /// The lines holding Part II business: each report for a Part II item, or with an exempt cover, from its cover to
    /// the next report (its appendices go with it). A page touching such lines is exempt as a whole.
    /// </summary>
    internal static List<(int First, int Last)> ExemptLines(ExtractedPack pack)
    {
        var partTwo = pack.Agenda.Where(i => i.Part == "II").Select(i => i.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reports = pack.Reports.OrderBy(r => r.Line).ToList();
        var ranges = new List<(int, int)>();
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            if (report.Exempt == true || (report.AgendaItem is { } item && partTwo.Contains(item)))
            {
                ranges.Add((report.Line, i + 1 < reports.Count ? reports[i + 1].Line - 1 : int.MaxValue));
            }
        }
        return ranges;
    }

    /// <summary>
    /// An appendix's pages as they stream past: counted, and its own lines hashed (a page may also hold the end of the
    /// appendix before), so a changed appendix can be told apart.
    /// </summary>
    private sealed class EnclosurePages(PrintedEnclosure printed) : IDisposable
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public PrintedEnclosure Printed => printed;

        public int Count { get; private set; }

        public void Take(PackPage page)
        {
            if (page.FirstLine <= printed.LastLine && page.LastLine >= printed.FirstLine)
            {
                // A page's text holds one line per pack line, from its first.
                var lines = page.Text.Split('\n');
                for (var n = Math.Max(page.FirstLine, printed.FirstLine); n <= Math.Min(page.LastLine, printed.LastLine) && n - page.FirstLine < lines.Length; n++)
                {
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes(lines[n - page.FirstLine] + "\n"));
                }
                Count++;
            }
        }

        public string Sha256() => Convert.ToHexStringLower(hash.GetHashAndReset());

        public void Dispose() => hash.Dispose();
    }

    private static string Describe(ExtractionWarning warning)
    {
        var where = (warning.Line, warning.Page) switch
        {
            ({ } line, { } page) => $" (line {line}, page {page})",
            ({ } line, null) => $" (line {line})",
            _ => "",
        };
        return $"{warning.Code}: {warning.Message}{where}";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
