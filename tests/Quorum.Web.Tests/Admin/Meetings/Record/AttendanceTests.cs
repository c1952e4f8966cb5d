using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Rules;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Meetings.Record;

/// <summary>The clerk recording attendance on the demo council over the real socket: reserves, late arrival, the quorum per item.</summary>
public sealed partial class RecordAttendanceTests(DemoSite site) : IClassFixture<DemoSite>
{
    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task A_late_reserve_counts_for_the_quorum_only_from_the_item_after_the_one_they_arrived_during()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Assert.Contains($"/admin/meetings/{meeting.MeetingId}/record", await clerk.GetPageAsync($"/admin/meetings/{meeting.MeetingId}"), StringComparison.Ordinal);

        await DemoMeetingToRecord.AssertRedirectedAsync(await meeting.PostAttendanceAsync(clerk, new() { [meeting.Replaced.Id] = "Apologies" }), "attendance");
        var late = meeting.Items[0].Number;
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Reserve", new() { ["ReserveId"] = meeting.Reserve.Id.ToString(), ["ReserveFor"] = meeting.Replaced.Id.ToString(), ["ReserveArrived"] = late.ToString() }, formPage: meeting.RecordPage),
            "late reserve");

        var page = WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.RecordPage));
        var during = QuorumRow(page, late);
        var after = QuorumRow(page, meeting.Items[1].Number);
        Assert.Contains("Quorate", after, StringComparison.Ordinal);
        Assert.DoesNotContain(meeting.Reserve.DisplayName, Cell(during, 3), StringComparison.Ordinal);
        Assert.Contains(meeting.Reserve.DisplayName, Cell(during, 4), StringComparison.Ordinal);
        Assert.Contains(meeting.Reserve.DisplayName, Cell(after, 3), StringComparison.Ordinal);
        Assert.Contains(meeting.Chair.DisplayName, Cell(after, 3), StringComparison.Ordinal);
        Assert.DoesNotContain(meeting.Replaced.DisplayName, Cell(after, 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reserve_for_a_member_who_was_present_is_refused_with_the_rule_named_in_the_error_summary()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site, skip: 1);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        await DemoMeetingToRecord.AssertRedirectedAsync(await meeting.PostAttendanceAsync(clerk, []), "attendance");

        var refused = await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Reserve", new() { ["ReserveId"] = meeting.Reserve.Id.ToString(), ["ReserveFor"] = meeting.Replaced.Id.ToString() }, formPage: meeting.RecordPage);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = await DemoMeetingToRecord.ErrorSummaryAsync(refused);
        Assert.EndsWith("Rule: the council's Committee Procedure Rules on reserve members.", summary, StringComparison.Ordinal);
        Assert.Contains(meeting.Replaced.DisplayName, summary, StringComparison.Ordinal);
        Assert.Contains("href=\"#reserve-for\"", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain($"(reserve {meeting.ReservePosition})</span>", WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.RecordPage)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_attendance_without_the_antiforgery_token_is_refused_and_a_reserve_posted_as_a_plain_mark_is_refused_by_name()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site, skip: 2);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var forged = await clerk.PostRawAsync($"{meeting.RecordPage}?handler=Attendance", new() { [$"Mark[{meeting.Chair.Id}]"] = "Present" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var reserveAsMark = await meeting.PostAttendanceAsync(clerk, new() { [meeting.Chair.Id] = "Reserve" });
        Assert.Equal(HttpStatusCode.OK, reserveAsMark.StatusCode);
        Assert.Equal("Record a reserve with the member they stand in for.", await DemoMeetingToRecord.ErrorSummaryAsync(reserveAsMark));
        await using var check = Db();
        Assert.False(await check.Attendances.AnyAsync(a => a.MeetingId == meeting.MeetingId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Before_the_day_the_clerk_notes_apologies_only_and_they_are_still_there_on_the_day()
    {
        DemoMeetingToRecord meeting;
        await using (var db = Db())
        {
            meeting = await DemoMeetingToRecord.FindAsync(db, skip: 3);
        }
        DemoMeetingToRecord.ClockTo(site.Clock, meeting.Date.PlusDays(-3));
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        var ahead = WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.RecordPage));
        Assert.Contains("Until then you can note members' apologies only", ahead, StringComparison.Ordinal);
        Assert.DoesNotContain($"mark-{meeting.Chair.Id}-Present", ahead, StringComparison.Ordinal);
        Assert.Contains($"mark-{meeting.Chair.Id}-Apologies", ahead, StringComparison.Ordinal);
        Assert.DoesNotContain("Record reserve", ahead, StringComparison.Ordinal);

        var apologies = await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Attendance", new() { [$"Mark[{meeting.Replaced.Id}]"] = "Apologies" }, formPage: meeting.RecordPage);
        await DemoMeetingToRecord.AssertRedirectedAsync(apologies, "apologies ahead of the day");
        var present = await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Attendance", new() { [$"Mark[{meeting.Chair.Id}]"] = "Present" }, formPage: meeting.RecordPage);
        Assert.Contains("only apologies can be noted before the day", await DemoMeetingToRecord.ErrorSummaryAsync(present), StringComparison.Ordinal);
        await using (var check = Db())
        {
            var noted = Assert.Single(await check.Attendances.Where(a => a.MeetingId == meeting.MeetingId).ToListAsync(TestContext.Current.CancellationToken));
            Assert.Equal((meeting.Replaced.Id, Domain.Meetings.AttendanceMark.Apologies), (noted.PersonId, noted.Mark));
        }

        meeting.OnTheDay(site.Clock);
        var onTheDay = await clerk.GetPageAsync(meeting.RecordPage);
        Assert.Contains($"id=\"mark-{meeting.Replaced.Id}-Apologies\" name=\"Mark[{meeting.Replaced.Id}]\" type=\"radio\" value=\"Apologies\" checked=\"checked\"", onTheDay, StringComparison.Ordinal);
        Assert.Contains("Record reserve", onTheDay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clerk_records_the_meeting_as_held_with_its_closing_time_and_a_bad_time_is_refused_in_plain_words()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site, skip: 3);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Assert.Contains("Record the meeting as held", await clerk.GetPageAsync(meeting.RecordPage), StringComparison.Ordinal);

        var refused = await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Held", new() { ["ClosedAt"] = "quarter past nine" }, formPage: meeting.RecordPage);
        Assert.Equal("Enter the time the meeting closed, for example 21:15", await DemoMeetingToRecord.ErrorSummaryAsync(refused));
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Held", new() { ["ClosedAt"] = "22:10" }, formPage: meeting.RecordPage),
            "meeting held");

        Assert.Contains("closed 10:10pm", WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.RecordPage)), StringComparison.Ordinal);
        await using var check = Db();
        var stored = await check.Meetings.SingleAsync(m => m.Id == meeting.MeetingId, TestContext.Current.CancellationToken);
        Assert.Equal((Domain.Meetings.MeetingStatus.Held, new NodaTime.LocalTime(22, 10)), (stored.Status, stored.ClosedAt!.Value));
    }

    [Fact]
    public async Task Officers_in_attendance_are_chosen_from_their_own_group_and_listed_with_their_capacity()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site, skip: 4);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var page = await clerk.GetPageAsync(meeting.RecordPage);
        var officers = page[page.IndexOf("<optgroup label=\"Officers and others\">", StringComparison.Ordinal)..];
        officers = officers[..officers.IndexOf("</optgroup>", StringComparison.Ordinal)];
        var officer = OptionPattern().Match(officers);
        Assert.True(officer.Success, "no officer is offered for 'in attendance'");
        Assert.DoesNotContain("Councillor ", officers, StringComparison.Ordinal);

        var nobody = await clerk.PostFormAsync($"{meeting.RecordPage}?handler=InAttendance", new() { ["Capacity"] = "Director of Finance" }, formPage: meeting.RecordPage);
        Assert.Equal("Choose who was in attendance", await DemoMeetingToRecord.ErrorSummaryAsync(nobody));
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"{meeting.RecordPage}?handler=InAttendance", new() { ["InAttendanceId"] = officer.Groups[1].Value, ["Capacity"] = "Director of Finance" }, formPage: meeting.RecordPage),
            "officer in attendance");

        var after = WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.RecordPage));
        Assert.Contains($"<li>{WebUtility.HtmlDecode(officer.Groups[2].Value)}, Director of Finance</li>", after, StringComparison.Ordinal);
        await using var check = Db();
        var stored = await check.Attendances.SingleAsync(a => a.MeetingId == meeting.MeetingId && a.PersonId == Guid.Parse(officer.Groups[1].Value), TestContext.Current.CancellationToken);
        Assert.Equal((Domain.Meetings.AttendanceMark.InAttendance, "Director of Finance"), (stored.Mark, stored.Capacity));
    }

    [Fact]
    public async Task A_partner_bodys_named_substitute_stands_in_for_an_absent_representative_and_another_bodys_substitute_is_refused_under_CPR_2()
    {
        var ct = TestContext.Current.CancellationToken;
        Guid meetingId;
        Domain.Committees.Substitute substitute, other;
        string representative;
        await using (var db = Db())
        {
            var substitutes = await db.Substitutes.Include(s => s.Person).ToListAsync(ct);
            var committee = substitutes.GroupBy(s => s.CommitteeId).First(g => g.Select(s => s.ForPersonId).Distinct().Count() > 1).Key;
            var meeting = await db.Meetings.Where(m => m.CommitteeId == committee && m.Date > DemoSite.Today && m.Status == Domain.Meetings.MeetingStatus.Scheduled && !m.Attendances.Any())
                .OrderBy(m => m.Date).FirstAsync(ct);
            meetingId = meeting.Id;
            DemoMeetingToRecord.ClockTo(site.Clock, meeting.Date);
            var current = substitutes.Where(s => s.CommitteeId == committee && s.From <= meeting.Date && (s.To == null || s.To >= meeting.Date)).OrderBy(s => s.Organisation, StringComparer.Ordinal).ToList();
            (substitute, other) = (current[0], current.First(s => s.ForPersonId != current[0].ForPersonId));
            representative = (await db.People.SingleAsync(p => p.Id == substitute.ForPersonId, ct)).DisplayName;
        }
        var forId = substitute.ForPersonId!.Value.ToString();
        var recordPage = $"/admin/meetings/{meetingId}/record";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"{recordPage}?handler=Attendance", new() { [$"Mark[{forId}]"] = "Apologies" }, formPage: recordPage), "representative's apologies");

        var wrong = await clerk.PostFormAsync($"{recordPage}?handler=Substitute", new() { ["SubstituteId"] = other.PersonId.ToString(), ["SubstituteFor"] = forId }, formPage: recordPage);
        var refusal = await DemoMeetingToRecord.ErrorSummaryAsync(wrong);
        Assert.Contains("Rule: the council's Committee Procedure Rules on reserve members", refusal, StringComparison.Ordinal);
        Assert.Contains($"is not a named substitute for {representative}", refusal, StringComparison.Ordinal);

        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"{recordPage}?handler=Substitute", new() { ["SubstituteId"] = substitute.PersonId.ToString(), ["SubstituteFor"] = forId }, formPage: recordPage),
            "named substitute");
        Assert.Contains($"Substitute: {substitute.Person!.DisplayName}", WebUtility.HtmlDecode(await clerk.GetPageAsync(recordPage)), StringComparison.Ordinal);
        await using var check = Db();
        var stored = await check.Attendances.Where(a => a.MeetingId == meetingId && a.ForPersonId != null).ToListAsync(ct);
        Assert.Equal([(substitute.PersonId, substitute.ForPersonId, Domain.Meetings.AttendanceMark.Substitute)], stored.Select(a => (a.PersonId, a.ForPersonId, a.Mark)));
    }

    [Fact]
    public async Task A_body_whose_terms_set_no_quorum_is_recorded_and_quorate_with_whoever_attends()
    {
        var ct = TestContext.Current.CancellationToken;
        DemoMeetingToRecord meeting;
        int? stored;
        Guid committee;
        await using (var db = Db())
        {
            // A body whose rulebook entry holds no quorum either (the stored one is all there is), found among the
            // meetings the other tests leave alone whatever order they run in.
            var skip = 5;
            while (ProcedureRulebook.Harrow.For((meeting = await DemoMeetingToRecord.FindAsync(db, skip)).Date, meeting.Committee).Quorum is not null)
            {
                skip++;
            }
            meeting.OnTheDay(site.Clock);
            var body = await db.Committees.SingleAsync(c => db.Meetings.Any(m => m.Id == meeting.MeetingId && m.CommitteeId == c.Id), ct);
            (committee, stored, body.Quorum) = (body.Id, body.Quorum, null);
            await db.SaveChangesAsync(ct);
        }
        try
        {
            using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
            var page = WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.RecordPage));
            Assert.Contains("No quorum set by the body's terms", QuorumRow(page, meeting.Business.Number), StringComparison.Ordinal);
            Assert.Contains(">Quorate<", QuorumRow(page, meeting.Business.Number), StringComparison.Ordinal);
            await DemoMeetingToRecord.AssertRedirectedAsync(await meeting.PostAttendanceAsync(clerk, []), "attendance without a quorum");
            Assert.DoesNotContain("cannot be counted", WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.ItemPage(meeting.Business.Number))), StringComparison.Ordinal);
        }
        finally
        {
            await using var db = Db();
            (await db.Committees.SingleAsync(c => c.Id == committee, ct)).Quorum = stored;
            await db.SaveChangesAsync(ct);
        }
    }

    [Theory]
    [InlineData("author")]
    [InlineData("councillor")]
    public async Task Only_Democratic_Services_and_administrators_open_the_recording_pages(string account)
    {
        Guid id;
        await using (var db = Db())
        {
            id = (await DemoMeetingToRecord.FindAsync(db)).MeetingId;
        }
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, account);
        var response = await client.GetAsync($"/admin/meetings/{id}/record");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static string QuorumRow(string page, int item)
    {
        var row = Regex.Match(page, $"<tr class=\"govuk-table__row\" id=\"quorum-{item}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no quorum row for item {item}");
        return row.Groups[1].Value;
    }

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\">([^<]+)</option>")]
    private static partial Regex OptionPattern();

    private static string Cell(string row, int column) => CellPattern().Matches(row)[column - 1].Groups[1].Value;

    [GeneratedRegex("<td class=\"govuk-table__cell\"[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
