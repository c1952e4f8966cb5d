using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

public abstract partial class TwoCouncilsTests
{
    [Fact]
    public async Task A_councils_OParl_never_lists_or_answers_the_other_councils_tombstones()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        var wendlow = site.WendlowCouncil;
        var person = wendlow.Person("Tomas Reedbank").Id;
        var body = wendlow.Committee("Cabinet").Id;
        Guid seat;
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            var withdrawn = site.Clock.GetCurrentInstant();
            var stored = await db.Memberships.FirstAsync(m => m.CommitteeId == body && m.PersonId == person, Cancel);
            seat = stored.Id;
            stored.MarkDeleted(withdrawn);
            (await db.People.FirstAsync(p => p.Id == person, Cancel)).MarkDeleted(withdrawn);
            (await db.Committees.FirstAsync(c => c.Id == body, Cancel)).MarkDeleted(withdrawn);
            await db.SaveChangesAsync(Cancel);
        }
        const string since = "?modified_since=2000-01-01T00:00:00Z";
        var lists = new Func<Guid, string>[]
        {
            council => $"/oparl/v1.1/bodies/{council}/people{since}",
            council => $"/oparl/v1.1/bodies/{council}/organizations{since}",
            council => $"/oparl/v1.1/bodies/{council}/memberships{since}",
        };
        var tombstones = new[] { person, body, seat }.Select(id => id.ToString()).ToList();

        // Wendlow's own OParl lists and answers them as deleted, so the check below is not vacuous.
        using var onWendlow = site.ClientFor(TwoCouncilsSite.WendlowHost);
        var wendlowLists = string.Concat(await Task.WhenAll(lists.Select(l => onWendlow.GetStringAsync(l(wendlow.Council.Id), Cancel))));
        Assert.All(tombstones, id => Assert.Contains(id, wendlowLists, StringComparison.Ordinal));
        Assert.Contains("\"deleted\":true", await onWendlow.GetStringAsync($"/oparl/v1.1/people/{person}", Cancel), StringComparison.Ordinal);

        using var onHarrow = site.ClientFor(TwoCouncilsSite.HarrowHost);
        var harrowLists = string.Concat(await Task.WhenAll(lists.Select(l => onHarrow.GetStringAsync(l(site.HarrowCouncil.Council.Id), Cancel))));
        Assert.All(tombstones, id => Assert.DoesNotContain(id, harrowLists, StringComparison.Ordinal));
        foreach (var path in new[] { $"/oparl/v1.1/people/{person}", $"/oparl/v1.1/organizations/{body}", $"/oparl/v1.1/memberships/{seat}" })
        {
            using var answer = await onHarrow.GetAsync(path, Cancel);
            Assert.True(answer.StatusCode == HttpStatusCode.NotFound, $"{path} of Wendlow answered {(int)answer.StatusCode} on Harrow's host");
        }
    }
}
