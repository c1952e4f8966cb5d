using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>A Cabinet whose agenda prints items 10a and 10b, as an imported pack stores them.</summary>
public sealed class SubItemSite : SiteHost
{
    public static readonly LocalDate On = new(2017, 9, 20);

    public Guid ItemB { get; private set; }

    protected override async Task SeedMoreAsync(QuorumDbContext db)
    {
        var cabinet = await db.Committees.SingleAsync(c => c.Slug == new Slug("cabinet"));
        var meeting = new Meeting { CommitteeId = cabinet.Id, Date = On, StartTime = new LocalTime(19, 30), AgendaPublishedOn = On.PlusDays(-8) };
        meeting.SetPlace("Committee Rooms 1 & 2, Harrow Civic Centre", null);
        db.Add(meeting);
        db.Add(new AgendaItem { MeetingId = meeting.Id, Number = 10, Suffix = "a", Title = "Pedlars' Certificates" });
        var b = new AgendaItem { MeetingId = meeting.Id, Number = 10, Suffix = "b", Title = "Street Collections" };
        db.Add(b);
        ItemB = b.Id;
        await db.SaveChangesAsync();
    }
}

/// <summary>Items printed "10a" and "10b" keep their numbers on the public pages and in OParl.</summary>
public sealed class SubItemTests(SubItemSite site) : IClassFixture<SubItemSite>
{
    private async Task<string> GetAsync(string path)
    {
        using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return body;
    }

    [Fact]
    public async Task The_meeting_page_item_pages_and_oparl_show_10a_and_10b()
    {
        var meeting = await GetAsync("/meetings/2017-09-20/cabinet");
        Assert.Contains("10a. Pedlars&#x27; Certificates", meeting, StringComparison.Ordinal);
        Assert.Contains("10b. Street Collections", meeting, StringComparison.Ordinal);
        Assert.True(meeting.IndexOf("10a.", StringComparison.Ordinal) < meeting.IndexOf("10b.", StringComparison.Ordinal));

        var item = await GetAsync("/meetings/2017-09-20/cabinet/items/10b");
        Assert.Contains("item 10b", item, StringComparison.Ordinal);
        Assert.Contains("Street Collections", item, StringComparison.Ordinal);
        using var missing = await site.Client.GetAsync("/meetings/2017-09-20/cabinet/items/10", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var oparl = JsonNode.Parse(await GetAsync($"/oparl/v1.1/agenda-items/{site.ItemB}"))!;
        Assert.Equal("10b", oparl["number"]!.GetValue<string>());

        // A search result opens the meeting at the item as printed, whose anchor the meeting page carries.
        var search = JsonNode.Parse(await GetAsync("/api/search?q=pedlars"))!;
        Assert.Contains(search["results"]!.AsArray(), r => r!["url"]!.GetValue<string>() == "/meetings/2017-09-20/cabinet#item-10a");
        Assert.Contains("id=\"item-10a\"", meeting, StringComparison.Ordinal);
    }
}
