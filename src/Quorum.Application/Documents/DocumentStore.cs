using System.Collections.Concurrent;
using System.Security.Cryptography;
using Quorum.Domain.Reports;

namespace Quorum.Application.Documents;

/// <summary>What is known about a stored document's bytes.</summary>
public sealed record StoredDocument(string Path, long Size, string Sha512, string? Text);

/// <summary>
/// Draws an enclosure's file when the store does not hold it (the demo council records its appendices without
/// files and draws each the first time a pack needs it). Returns false for an enclosure it does not know.
/// </summary>
public interface IMissingEnclosureSource
{
    bool TryDraw(Enclosure enclosure, string path);
}

/// <summary>
/// The one store of documents, for the pack builder and the open-data files alike. Enclosures uploaded or written
/// on the staff side are kept at their <see cref="Enclosure.StoragePath"/> under <see cref="Root"/>
/// (<c>Documents:Store</c>); documents added by content (<see cref="AddAsync"/>) are kept as <c>{sha256}</c> with an
/// optional <c>{sha256}.txt</c> of extracted text beside it, so a replaced document is a new file and an old link can
/// never serve different bytes. A stored path is data and is never allowed to reach outside the store.
/// </summary>
public sealed class DocumentStore(string root, IMissingEnclosureSource? missing = null, string? contentRoot = null)
{
    // SHA-512 is what OParl 1.1 asks for; computing it once per file keeps list pages fast.
    private readonly ConcurrentDictionary<string, StoredDocument?> known = new();

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Where documents added by content live; the enclosure root unless configured apart.</summary>
    public string ContentRoot { get; } = Path.GetFullPath(contentRoot ?? root);

    /// <summary>The enclosure's file on disk, drawing a missing one first when a source knows it.</summary>
    public string PathOf(Enclosure enclosure, string item)
    {
        ArgumentNullException.ThrowIfNull(enclosure);
        if (enclosure.StoragePath is not { } relative)
        {
            throw new MissingEnclosureException($"{item}: enclosure '{enclosure.Title}' has no uploaded file yet.");
        }
        var path = Inside(relative)
            ?? throw new InvalidOperationException($"{item}: enclosure '{enclosure.Title}' has a storage path outside the document store ({relative}).");
        if (!File.Exists(path))
        {
            missing?.TryDraw(enclosure, path);
        }
        if (!File.Exists(path))
        {
            throw new MissingEnclosureException($"{item}: enclosure '{enclosure.Title}' is missing from the document store ({path}).");
        }
        return path;
    }

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

    /// <summary>Adds a document's bytes (and text) to the store, returning its SHA-256.</summary>
    public async Task<string> AddAsync(byte[] content, string? text, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(ContentRoot);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        await File.WriteAllBytesAsync(Path.Combine(ContentRoot, sha256), content, cancellationToken);
        if (text is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(ContentRoot, sha256 + ".txt"), text, cancellationToken);
        }
        known.TryRemove(sha256, out _);
        return sha256;
    }

    private string? Inside(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relative));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    private StoredDocument? Read(string sha256, string? storagePath)
    {
        if (storagePath is not null && Inside(storagePath) is { } stored && File.Exists(stored))
        {
            return Describe(stored);
        }
        // The hash comes from our own database, but never let it name a path outside the root.
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            return null;
        }
        var path = Path.Combine(ContentRoot, sha256);
        return File.Exists(path) ? Describe(path) : null;
    }

    private static StoredDocument Describe(string path)
    {
        using var stream = File.OpenRead(path);
        var sha512 = Convert.ToHexStringLower(SHA512.HashData(stream));
        var textPath = path + ".txt";
        return new StoredDocument(path, stream.Length, sha512, File.Exists(textPath) ? File.ReadAllText(textPath) : null);
    }
}

/// <summary>A pack cannot be made because an enclosure it carries has no file; the message names the item, enclosure and path.</summary>
public sealed class MissingEnclosureException(string message) : Exception(message);
