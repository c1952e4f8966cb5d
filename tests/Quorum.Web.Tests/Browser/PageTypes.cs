namespace Quorum.Web.Tests.Browser;

/// <summary>One address of every kind of public page, named for its screenshot files.</summary>
public static class PageTypes
{
    public static readonly TheoryData<string, string> All = new()
    {
        { "home", "/" },
        { "calendar-month", "/calendar?month=2017-10" },
        { "calendar-list", "/calendar?view=list&year=2017" },
        { "committees", "/committees" },
        { "committee", "/committees/overview-and-scrutiny" },
        { "meeting", "/meetings/2017-09-19/overview-and-scrutiny" },
        { "meeting-upcoming", "/meetings/2017-10-04/corporate-parenting-panel" },
        { "document", "/meetings/2017-09-19/overview-and-scrutiny/items/3" },
        { "people", "/people" },
        { "person", "/people/jerry-miles" },
        { "decisions", "/decisions" },
        { "search", "/search?q=community+safety" },
        { "search-filtered", "/search?committee=overview-and-scrutiny&sort=date" },
        { "search-error", "/search?q=safety&from=yesterday" },
        { "not-found", "/committees/no-such-committee" },
        { "bad-request", "/decisions?from=yesterday" },
    };
}
