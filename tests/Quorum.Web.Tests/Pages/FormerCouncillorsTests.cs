using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>
/// A councillor whose term has ended (an election recorded, a resignation) is listed apart as a former councillor,
/// with the day the term ended, and the person page says so; their record stays public.
/// </summary>
public sealed class FormerCouncillorsTests(SiteHost site) : IClassFixture<SiteHost>
{
    [Fact]
    public async Task A_councillor_whose_term_ended_is_listed_as_former_with_the_day_and_still_has_a_page()
    {
        var ct = TestContext.Current.CancellationToken;
        string slug;
        await using (var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock))
        {
            var almond = (await db.People.ToListAsync(ct)).Single(p => p.FullName == "Richard Almond");
            almond.CouncillorUntil = new LocalDate(2017, 5, 4);
            slug = almond.Slug.Value;
            await db.SaveChangesAsync(ct);
        }

        var people = await site.Client.GetStringAsync("/people", ct);
        var table = people[..people.IndexOf("Former councillors", StringComparison.Ordinal)];
        Assert.DoesNotContain("Richard Almond", table, StringComparison.Ordinal);
        Assert.Contains("Richard Almond</a>, councillor until 4 May 2017", people, StringComparison.Ordinal);
        Assert.Contains("Former councillor (until 4 May 2017)", await site.Client.GetStringAsync($"/people/{slug}", ct), StringComparison.Ordinal);
    }
}
