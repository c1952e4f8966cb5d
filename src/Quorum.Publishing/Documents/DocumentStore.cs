using Quorum.Domain.Reports;

namespace Quorum.Publishing.Documents;

/// <summary>
/// The folder where uploaded enclosures are kept, each at its <see cref="Enclosure.StoragePath"/>. The demo
/// council's enclosures are drawn into the store the first time a pack needs them (<see cref="DemoEnclosures"/>),
/// when <paramref name="drawDemoEnclosures"/> is on; any other missing file is an error naming the enclosure.
/// </summary>
public sealed class DocumentStore(string root, bool drawDemoEnclosures = false)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The enclosure's file on disk, drawing a missing demo enclosure first.</summary>
    public string PathOf(Enclosure enclosure, string item)
    {
        ArgumentNullException.ThrowIfNull(enclosure);
        if (enclosure.StoragePath is not { } relative)
        {
            throw new MissingEnclosureException($"{item}: enclosure '{enclosure.Title}' has no uploaded file yet.");
        }
        var path = Path.GetFullPath(Path.Combine(Root, relative));
        // A stored path is data; it must not reach outside the store.
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{item}: enclosure '{enclosure.Title}' has a storage path outside the document store ({relative}).");
        }
        if (!File.Exists(path) && drawDemoEnclosures && DemoEnclosures.IsDemo(relative))
        {
            DemoEnclosures.Draw(enclosure, path);
        }
        if (!File.Exists(path))
        {
            throw new MissingEnclosureException($"{item}: enclosure '{enclosure.Title}' is missing from the document store ({path}).");
        }
        return path;
    }
}

/// <summary>A pack cannot be made because an enclosure it carries has no file; the message names the item, enclosure and path.</summary>
public sealed class MissingEnclosureException(string message) : Exception(message);
