using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.People;
using Quorum.TestSupport;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Meetings.Record;

/// <summary>
/// The demo council's next scheduled meeting of a committee with reserve lists, not yet recorded, and the people a
/// test needs around it: the chair, an ordinary member whose group has a reserve, that reserve, the other members,
/// and the first item of business (one with a report).
/// </summary>
internal sealed partial record DemoMeetingToRecord(
    Guid MeetingId,
    string Committee,
    Person Chair,
    Person Replaced,
    Person Reserve,
    int ReservePosition,
    IReadOnlyList<Person> Others,
    IReadOnlyList<(int Number, string Title)> Items,
    (int Number, string Title) Business,
    LocalDate Date)
{
    /// <summary>
    /// Sets the site's clock to the evening of <paramref name="date"/>: a meeting is recorded on or after its day, and
    /// these tests record meetings the demo council has scheduled after its reference date.
    /// </summary>
    public static void ClockTo(TestClock clock, LocalDate date)
        => clock.Advance(date.At(new LocalTime(21, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/London"]).ToInstant() - clock.Now);

    /// <summary>The clock on the evening of this meeting, when the clerk records it.</summary>
    public DemoMeetingToRecord OnTheDay(TestClock clock)
    {
        ClockTo(clock, Date);
        return this;
    }

    /// <summary>The demo's next meeting to record (the <paramref name="skip"/>-th body's), with the site's clock on its evening.</summary>
    public static async Task<DemoMeetingToRecord> OnTheDayAsync(DemoSite site, int skip = 0)
    {
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        return (await FindAsync(db, skip)).OnTheDay(site.Clock);
    }

    public string RecordPage => $"/admin/meetings/{MeetingId}/record";

    public string ItemPage(int number) => $"{RecordPage}/items/{number}";

    public static async Task<DemoMeetingToRecord> FindAsync(QuorumDbContext db, int skip = 0)
    {
        var ct = TestContext.Current.CancellationToken;
        var withReserves = await db.ReserveLists.Where(l => l.Entries.Any()).Select(l => l.CommitteeId).Distinct().ToListAsync(ct);
        var reported = (await db.Reports.Where(r => r.AgendaItemId != null).Select(r => r.AgendaItemId!.Value).ToListAsync(ct)).ToHashSet();
        var meetings = (await db.Meetings.Include(m => m.Committee).Include(m => m.AgendaItems)
                .Where(m => m.Date > DemoSite.Today && m.Status == Domain.Meetings.MeetingStatus.Scheduled && withReserves.Contains(m.CommitteeId) && !m.Attendances.Any())
                .ToListAsync(ct))
            .Where(m => m.AgendaItems.Any(i => reported.Contains(i.Id)) && !m.IsSpecial)
            .OrderBy(m => m.Date).ThenBy(m => m.Committee!.Name, StringComparer.Ordinal)
            .GroupBy(m => m.CommitteeId).Select(g => g.First())
            .ToList();
        foreach (var meeting in meetings.Skip(skip))
        {
            var seats = await db.Memberships.Include(s => s.Person)
                .Where(s => s.CommitteeId == meeting.CommitteeId && s.From <= meeting.Date && (s.To == null || s.To >= meeting.Date))
                .ToListAsync(ct);
            var lists = await db.ReserveLists.Include(l => l.Entries).ThenInclude(e => e.Person)
                .Where(l => l.CommitteeId == meeting.CommitteeId && db.MunicipalYears.Any(y => y.Id == l.MunicipalYearId && y.StartsOn <= meeting.Date && y.EndsOn >= meeting.Date))
                .ToListAsync(ct);
            var chair = seats.FirstOrDefault(s => s.Role == MembershipRole.Chair)?.Person;
            var replaced = seats.Where(s => s.Role == MembershipRole.Member && lists.Any(l => l.PartyGroupId == s.Person!.PartyGroupId && l.Entries.Count > 0))
                .OrderBy(s => s.Person!.FamilyName, StringComparer.Ordinal).FirstOrDefault()?.Person;
            if (chair is null || replaced is null)
            {
                continue;
            }
            var entry = lists.First(l => l.PartyGroupId == replaced.PartyGroupId).Entries.OrderBy(e => e.Position).First();
            var others = seats.Where(s => s.Role is MembershipRole.ViceChair or MembershipRole.Member && s.PersonId != replaced.Id)
                .Select(s => s.Person!).OrderBy(p => p.FamilyName, StringComparer.Ordinal).ToList();
            return new DemoMeetingToRecord(
                meeting.Id, meeting.Committee!.Name, chair, replaced, entry.Person!, entry.Position, others,
                [.. meeting.AgendaItems.OrderBy(i => i.Number).Select(i => (i.Number, i.Title))],
                meeting.AgendaItems.Where(i => reported.Contains(i.Id)).OrderBy(i => i.Number).Select(i => (i.Number, i.Title)).First(),
                meeting.Date);
        }
        throw new InvalidOperationException("The demo council has no scheduled meeting of a committee with a reserve list.");
    }

    /// <summary>Posts the attendance form: everyone on the body present except those given another mark.</summary>
    public async Task<HttpResponseMessage> PostAttendanceAsync(StaffClient clerk, Dictionary<Guid, string> marks)
    {
        var page = await clerk.GetPageAsync(RecordPage);
        var fields = new Dictionary<string, string>();
        foreach (Match seat in SeatField().Matches(page))
        {
            var id = Guid.Parse(seat.Groups[1].Value);
            fields[$"Mark[{id}]"] = marks.GetValueOrDefault(id, "Present");
        }
        Assert.True(fields.Count > 0, "the record page lists no members");
        return await clerk.PostFormAsync($"{RecordPage}?handler=Attendance", fields, formPage: RecordPage);
    }

    public static async Task AssertRedirectedAsync(HttpResponseMessage response, string what)
        => Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} answered {(int)response.StatusCode}: {await ErrorSummaryAsync(response)}");

    /// <summary>The messages in the page's GOV.UK error summary.</summary>
    public static async Task<string> ErrorSummaryAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var summary = ErrorSummaryBlock().Match(html);
        return summary.Success ? WebUtility.HtmlDecode(Regex.Replace(summary.Groups[1].Value, "<[^>]+>", " ")).Trim() : "";
    }

    [GeneratedRegex("name=\"Mark\\[([0-9a-f-]{36})\\]\" type=\"radio\" value=\"Present\"")]
    private static partial Regex SeatField();

    [GeneratedRegex("<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummaryBlock();
}
