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
}
