using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Quorum.Application.Documents;
using UglyToad.PdfPig;

namespace Quorum.Application.Reports;

/// <summary>Upload limits for enclosures: <c>Documents:MaxEnclosureMegabytes</c> (20 by default).</summary>
public sealed record EnclosureRules(long MaxBytes)
{
    public static EnclosureRules From(IConfiguration configuration) =>
        new(configuration.GetValue("Documents:MaxEnclosureMegabytes", 20L) * 1024 * 1024);

    /// <summary>Titles are printed on the cover sheet and in the pack's contents; longer ones are refused.</summary>
    public const int MaxTitleLength = 500;

    public string MaxText => $"{MaxBytes / (1024 * 1024)} MB";

    /// <summary>
    /// The name an enclosure is listed and downloaded under: the uploader's name without its folder, characters
    /// that cannot be in a file name replaced, at most 120 characters, and always ending in ".pdf", since every
    /// enclosure is a checked PDF whatever the uploaded name said (a name ending in ".html" must not make a
    /// browser read it as a page).
    /// </summary>
    public static string FileNameFor(string uploadedName)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(uploadedName ?? "").Replace('\\', '/').Split('/')[^1]);
        name = string.Concat(name.Where(c => !char.IsControl(c)).Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or ';' ? '-' : c)).Trim();
        if (name.Length > 120)
        {
            name = name[..120];
        }
        return (name.Length == 0 ? "enclosure" : name) + ".pdf";
    }

    /// <summary>The title as given, trimmed; throws <see cref="EnclosureRejectedException"/> when it is too long.</summary>
    public static string CheckTitle(string title)
    {
        title = title.Trim();
        return title.Length <= MaxTitleLength
            ? title
            : throw new EnclosureRejectedException($"The enclosure's title is {title.Length:N0} characters; it must be {MaxTitleLength} characters or fewer.");
    }
}

/// <summary>A checked upload: its path in the document store, page count and SHA-256.</summary>
public sealed record StoredEnclosure(string StoragePath, int PageCount, string Sha256);

/// <summary>
/// Checks uploaded enclosures and keeps them in the pack builder's document store (<c>Documents:Store</c>) under
/// <c>uploads/</c>, named by
/// the SHA-256 of their bytes: a file is never overwritten, so what a published pack was built from stays exactly
/// as it was cleared.
/// </summary>
public sealed class EnclosureStore(DocumentStore documents, EnclosureRules rules)
{
    private readonly string root = documents.Root;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <summary>Checks and stores an upload; the message of the exception says what was wrong, for the form to show.</summary>
    public async Task<StoredEnclosure> SaveAsync(Stream content, string fileName, long length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length == 0)
        {
            throw new EnclosureRejectedException($"'{fileName}' is empty. Choose a PDF file.");
        }
        if (length > rules.MaxBytes)
        {
            throw new EnclosureRejectedException($"'{fileName}' is {length / (1024.0 * 1024):0.0} MB; enclosures must be {rules.MaxText} or smaller.");
        }
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return await SaveAsync(buffer.ToArray(), fileName, cancellationToken);
    }

    /// <summary>Checks and stores a PDF made here (an enclosure written in the editor) or read from an upload.</summary>
    public async Task<StoredEnclosure> SaveAsync(byte[] bytes, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > rules.MaxBytes)
        {
            throw new EnclosureRejectedException($"'{fileName}' is {bytes.LongLength / (1024.0 * 1024):0.0} MB; enclosures must be {rules.MaxText} or smaller.");
        }
        // The name and the browser's content type are the uploader's say-so; the first bytes are the file's.
        if (!bytes.AsSpan().StartsWith(PdfMagic))
        {
            throw new EnclosureRejectedException($"'{fileName}' is not a PDF. Enclosures must be PDF files; save the document as PDF and upload that.");
        }
        int pages;
        string? active;
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            pages = pdf.NumberOfPages;
            active = PdfActiveContent.Find(pdf, bytes);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new EnclosureRejectedException($"'{fileName}' starts like a PDF but cannot be read ({ex.Message}). Save it again as PDF and upload that.");
        }
        if (pages < 1)
        {
            throw new EnclosureRejectedException($"'{fileName}' has no pages.");
        }
        if (active is not null)
        {
            throw new EnclosureRejectedException($"'{fileName}' contains {active}, which a published council paper must not carry. Save it again as a plain PDF (for example \"Print to PDF\") and upload that.");
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var relative = $"uploads/{sha}.pdf";
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            var temp = path + ".uploading";
            await File.WriteAllBytesAsync(temp, bytes, cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        return new StoredEnclosure(relative, pages, sha);
    }
}

public sealed class EnclosureRejectedException(string message) : Exception(message);
