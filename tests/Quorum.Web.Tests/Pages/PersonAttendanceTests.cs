using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>The person page's attendance table is the recorded attendance of held meetings, counted per body and municipal year.</summary>
public sealed partial class PersonAttendanceTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Attendance_statistics_on_the_person_page_match_the_recorded_attendance()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        // A councillor who has stood in as a reserve and sent apologies, so every column is exercised.
        var reserves = await db.Attendances.Where(a => a.Mark == AttendanceMark.Reserve).Select(a => a.PersonId).Distinct().ToListAsync(ct);
        var personId = await db.Attendances.Where(a => a.Mark == AttendanceMark.Apologies && reserves.Contains(a.PersonId))
            .GroupBy(a => a.PersonId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(ct);
        var person = await db.People.SingleAsync(p => p.Id == personId, ct);

        var seats = await db.Memberships.Where(m => m.PersonId == personId).ToListAsync(ct);
        var marks = await db.Attendances.Where(a => a.PersonId == personId).ToDictionaryAsync(a => a.MeetingId, a => a.Mark, ct);
        var recorded = await db.Attendances.Select(a => a.MeetingId).Distinct().ToListAsync(ct);
        var held = await db.Meetings.Include(m => m.Committee).Where(m => m.Status == MeetingStatus.Held && recorded.Contains(m.Id)).ToListAsync(ct);
        var years = await db.MunicipalYears.Where(y => y.CouncilId == person.CouncilId).ToListAsync(ct);
        var expected = new Dictionary<(string Committee, string Year), (int Expected, int Attended, int Apologies, int AsReserve)>();
        foreach (var meeting in held)
        {
            var mark = marks.TryGetValue(meeting.Id, out var m) ? m : (AttendanceMark?)null;
            var seated = seats.Any(s => s.CommitteeId == meeting.CommitteeId && s.From <= meeting.Date && (s.To is null || s.To >= meeting.Date));
            var standingIn = mark is AttendanceMark.Reserve or AttendanceMark.Substitute;
            if (!(seated || standingIn) || mark == AttendanceMark.InAttendance || years.FirstOrDefault(y => y.Contains(meeting.Date)) is not { } year)
            {
                continue;
            }
            var key = (meeting.Committee!.Name, year.Name);
            var line = expected.GetValueOrDefault(key);
            expected[key] = (line.Expected + 1, line.Attended + (mark == AttendanceMark.Present || standingIn ? 1 : 0), line.Apologies + (mark == AttendanceMark.Apologies ? 1 : 0), line.AsReserve + (standingIn ? 1 : 0));
        }
        Assert.Contains(expected.Values, l => l.AsReserve > 0);
        Assert.Contains(expected.Values, l => l.Apologies > 0);

        var html = await site.Client.GetStringAsync($"/people/{person.Slug.Value}", ct);
        var shown = Row().Matches(html).ToDictionary(
            r => (System.Net.WebUtility.HtmlDecode(r.Groups["committee"].Value), r.Groups["year"].Value),
            r => (int.Parse(r.Groups["expected"].Value), int.Parse(r.Groups["attended"].Value), int.Parse(r.Groups["apologies"].Value), int.Parse(r.Groups["reserve"].Value)));
        Assert.Equal(expected.OrderBy(e => e.Key).ToList(), shown.OrderBy(e => e.Key).ToList());
    }

    [GeneratedRegex("""<th scope="row" class="govuk-table__header">(?<committee>[^<]+)</th>\s*<td class="govuk-table__cell" data-label="Year">(?<year>[^<]+)</td>\s*<td[^>]*>(?<expected>\d+)</td>\s*<td[^>]*>(?<attended>\d+)</td>\s*<td[^>]*>(?<apologies>\d+)</td>\s*<td[^>]*>(?<reserve>\d+)</td>""")]
    private static partial Regex Row();
}
