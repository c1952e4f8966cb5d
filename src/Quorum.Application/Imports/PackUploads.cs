using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NodaTime;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Publication;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;
using Quorum.Search.Indexing;

namespace Quorum.Application.Imports;

/// <summary>The largest pack the staff page takes: <c>Imports:MaxPackMegabytes</c> (20 by default).</summary>
public sealed record PackUploadRules(long MaxBytes)
{
    public static PackUploadRules From(IConfiguration configuration) =>
        new(configuration.GetValue("Imports:MaxPackMegabytes", 20L) * 1024 * 1024);

    public string MaxText => $"{MaxBytes / (1024 * 1024)} MB";
}

/// <summary>An uploaded pack waiting for the clerk's confirmation: kept under <see cref="Id"/>, never under its own name.</summary>
public sealed record StagedPack(Guid Id, string FileName, long SizeBytes, Guid CouncilId, string UploadedBy);

/// <summary>What confirming an upload did, and the meeting's public page when the pack was stored.</summary>
public sealed record ImportedPapers(PackImportResult Result, string? Body, LocalDate? Date, string? MeetingPage);

/// <summary>What the uploaded file was refused for, in the importer's words, naming the file.</summary>
public sealed class PackUploadRefusedException(string message) : Exception(message);

/// <summary>
/// The staff page's way in for a council's past papers: an upload is checked, kept in the document store under a
/// random name (<c>imports/{id}.pack</c>, beside its details), read by the importer for a preview, and only on the
/// clerk's confirmation stored through <see cref="PackImporter"/> — the same service, transaction and publication as
/// <c>quorum import</c> — then let go. An upload never confirmed is let go after a day.
/// </summary>
public sealed partial class PackUploads(DatabaseSettings settings, IClock clock, PublicationEvents publication, DocumentStore documents, PackUploadRules rules)
{
    private static readonly Duration KeptFor = Duration.FromDays(1);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string folder = Path.Combine(documents.Root, "imports");

    public PackUploadRules Rules => rules;

