using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Quorum.Web.Api.Documents;

/// <summary>What is known about a stored document's bytes.</summary>
public sealed record StoredDocument(string Path, long Size, string Sha512, string? Text);

/// <summary>
/// Published documents (report enclosures) kept by content: <c>{root}/{sha256}</c> holds the bytes and an
/// optional <c>{sha256}.txt</c> beside it the extracted text. Addressing by hash means a replaced enclosure is a
/// new file and an old link can never serve different bytes. The root is <c>OpenData:DocumentRoot</c>. Enclosures
/// uploaded or written on the staff side live in the pack builder's store (<c>Documents:Store</c>) at their
/// recorded storage path; those are found there first.
/// </summary>
public sealed class DocumentStore(string root, string? enclosureRoot = null)
{
    // SHA-512 is what OParl 1.1 asks for; computing it once per file keeps list pages fast.
    private readonly ConcurrentDictionary<string, StoredDocument?> known = new();

    private readonly string? enclosures = enclosureRoot is null ? null : System.IO.Path.GetFullPath(enclosureRoot);

    public string Root { get; } = root;

    /// <summary>The document with this SHA-256, at <paramref name="storagePath"/> in the enclosure store when it has one.</summary>
    public StoredDocument? Find(string sha256, string? storagePath = null)
    {
        var key = storagePath is null ? sha256 : $"{sha256}:{storagePath}";
        if (known.TryGetValue(key, out var found))
        {
            return found;
        }
        found = Read(sha256, storagePath);
        // A missing file is not remembered: a demo enclosure is drawn when its pack is first built.
        if (found is not null)
        {
            known[key] = found;
        }
        return found;
    }

    private StoredDocument? Read(string sha256, string? storagePath)
    {
        if (enclosures is not null && storagePath is not null)
        {
            var stored = System.IO.Path.GetFullPath(System.IO.Path.Combine(enclosures, storagePath));
            // A stored path is data; it must not reach outside the store.
            if (stored.StartsWith(enclosures + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(stored))
            {
                return Describe(stored);
            }
        }
        // The hash comes from our own database, but never let it name a path outside the root.
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            return null;
        }
        var path = System.IO.Path.Combine(Root, sha256);
        return File.Exists(path) ? Describe(path) : null;
    }

    private static StoredDocument Describe(string path)
    {
        using var stream = File.OpenRead(path);
        var sha512 = Convert.ToHexStringLower(SHA512.HashData(stream));
        var textPath = path + ".txt";
        return new StoredDocument(path, stream.Length, sha512, File.Exists(textPath) ? File.ReadAllText(textPath) : null);
    }

    /// <summary>Adds a document's bytes (and text) to the store, returning its SHA-256.</summary>
    public async Task<string> AddAsync(byte[] content, string? text, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Root);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        await File.WriteAllBytesAsync(System.IO.Path.Combine(Root, sha256), content, cancellationToken);
        if (text is not null)
        {
            await File.WriteAllTextAsync(System.IO.Path.Combine(Root, sha256 + ".txt"), text, cancellationToken);
        }
        known.TryRemove(sha256, out _);
        return sha256;
    }

    public static string MimeType(string fileName) => System.IO.Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".html" or ".htm" => "text/html",
        ".txt" => "text/plain",
        ".csv" => "text/csv",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
