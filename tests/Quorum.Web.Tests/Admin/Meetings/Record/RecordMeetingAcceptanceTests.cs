using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain.Interests;
using Quorum.Domain.Outcomes;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Meetings.Record;

/// <summary>
/// Issue 9's acceptance, through the clerk's pages on the real Kestrel host over the demo council: a meeting recorded
/// with a late reserve, a DPI declared with withdrawal and a recorded vote tied and carried on the chair's casting
/// vote; the draft minutes in the council's style; approval at the next meeting and publication; and the bad input
/// the rules refuse, named in the error summary.
/// </summary>
public sealed partial class RecordMeetingAcceptanceTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task A_meeting_recorded_with_a_late_reserve_a_withdrawn_DPI_and_a_casting_vote_gives_minutes_with_the_councils_marks_and_numbers()
    {
        DemoMeetingToRecord meeting;
        RegisteredInterest interest;
        int previousMinute;
        await using (var db = Db())
        {
            meeting = (await DemoMeetingToRecord.FindAsync(db)).OnTheDay(site.Clock);
            var date = await db.Meetings.Where(m => m.Id == meeting.MeetingId).Select(m => m.Date).SingleAsync(Cancel);
            var committee = await db.Meetings.Where(m => m.Id == meeting.MeetingId).Select(m => m.CommitteeId).SingleAsync(Cancel);
            previousMinute = (await db.Minutes.Where(m => m.CommitteeId == committee && m.Meeting!.Date < date).Select(m => m.Number).ToListAsync(Cancel)).Max(n => n.Value);
            // A member present (not the one sending apologies) with a disclosable pecuniary interest on the demo register.
            var candidates = meeting.Others.Take(meeting.Others.Count - 1).Select(p => p.Id).ToList();
            interest = (await db.RegisteredInterests.Where(i => candidates.Contains(i.PersonId) && !i.Sensitive).ToListAsync(Cancel))
                .Where(i => i.IsCurrentOn(date) && i.Category.DeclaredAs() == InterestKind.DisclosablePecuniary)
                .OrderBy(i => candidates.IndexOf(i.PersonId)).ThenBy(i => i.Category)
                .First();
        }
        var declarant = meeting.Others.Single(p => p.Id == interest.PersonId);
        var apologies = meeting.Others[^1];
        var business = meeting.Business;
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        // Attendance: the replaced member and one other send apologies; the reserve arrives during the first item.
        await DemoMeetingToRecord.AssertRedirectedAsync(await meeting.PostAttendanceAsync(clerk, new() { [meeting.Replaced.Id] = "Apologies", [apologies.Id] = "Apologies" }), "attendance");
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Reserve", new() { ["ReserveId"] = meeting.Reserve.Id.ToString(), ["ReserveFor"] = meeting.Replaced.Id.ToString(), ["ReserveArrived"] = meeting.Items[0].Number.ToString() }, formPage: meeting.RecordPage),
            "late reserve");

        // The DPI from the register, with withdrawal.
        var itemPage = meeting.ItemPage(business.Number);
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await clerk.PostFormAsync($"{itemPage}?handler=Declare", new() { ["DeclarantId"] = declarant.Id.ToString(), ["RegisteredInterestId"] = interest.Id.ToString(), ["DeclarationOutcome"] = "Withdrew" }, formPage: itemPage),
            "declaration");

        // The withdrawn member is neither counted for the item's quorum nor offered a vote on it.
        var page = WebUtility.HtmlDecode(await clerk.GetPageAsync(itemPage));
        Assert.DoesNotContain(declarant.DisplayName, Between(page, "id=\"counted\">", "</dd>"), StringComparison.Ordinal);
        Assert.Contains(declarant.DisplayName, Between(page, "id=\"not-counted\">", "</dd>"), StringComparison.Ordinal);
        Assert.True(Between(page, "id=\"counted\">", "</dd>").Contains(meeting.Reserve.DisplayName, StringComparison.Ordinal), $"{meeting.Reserve.DisplayName} is not counted on item {business.Number}: {Between(page, "id=\"not-counted\">", "</dd>")}");
        // The clerk reads what was recorded in plain words, not the names the code gives them.
        Assert.Contains($"{declarant.DisplayName}: Disclosable pecuniary interest – ", page, StringComparison.Ordinal);
        Assert.Contains("(withdrew from the room)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("DisclosablePecuniary", PlainWords.VisibleText(page), StringComparison.Ordinal);
        Assert.Contains(">Abstained</option>", page, StringComparison.Ordinal);
        var recordPage = WebUtility.HtmlDecode(await clerk.GetPageAsync(meeting.RecordPage));
        Assert.Contains($"{meeting.Chair.DisplayName} <span class=\"govuk-body-s\">(Chair)</span>", recordPage, StringComparison.Ordinal);
        Assert.DoesNotContain("(ViceChair)", recordPage, StringComparison.Ordinal);
        var voters = RecordedField().Matches(page).Select(v => Guid.Parse(v.Groups[1].Value)).ToList();
        Assert.DoesNotContain(declarant.Id, voters);
        Assert.Contains(meeting.Reserve.Id, voters);
        Assert.Contains(meeting.Chair.Id, voters);

        // A recorded vote tied: the chair and half the others for, the rest against (one abstains when the number is odd).
        var votes = new Dictionary<string, string> { ["Outcome"] = "Recorded", ["Motion"] = "That the recommendations in the report be agreed", ["CastingVote"] = "For", ["ResolutionKind"] = "Resolved", ["ResolutionText"] = "That the recommendations in the report be agreed." };
        var others = voters.Where(v => v != meeting.Chair.Id).ToList();
        if (voters.Count % 2 == 1)
        {
            votes[$"Recorded[{others[^1]}]"] = "Abstain";
            others.RemoveAt(others.Count - 1);
        }
        votes[$"Recorded[{meeting.Chair.Id}]"] = "For";
        // Of an even number voting, the chair plus half the others less one are for: a tie.
        for (var i = 0; i < others.Count; i++)
        {
            votes[$"Recorded[{others[i]}]"] = i < others.Count / 2 ? "For" : "Against";
        }
        var tally = votes.Where(v => v.Key.StartsWith("Recorded[", StringComparison.Ordinal)).GroupBy(v => v.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(tally.GetValueOrDefault("For"), tally.GetValueOrDefault("Against"));
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{itemPage}?handler=Resolve", votes, formPage: itemPage), "recorded vote with casting vote");

        // The draft minutes, generated through the minutes page.
        var minutesPage = $"{meeting.RecordPage}/minutes";
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{minutesPage}?handler=Draft", [], formPage: minutesPage), "draft minutes");
        var text = MinutesText(await clerk.GetPageAsync(minutesPage));

        Assert.Contains($"Chair:\t* {meeting.Chair.DisplayName}\n", text, StringComparison.Ordinal);
        Assert.Contains($"* {meeting.Reserve.FullName} ({meeting.ReservePosition})", text, StringComparison.Ordinal);
        Assert.Contains($"† {apologies.FullName}", text, StringComparison.Ordinal);
        Assert.Contains($"* {declarant.FullName}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(meeting.Replaced.FullName, Between(text, "Councillors:", "\n"), StringComparison.Ordinal);
        Assert.Contains($"* Denotes Member present\n({meeting.ReservePosition}) Denotes category of Reserve Member\n† Denotes apologies received\n", text, StringComparison.Ordinal);
        // Minute numbers run on from the committee's previous meeting.
        Assert.Contains($"\n{previousMinute + 1}. {meeting.Items[0].Title}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Ordinary Member\tReserve Member\n{meeting.Replaced.DisplayName}\t{meeting.Reserve.DisplayName}\n", text, StringComparison.Ordinal);
        Assert.Contains($"{declarant.DisplayName} declared a disclosable pecuniary interest in relation to agenda item {business.Number}, {business.Title}: {interest.Description.TrimEnd('.')}. The Member left the room during the discussion and voting on this item.", text, StringComparison.Ordinal);
        var businessMinute = previousMinute + 1 + meeting.Items.TakeWhile(i => i.Number != business.Number).Count();
        Assert.Contains($"\n{businessMinute}. {business.Title}\n", text, StringComparison.Ordinal);
        var abstentions = tally.GetValueOrDefault("Abstain") == 1 ? "1 abstention" : $"{tally.GetValueOrDefault("Abstain")} abstentions";
        Assert.Contains($"was carried: {tally["For"]} for, {tally["Against"]} against, {abstentions}. The votes being equal, the Chair, {meeting.Chair.DisplayName}, used a second or casting vote for the motion.", text, StringComparison.Ordinal);
        var recorded = Between(text, "a recorded vote was taken", "RESOLVED:");
        Assert.Contains(meeting.Reserve.DisplayName, recorded, StringComparison.Ordinal);
        Assert.DoesNotContain(declarant.FullName, recorded, StringComparison.Ordinal);

        // The clerk edits the draft, the next meeting (once its attendance is recorded) approves it, and it is published.
        Guid decision;
        await using (var db = Db())
        {
            decision = (await db.Resolutions.Where(r => r.Text == "That the recommendations in the report be agreed." && db.Minutes.Any(m => m.Id == r.MinuteId && m.MeetingId == meeting.MeetingId)).SingleAsync(Cancel)).Id;
        }
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{minutesPage}?handler=Edit", new()
        {
            ["Number"] = businessMinute.ToString(CultureInfo.InvariantCulture),
            ["Heading"] = business.Title,
            ["Text"] = "",
            [$"Decisions[{decision}]"] = "That the recommendations in the report be agreed, as amended at the meeting.",
        }, formPage: minutesPage), "edit");
        Assert.Contains("as amended at the meeting.", MinutesText(await clerk.GetPageAsync(minutesPage)), StringComparison.Ordinal);

        var next = NextMeetingOption().Match(await clerk.GetPageAsync(minutesPage));
        Assert.True(next.Success, "the minutes page offers no later meeting to approve them at");
        var nextId = Guid.Parse(next.Groups[1].Value);
        LocalDate nextDate;
        await using (var db = Db())
        {
            nextDate = await db.Meetings.Where(m => m.Id == nextId).Select(m => m.Date).SingleAsync(Cancel);
        }
        var nextMeeting = (meeting with { MeetingId = nextId, Date = nextDate }).OnTheDay(site.Clock);
        await DemoMeetingToRecord.AssertRedirectedAsync(await nextMeeting.PostAttendanceAsync(clerk, []), "attendance at the next meeting");
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{minutesPage}?handler=Approve", new() { ["AtMeetingId"] = nextId.ToString() }, formPage: minutesPage), "approval");

        LocalDate approvedOn;
        string publicPage;
        await using (var db = Db())
        {
            approvedOn = await db.Meetings.Where(m => m.Id == nextId).Select(m => m.Date).SingleAsync(Cancel);
            var held = await db.Meetings.Include(m => m.Committee).SingleAsync(m => m.Id == meeting.MeetingId, Cancel);
            publicPage = $"/meetings/{held.Date:uuuu-MM-dd}/{held.Committee!.Slug}";
            Assert.Equal(MinutesState.Approved, (await db.MeetingMinutes.SingleAsync(m => m.MeetingId == meeting.MeetingId, Cancel)).State);
            // The approving meeting's "Minutes" item carries the signing resolution for this meeting.
            var signing = await db.Resolutions.Where(r => db.Minutes.Any(m => m.Id == r.MinuteId && m.MeetingId == nextId)).Select(r => r.Text).ToListAsync(Cancel);
            Assert.Contains(MinutesService.SigningResolution(held.Date), signing);
        }
        // The clerk's edit is in the record, so the public minutes carry it as the PDF does.
        var resolution = "That the recommendations in the report be agreed, as amended at the meeting.";
        // Before publication the public page shows no minutes (and now holds the page in its cache).
        Assert.DoesNotContain($"id=\"minute-{businessMinute}\"", await site.Client.GetStringAsync(publicPage, Cancel), StringComparison.Ordinal);
        // Publication comes after the approving meeting.
        DemoMeetingToRecord.ClockTo(site.Clock, approvedOn.PlusDays(1));
        // The minutes page asks first: publishing cannot be taken back, and the confirmation says what stays with members.
        Assert.Contains($"href=\"{minutesPage}/publish\"", await clerk.GetPageAsync(minutesPage), StringComparison.Ordinal);
        var confirm = WebUtility.HtmlDecode(await clerk.GetPageAsync($"{minutesPage}/publish"));
        Assert.Contains("Are you sure you want to publish the minutes?", confirm, StringComparison.Ordinal);
        Assert.Contains("cannot be taken back", confirm, StringComparison.Ordinal);
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{minutesPage}?handler=Publish", [], formPage: $"{minutesPage}/publish"), "publication");
        Assert.Contains("The minutes were published on", WebUtility.HtmlDecode(await clerk.GetPageAsync($"{minutesPage}/publish")), StringComparison.Ordinal);
        Assert.Contains("Published on", await clerk.GetPageAsync(minutesPage), StringComparison.Ordinal);
        var published = WebUtility.HtmlDecode(await site.Client.GetStringAsync(publicPage, Cancel));
        Assert.Contains($"id=\"minute-{businessMinute}\"", published, StringComparison.Ordinal);
        Assert.Contains(resolution, published, StringComparison.Ordinal);
        await using (var db = Db())
        {
            var audit = await db.AuditEntries.Where(a => a.Actor == "clerk").CountAsync(Cancel);
            Assert.True(audit > 0, "the clerk's recording left no audit entries");
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_rule_named_in_the_error_summary_and_nothing_is_stored()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site, skip: 1);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        await DemoMeetingToRecord.AssertRedirectedAsync(await meeting.PostAttendanceAsync(clerk, []), "attendance");
        var itemPage = meeting.ItemPage(meeting.Business.Number);
        var eligible = RecordedField().Count(await clerk.GetPageAsync(itemPage));

        var tooMany = await clerk.PostFormAsync($"{itemPage}?handler=Resolve", new() { ["Motion"] = "That the report be noted", ["Outcome"] = "Hands", ["For"] = (eligible + 1).ToString(), ["Against"] = "0", ["Abstentions"] = "0", ["ResolutionKind"] = "Resolved", ["ResolutionText"] = "That the report be noted." }, formPage: itemPage);
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        var summary = await DemoMeetingToRecord.ErrorSummaryAsync(tooMany);
        Assert.EndsWith("Rule: the council's Committee Procedure Rules on voting.", summary, StringComparison.Ordinal);
        Assert.Contains($"more than the {eligible} members eligible to vote on it", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"#vote-for\"", await tooMany.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var noOutcome = await clerk.PostFormAsync($"{itemPage}?handler=Resolve", new() { ["Motion"] = "That the report be noted", ["ResolutionKind"] = "Resolved", ["ResolutionText"] = "That the report be noted." }, formPage: itemPage);
        Assert.Equal(HttpStatusCode.OK, noOutcome.StatusCode);
        Assert.EndsWith("Rule: the council's Committee Procedure Rules on voting.", await DemoMeetingToRecord.ErrorSummaryAsync(noOutcome), StringComparison.Ordinal);
        Assert.Contains("has no motion outcome", await DemoMeetingToRecord.ErrorSummaryAsync(noOutcome), StringComparison.Ordinal);
        Assert.Contains("href=\"#outcome\"", await noOutcome.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var presentReplaced = await clerk.PostFormAsync($"{meeting.RecordPage}?handler=Reserve", new() { ["ReserveId"] = meeting.Reserve.Id.ToString(), ["ReserveFor"] = meeting.Replaced.Id.ToString() }, formPage: meeting.RecordPage);
        Assert.EndsWith("Rule: the council's Committee Procedure Rules on reserve members.", await DemoMeetingToRecord.ErrorSummaryAsync(presentReplaced), StringComparison.Ordinal);

        await using var check = Db();
        Assert.False(await check.Votes.AnyAsync(v => check.Minutes.Any(m => m.Id == v.MinuteId && m.MeetingId == meeting.MeetingId), Cancel));
        Assert.False(await check.Resolutions.AnyAsync(r => check.Minutes.Any(m => m.Id == r.MinuteId && m.MeetingId == meeting.MeetingId), Cancel));
        Assert.False(await check.Attendances.AnyAsync(a => a.MeetingId == meeting.MeetingId && a.PersonId == meeting.Reserve.Id, Cancel));
    }

    [Fact]
    public async Task A_lost_amendment_is_recorded_as_a_vote_alone_and_the_item_keeps_no_resolution_until_one_is_made()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site, skip: 2);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        await DemoMeetingToRecord.AssertRedirectedAsync(await meeting.PostAttendanceAsync(clerk, []), "attendance");
        var itemPage = meeting.ItemPage(meeting.Business.Number);

        var noOutcome = await clerk.PostFormAsync($"{itemPage}?handler=Vote", new() { ["Motion"] = "Amendment: that the consultation be extended" }, formPage: itemPage);
        Assert.Equal("Choose a show of hands or a recorded vote to record a vote", await DemoMeetingToRecord.ErrorSummaryAsync(noOutcome));

        var lost = await clerk.PostFormAsync($"{itemPage}?handler=Vote", new() { ["Motion"] = "Amendment: that the consultation be extended", ["Outcome"] = "Hands", ["For"] = "1", ["Against"] = "3", ["Abstentions"] = "0" }, formPage: itemPage);
        await DemoMeetingToRecord.AssertRedirectedAsync(lost, "a lost amendment");
        Assert.Contains("Vote recorded: 1 for, 3 against, 0 abstaining; the motion was lost.", WebUtility.HtmlDecode(await clerk.GetPageAsync(itemPage)), StringComparison.Ordinal);

        await using var check = Db();
        var minute = await check.Minutes.Include(m => m.Resolutions).SingleAsync(m => m.MeetingId == meeting.MeetingId && m.AgendaItem!.Number == meeting.Business.Number, Cancel);
        var vote = Assert.Single(await check.Votes.Where(v => v.MinuteId == minute.Id).ToListAsync(Cancel));
        Assert.Equal(("Amendment: that the consultation be extended", 1, 3, false), (vote.Motion, vote.For, vote.Against, vote.Carried));
        Assert.Empty(minute.Resolutions);
    }

    [Fact]
    public async Task A_member_with_a_dispensation_remains_and_votes_on_an_item_in_which_they_have_a_DPI_and_without_one_cannot()
    {
        DemoMeetingToRecord meeting;
        RegisteredInterest interest;
        Guid dispensation;
        await using (var db = Db())
        {
            meeting = (await DemoMeetingToRecord.FindAsync(db, skip: 3)).OnTheDay(site.Clock);
            var ids = meeting.Others.Select(p => p.Id).ToList();
            interest = (await db.RegisteredInterests.Where(i => ids.Contains(i.PersonId) && !i.Sensitive).ToListAsync(Cancel))
                .Where(i => i.IsCurrentOn(meeting.Date) && i.Category.DeclaredAs() == InterestKind.DisclosablePecuniary)
                .OrderBy(i => ids.IndexOf(i.PersonId)).First();
            // Granted by the Standards committee for every body, to speak and vote (s33(2)(c)).
            var granted = new Dispensation { PersonId = interest.PersonId, Scope = "All meetings of the Council and its committees", Ground = DispensationGround.InterestsOfInhabitants, GrantedBy = "Standards Committee" };
            granted.SetPeriod(meeting.Date.PlusDays(-30), meeting.Date.PlusYears(1));
            db.Add(granted);
            await db.SaveChangesAsync(Cancel);
            dispensation = granted.Id;
        }
        var member = meeting.Others.Single(p => p.Id == interest.PersonId);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        await DemoMeetingToRecord.AssertRedirectedAsync(await meeting.PostAttendanceAsync(clerk, []), "attendance");
        var itemPage = meeting.ItemPage(meeting.Business.Number);
        Dictionary<string, string> Declaration(string? under) => new()
        {
            ["DeclarantId"] = member.Id.ToString(),
            ["RegisteredInterestId"] = interest.Id.ToString(),
            ["DeclarationOutcome"] = "Remained",
            ["DispensationId"] = under ?? "",
        };

        var refused = await clerk.PostFormAsync($"{itemPage}?handler=Declare", Declaration(null), formPage: itemPage);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Rule: Declaring interests at meetings (Localism Act 2011, section 31).", await DemoMeetingToRecord.ErrorSummaryAsync(refused), StringComparison.Ordinal);

        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{itemPage}?handler=Declare", Declaration(dispensation.ToString()), formPage: itemPage), "declaration under a dispensation");
        var page = WebUtility.HtmlDecode(await clerk.GetPageAsync(itemPage));
        Assert.Contains($"{member.DisplayName}: Disclosable pecuniary interest – ", page, StringComparison.Ordinal);
        Assert.Contains("(remained and took part, under a dispensation)", page, StringComparison.Ordinal);
        Assert.Contains(member.Id, RecordedField().Matches(page).Select(v => Guid.Parse(v.Groups[1].Value)));
        await using var check = Db();
        var stored = Assert.Single(await check.Declarations.Where(d => d.MeetingId == meeting.MeetingId && d.PersonId == member.Id).ToListAsync(Cancel));
        Assert.Equal((dispensation, interest.Id), (stored.DispensationId, stored.RegisteredInterestId));
    }

    private static string MinutesText(string page)
        => WebUtility.HtmlDecode(Between(page, "<pre class=\"govuk-body minutes-text\" id=\"minutes-text\">", "</pre>")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    [GeneratedRegex("name=\"Recorded\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex RecordedField();

    [GeneratedRegex("<select class=\"govuk-select\" id=\"at-meeting\" name=\"AtMeetingId\">\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([0-9a-f-]{36})\"")]
    private static partial Regex NextMeetingOption();
}
