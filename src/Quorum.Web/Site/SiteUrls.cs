using NodaTime;
using Quorum.Search.Indexing;

namespace Quorum.Web.Site;

/// <summary>
/// The site's stable, readable addresses, in one place so pages, the sitemap and tests agree. The addresses search
/// hits also link to are <see cref="PublicLinks"/>'s, so the index and the pages cannot spell them differently.
/// </summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Calendar = "/calendar";
    public const string Committees = "/committees";
    public const string People = "/people";
    public const string Decisions = "/decisions";
    public const string Search = "/search";
    public const string ForwardPlan = "/forward-plan";

    public static string PlannedDecision(int number) => $"{ForwardPlan}/{number}";

    public static string Committee(Domain.Slug slug) => PublicLinks.Committee(slug);

    public static string Meeting(LocalDate date, Domain.Slug committeeSlug) => PublicLinks.Meeting(date, committeeSlug);

    /// <summary>An agenda item's papers as HTML (the document view).</summary>
    /// <remarks>The suffix keeps items printed "10a" and "10b" at addresses of their own.</remarks>
    public static string Item(LocalDate date, Domain.Slug committeeSlug, int number, string suffix = "") => PublicLinks.Item(date, committeeSlug, number, suffix);

    public static string Person(Domain.Slug slug) => PublicLinks.Person(slug);

    /// <summary>The member's register of interests with its history (ended and replaced entries).</summary>
    public static string Interests(Domain.Slug slug) => $"/people/{slug}/interests";

    public const string ExecutiveDecisions = "/decisions/executive";

    public static string ExecutiveDecision(Guid id) => $"{ExecutiveDecisions}/{id}";

    public static string CalendarMonth(YearMonth month, Domain.Slug? committeeSlug = null, bool list = false)
    {
        var query = $"?month={month.Year:D4}-{month.Month:D2}";
        if (list)
        {
            query += "&view=list";
        }
        if (committeeSlug is not null)
        {
            query += "&committee=" + committeeSlug;
        }
        return Calendar + query;
    }
}
