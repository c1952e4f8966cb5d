namespace Quorum.Web.Tests.Browser;

/// <summary>One address of every kind of public page on the demo council, named for its screenshot files.</summary>
public static class PageTypes
{
    public static readonly TheoryData<string, string> All = new()
    {
        { "home", "/" },
        { "calendar-month", "/calendar?month=2026-11" },
        { "calendar-list", "/calendar?view=list&year=2026" },
        { "committees", "/committees" },
        { "committee", "/committees/health-and-wellbeing-board" },
        { "meeting", "/meetings/2026-11-03/overview-and-scrutiny-committee" },
        { "meeting-upcoming", "/meetings/2026-11-25/planning-committee" },
        { "document", "/meetings/2026-11-03/overview-and-scrutiny-committee/items/7" },
        { "people", "/people" },
        { "person", "/people/anjana-henson" },
        { "decisions", "/decisions" },
        { "search", "/search?q=revenue+budget" },
        { "search-filtered", "/search?committee=overview-and-scrutiny-committee&sort=date" },
        { "search-error", "/search?q=safety&from=yesterday" },
        { "not-found", "/committees/no-such-committee" },
        { "bad-request", "/decisions?from=yesterday" },
    };
}