    /// <summary>
    /// Keeps an upload and reads it; throws <see cref="PackUploadRefusedException"/> naming the file when it is empty,
    /// too big, not text or PDF, has no text, is not a pack or names no meeting, and then nothing is kept.
    /// </summary>
    public async Task<(StagedPack Upload, PackPreview Preview)> StageAsync(Stream content, string uploadedName, long length, Guid councilId, string uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var fileName = FileNameOf(uploadedName);
        if (length > rules.MaxBytes)
        {
            // The importer's words for a pack over its limit, before a byte of it is kept.
            throw new PackUploadRefusedException($"{fileName}: the file is {length / (1024.0 * 1024):0.0} MB; packs over {rules.MaxText} are refused.");
        }
        Directory.CreateDirectory(folder);
        SweepAbandoned();
        var upload = new StagedPack(Guid.NewGuid(), fileName, length, councilId, uploadedBy);
        var path = PackPath(upload.Id);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            await content.CopyToAsync(file, cancellationToken);
        }
        try
        {
            var preview = await ReadAsync(upload, cancellationToken);
            await File.WriteAllTextAsync(DetailsPath(upload.Id), JsonSerializer.Serialize(upload, Json), cancellationToken);
            return (upload, preview);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>An upload of this council that is still waiting, read again; null when it was imported, abandoned or is another council's.</summary>
    public async Task<(StagedPack Upload, PackPreview Preview)?> FindAsync(Guid id, Guid councilId, CancellationToken cancellationToken)
    {
        if (await UploadAsync(id, councilId, cancellationToken) is not { } upload)
        {
            return null;
        }
        try
        {
            return (upload, await ReadAsync(upload, cancellationToken));
        }
        catch (PackUploadRefusedException)
        {
            Discard(id);
            return null;
        }
    }

    /// <summary>
    /// Imports a waiting upload into the council through <see cref="PackImporter"/> (one transaction, announced to the
    /// public site and search, audited under <paramref name="importedBy"/>) and lets the upload go; null when it is no
    /// longer waiting.
    /// </summary>
    public async Task<ImportedPapers?> ImportAsync(Guid id, Guid councilId, string importedBy, CancellationToken cancellationToken)
    {
        if (await UploadAsync(id, councilId, cancellationToken) is not { } upload)
        {
            return null;
        }
        var importer = new PackImporter(settings, clock, publication) { CouncilId = councilId, ImportedBy = importedBy };
        var result = await importer.ImportAsync(PackPath(id), upload.FileName, cancellationToken);
        Discard(id);
        if (result.MeetingId is not { } meetingId)
        {
            return new ImportedPapers(result, null, null, null);
        }
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m.Date, c.Name, c.Slug })
            .SingleAsync(cancellationToken);
        return new ImportedPapers(result, meeting.Name, meeting.Date, PublicLinks.Meeting(meeting.Date, meeting.Slug));
    }

    /// <summary>Lets a waiting upload go without importing it.</summary>
    public async Task<StagedPack?> AbandonAsync(Guid id, Guid councilId, CancellationToken cancellationToken)
    {
        var upload = await UploadAsync(id, councilId, cancellationToken);
        if (upload is not null)
        {
            Discard(id);
        }
        return upload;
    }

    /// <summary>
    /// The uploader's name for the file without any folder, control characters or characters a file name cannot hold,
    /// at most 200 characters. It is shown and stored as the pack's name; the file system only ever sees the id.
    /// </summary>
    public static string FileNameOf(string? uploadedName)
    {
        var name = (uploadedName ?? "").Replace('\\', '/').Split('/')[^1];
        name = string.Concat(name.Where(c => !char.IsControl(c)).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '-' : c)).Trim();
        return name.Length == 0 ? "pack" : name.Length > 200 ? name[..200] : name;
    }

    private async Task<PackPreview> ReadAsync(StagedPack upload, CancellationToken cancellationToken)
    {
        var path = PackPath(upload.Id);
        ExtractedPack pack;
        string format;
        try
        {
            format = PackReader.Detect(path, rules.MaxBytes) == PaperFormat.Pdf ? "PDF" : "Text";
            pack = PackExtractor.Extract(path, rules.MaxBytes);
        }
        catch (Exception ex) when (ex is ImportException or IOException)
        {
            throw new PackUploadRefusedException(Named(ex.Message, path, upload.FileName));
        }
        if (pack.Meeting is not { Committee.Length: > 0, Date: not null })
        {
            // As the importer would refuse it on confirmation, before the clerk is asked to confirm.
            throw new PackUploadRefusedException($"{upload.FileName}: the pack names no meeting (committee and date); nothing was imported.");
        }
        var sha = await HashAsync(path, cancellationToken);
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var before = await db.ImportedPacks.AsNoTracking().Where(p => p.ContentHash == sha && p.CouncilId == upload.CouncilId)
            .Select(p => new ImportedBefore(p.FileName, p.Created))
            .FirstOrDefaultAsync(cancellationToken);
        // The importer finds the body by its slug among the council's own, or adds it: say which before it does.
        var slug = Slug.From(string.Join(' ', pack.Meeting.Committee.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var existing = await db.Committees.AsNoTracking().Where(c => c.CouncilId == upload.CouncilId && c.Slug == slug)
            .Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        return PackPreview.Of(pack, format, before, existing);
    }

    private async Task<StagedPack?> UploadAsync(Guid id, Guid councilId, CancellationToken cancellationToken)
    {
        var details = DetailsPath(id);
        if (!File.Exists(details) || !File.Exists(PackPath(id)))
        {
            return null;
        }
        var upload = JsonSerializer.Deserialize<StagedPack>(await File.ReadAllTextAsync(details, cancellationToken), Json);
        // Another council's upload is not this council's to see or import.
        return upload is not null && upload.CouncilId == councilId ? upload : null;
    }

    private void Discard(Guid id)
    {
        File.Delete(PackPath(id));
        File.Delete(DetailsPath(id));
    }

    /// <summary>Uploads nobody confirmed or abandoned (a closed tab) are let go after a day.</summary>
    private void SweepAbandoned()
    {
        // Files carry the machine's time, not the council's clock.
        var cutoff = DateTime.UtcNow - KeptFor.ToTimeSpan();
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>The importer names the file by the path it read; the clerk knows it by the name it was uploaded under.</summary>
    private static string Named(string message, string path, string fileName)
    {
        var named = message.Replace(path, fileName, StringComparison.Ordinal).Replace(Path.GetFileName(path), fileName, StringComparison.Ordinal);
        return OneLine().Replace(named.StartsWith(fileName, StringComparison.Ordinal) ? named : $"{fileName}: {named}", " ");
    }

    // Ids only: the file system never sees a name from the uploader.
    private string PackPath(Guid id) => Path.Combine(folder, id.ToString("N") + ".pack");

    private string DetailsPath(Guid id) => Path.Combine(folder, id.ToString("N") + ".json");

    [GeneratedRegex(@"\s*[\r\n]+\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OneLine();
}
