using NodaTime;
using NodaTime.Text;
using Quorum.Domain;

namespace Quorum.Search.Indexing;

/// <summary>
/// The public site's addresses that search hits link to. The web host's <c>SiteUrls</c> answers with these for the
/// same pages (this project cannot reference the web host), so the index and the pages spell them alike.
/// </summary>
public static class PublicLinks
{
    public static string Meeting(LocalDate date, Slug committee) => $"/meetings/{LocalDatePattern.Iso.Format(date)}/{committee}";

    /// <summary>An agenda item's papers as HTML (the document view).</summary>
    public static string Item(LocalDate date, Slug committee, int number, string suffix = "") => $"{Meeting(date, committee)}/items/{number}{suffix}";

    /// <summary>The published agenda pack PDF.</summary>
    public static string Pack(LocalDate date, Slug committee) => $"{Meeting(date, committee)}/agenda.pdf";

    public static string Committee(Slug slug) => $"/committees/{slug}";

    public static string Person(Slug slug) => $"/people/{slug}";

    /// <summary>An executive decision notice.</summary>
    public static string ExecutiveDecision(Guid id) => $"/decisions/executive/{id}";
}
