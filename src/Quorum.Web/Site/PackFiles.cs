using NodaTime;
using NodaTime.Text;

namespace Quorum.Web.Site;

/// <summary>
/// The published agenda packs (Part I PDFs) on disk: <c>{Documents:Packs}/{yyyy-MM-dd}-{committee}.pdf</c>, written
/// by pack publishing. The site links to a pack, and to an item's first page in it, only when the file exists.
/// </summary>
public sealed class PackFiles(IConfiguration configuration, IWebHostEnvironment environment)
{
    private readonly string _folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["Documents:Packs"] ?? "packs"));

    public string? PackFor(LocalDate date, Domain.Slug committee)
    {
        var path = Path.Combine(_folder, $"{LocalDatePattern.Iso.Format(date)}-{committee}.pdf");
        return File.Exists(path) ? path : null;
    }
}
