using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Outcomes;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>A committee page carries its action tracker, as councils print it, with overdue actions highlighted.</summary>
public sealed partial class CommitteeActionTrackerTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task The_committee_page_lists_actions_from_published_minutes_with_overdue_ones_first_and_highlighted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        var board = await db.Committees.SingleAsync(c => c.Slug == new Slug("health-and-wellbeing-board"), ct);
        var actions = await db.ActionPoints.Where(a => db.Minutes.Any(m => m.Id == a.MinuteId && m.CommitteeId == board.Id && m.Meeting!.MinutesPublishedOn != null))
            .ToListAsync(ct);
        var overdue = actions.Where(a => a.Status != ActionStatus.Complete && a.DueOn < DemoSite.Today).ToList();
        Assert.NotEmpty(overdue);

        var html = await site.Client.GetStringAsync("/committees/health-and-wellbeing-board", ct);
        Assert.Contains("<h2 class=\"govuk-heading-m\" id=\"actions\">Action tracker</h2>", html);
        Assert.Contains($"{actions.Count} actions from published minutes, {overdue.Count} overdue.", html);
        var rows = Row().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(actions.Count, rows.Count);
        // Open actions come first by due date, so the overdue ones (due before today) lead the table.
        Assert.All(rows.Take(overdue.Count), r => Assert.Contains("quorum-overdue", r, StringComparison.Ordinal));
        Assert.Equal(overdue.Count, rows.Count(r => r.Contains("quorum-overdue", StringComparison.Ordinal)));
        Assert.Equal(overdue.Count, Regex.Count(html, "govuk-tag--red\">Overdue<"));
    }

    [GeneratedRegex("<tr class=\"(govuk-table__row[^\"]*)\">\\s*<td class=\"govuk-table__cell\"[^>]*>\\d+\\. ")]
    private static partial Regex Row();
}
