using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>Public pages are served from the output cache until publishing evicts them.</summary>
public sealed class OutputCacheTests(SiteHost site) : IClassFixture<SiteHost>
{
    [Fact]
    public async Task Published_minutes_show_at_once_on_the_cached_meeting_and_home_pages()
    {
        var ct = TestContext.Current.CancellationToken;
        const string meeting = "/meetings/2017-09-21/cabinet";
        Assert.DoesNotContain("Minutes and decisions", await site.Client.GetStringAsync(meeting, ct));
        Assert.DoesNotContain("Quarter 1 accounts noted", await site.Client.GetStringAsync("/", ct));

        await using (var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock))
        {
            var cabinet = await db.Meetings.SingleAsync(m => m.Date == new LocalDate(2017, 9, 21), ct);
            cabinet.MinutesPublishedOn = new LocalDate(2017, 9, 25);
            var minute = new Domain.Outcomes.Minute { MeetingId = cabinet.Id, CommitteeId = cabinet.CommitteeId, Number = new Domain.Outcomes.MinuteNumber(301), Title = "Revenue and Capital Monitoring" };
            minute.Resolve(Domain.Outcomes.ResolutionKind.Noted, "Quarter 1 accounts noted.");
            db.Add(minute);
            await db.SaveChangesAsync(ct);
        }
        Assert.DoesNotContain("Minutes and decisions", await site.Client.GetStringAsync(meeting, ct));

        // What any publishing code does after it commits, through the web app's own registrations.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var cabinet = await scope.ServiceProvider.GetRequiredService<QuorumDbContext>().Meetings
                .Where(m => m.Date == new LocalDate(2017, 9, 21)).Select(m => new { m.Id, m.Committee!.CouncilId }).SingleAsync(ct);
            await scope.ServiceProvider.GetRequiredService<PublicationEvents>()
                .PublishedAsync(new PublishedChange(cabinet.CouncilId, cabinet.Id, PublishedContent.Minutes), ct);
        }

        Assert.Contains("Quarter 1 accounts noted.", await site.Client.GetStringAsync(meeting, ct));
        Assert.Contains("Quarter 1 accounts noted.", await site.Client.GetStringAsync("/", ct));
        // The decisions register is never cached.
        Assert.Contains("4 decisions", await site.Client.GetStringAsync("/decisions", ct));
    }

    [Fact]
    public async Task A_search_answer_is_kept_until_a_publication_has_reached_the_index_then_finds_the_new_words()
    {
        var ct = TestContext.Current.CancellationToken;
        const string search = "/api/search?q=heronsgate";
        const string page = "/search?q=heronsgate";
        Assert.Contains("\"total\":0", await site.Client.GetStringAsync(search, ct));
        Assert.Contains("heronsgate", await site.Client.GetStringAsync(page, ct));

        Guid meetingId;
        Guid councilId;
        await using (var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock))
        {
            // The Overview and Scrutiny meeting's minutes are published; a minute without a resolution changes no register.
            var scrutiny = await db.Meetings.Include(m => m.Committee).SingleAsync(m => m.Date == SiteHost.HeldOn, ct);
            (meetingId, councilId) = (scrutiny.Id, scrutiny.Committee!.CouncilId);
            db.Add(new Domain.Outcomes.Minute { MeetingId = scrutiny.Id, CommitteeId = scrutiny.CommitteeId, Number = new Domain.Outcomes.MinuteNumber(9302), Title = "Heronsgate Depot", Body = "Members asked about the sale of the Heronsgate depot." });
            await db.SaveChangesAsync(ct);
        }
        // Committed and in the index (rebuilt here), but not announced: the answer is still the cached one.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Search.Indexing.SearchOutbox>().RebuildAsync(cancellationToken: ct);
        }
        Assert.Contains("\"total\":0", await site.Client.GetStringAsync(search, ct));

        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PublicationEvents>()
                .PublishedAsync(new PublishedChange(councilId, meetingId, PublishedContent.Minutes), ct);
        }
        Assert.DoesNotContain("\"total\":0", await site.Client.GetStringAsync(search, ct));
        Assert.Contains("Heronsgate Depot", await site.Client.GetStringAsync(search, ct));
        // The page marks the words searched for, so the title reads "<mark>Heronsgate</mark> Depot".
        Assert.Contains("</mark> Depot", await site.Client.GetStringAsync(page, ct));
    }
}
