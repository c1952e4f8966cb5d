using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Publishing.Packs;

namespace Quorum.Application.Agendas;

/// <summary>
/// The published agenda packs on disk, as the public site reads them: <c>{Documents:Packs}/{yyyy-MM-dd}-{committee}.pdf</c>
/// and <c>-supplementary.pdf</c> beside it, written when the agenda is published (or, for meetings published
/// without a file, by <see cref="MissingPacks"/> at start-up). Reading only: a public request never builds a pack,
/// writes to the store or raises a publication. The Part II pack lives under <c>members/</c>, which nothing here serves.
/// </summary>
public sealed class PackFiles(PackFolder folder)
{
    private readonly PackFolder _folder = folder;

    public string? PackFor(LocalDate date, Domain.Slug committee) => Existing(_folder.PathFor(date, committee, PackKind.Main));

    public string? SupplementaryPackFor(LocalDate date, Domain.Slug committee) => Existing(_folder.PathFor(date, committee, PackKind.Supplementary));

    /// <summary>The public pack of a meeting whose agenda is published, when its file is there; null otherwise.</summary>
    public string? PublicPack(Meeting meeting) => meeting.AgendaPublishedOn is null ? null : PackFor(meeting.Date, meeting.Committee!.Slug);

    /// <summary>The supplementary pack of a published agenda, when one was published.</summary>
    public string? SupplementaryPack(Meeting meeting) => meeting.AgendaPublishedOn is null ? null : SupplementaryPackFor(meeting.Date, meeting.Committee!.Slug);

    /// <summary>A stored file of the pack store (a versioned pack), or null when it is not there.</summary>
    public string? Stored(string fileName) => Existing(Path.Combine(_folder.Root, Path.GetFileName(fileName)));


    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
