using NodaTime;
using NodaTime.Text;
using Quorum.Domain;
using Quorum.Publishing.Packs;

namespace Quorum.Application.Agendas;

/// <summary>
/// Where published packs are kept, and the one rule for their file names: <c>{folder}/{yyyy-MM-dd}-{committee}.pdf</c>
/// for the public pack (the name the site has always served), <c>-supplementary</c> beside it, each published version
/// as <c>.v{n}.pdf</c>, printed minutes as <c>-minutes-{hash}.pdf</c>, and the Part II pack under <c>members/</c>,
/// which no public address serves.
/// </summary>
public sealed class PackFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The name every file of a meeting starts with: its date and the body's address name.</summary>
    public static string Stem(LocalDate date, Slug committee) => $"{LocalDatePattern.Iso.Format(date)}-{committee}";

    public string PathFor(LocalDate date, Slug committee, PackKind kind)
    {
        var name = Stem(date, committee);
        return kind switch
        {
            PackKind.Main => Path.Combine(Root, name + ".pdf"),
            PackKind.Supplementary => Path.Combine(Root, name + "-supplementary.pdf"),
            PackKind.PartII => Path.Combine(Root, "members", name + "-part-ii.pdf"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pack kind."),
        };
    }

    /// <summary>The numbered copy kept of each published version of the public pack.</summary>
    public string VersionPath(LocalDate date, Slug committee, int version) => Path.Combine(Root, $"{Stem(date, committee)}.v{version}.pdf");

    /// <summary>Printed minutes, named by a hash of their text so that amended minutes get a fresh file.</summary>
    public string MinutesPath(LocalDate date, Slug committee, string textHash) => Path.Combine(Root, $"{Stem(date, committee)}-minutes-{textHash}.pdf");

    /// <summary>The file name offered when the Part II pack is downloaded.</summary>
    public static string PartIIDownloadName(LocalDate date, Slug committee) => $"{Stem(date, committee)}-part-ii.pdf";

    /// <summary>Whether the public pack of a meeting is on disk.</summary>
    public bool HasPublicPack(LocalDate date, Slug committee) => File.Exists(PathFor(date, committee, PackKind.Main));

    /// <summary>Writes beside the target and moves into place, so a reader never sees half a pack.</summary>
    public static async Task WriteAsync(string path, byte[] pdf, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, pdf, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
