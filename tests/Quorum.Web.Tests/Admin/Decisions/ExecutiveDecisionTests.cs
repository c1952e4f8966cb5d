using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Decisions;

/// <summary>
/// Democratic Services recording executive decisions on the demo council over the real socket: the notice is
/// recorded, published (and then public, with its call-in period from the rules engine), called in and implemented,
/// and each refusal names its rule (EX-7, EX-8) and changes nothing.
/// </summary>
public sealed partial class ExecutiveDecisionTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static readonly LocalDate Today = DemoSite.Today;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task A_clerk_records_and_publishes_a_decision_and_residents_see_it_at_once_with_the_end_of_its_call_in_period()
    {
        const string title = "Garden waste collection charge for 2027";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var id = await RecordAsync(clerk, title);
        Assert.DoesNotContain(title, await PublicListAsync(), StringComparison.Ordinal);
        Assert.Contains(title, WebUtility.HtmlDecode(await clerk.GetPageAsync("/admin/decisions?status=Made")), StringComparison.Ordinal);

        await DemoMeetingToRecord.AssertRedirectedAsync(await PostAsync(clerk, id, "Publish", DateFields("PublishOn", Today)), "publish");

        var callIn = new Deadlines(ProcedureRulebook.Harrow.For(Today, "Cabinet")).CallIn(Today);
        await using (var db = Db())
        {
            var stored = await db.ExecutiveDecisions.SingleAsync(d => d.Id == id, Cancel);
            Assert.Equal(ExecutiveDecisionStatus.Published, stored.Status);
            Assert.Equal(Today, stored.PublishedOn);
            Assert.Equal(callIn.WindowEnds, stored.CallInEnds);
            Assert.Equal(callIn.ImplementFrom, stored.ImplementableFrom);
            var audit = await db.AuditEntries.Where(a => a.EntityId == id).ToListAsync(Cancel);
            Assert.Contains(audit, a => a.Action == "Added" && a.Actor == "clerk");
            Assert.Contains(audit, a => a.Action == "Modified" && a.Actor == "clerk" && a.After!.Contains("\"Status\":\"Published\"", StringComparison.Ordinal));
        }
        var staffPage = WebUtility.HtmlDecode(await clerk.GetPageAsync($"/admin/decisions/{id}"));
        Assert.Contains($"Call-in period ends {Date(callIn.WindowEnds)}; implementable from {Date(callIn.ImplementFrom)}", staffPage, StringComparison.Ordinal);

        // The list was cached before publication; the publication evicted it.
        var row = RowOf(await PublicListAsync(), title);
        Assert.Contains(callIn.WindowEnds.ToString("d MMM uuuu", CultureInfo.GetCultureInfo("en-GB")), row, StringComparison.Ordinal);
        Assert.Contains("Published, open to call-in", row, StringComparison.Ordinal);

        // The notice is searchable at once, as an executive decision linking to its public page.
        var found = await site.Client.GetStringAsync("/api/search?q=garden+waste+charge&type=executive-decision", Cancel);
        Assert.Contains($"\"url\":\"/decisions/executive/{id}\"", found, StringComparison.Ordinal);
        Assert.Contains("Executive decision", await site.Client.GetStringAsync("/search?q=garden+waste+charge", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_notice_asks_first_with_the_date_and_call_in_waiver_and_its_reason_and_publishes_only_once_confirmed()
    {
        const string title = "Emergency repairs to Headstone Manor bridge";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var yesterday = Today.PlusDays(-1);
        var id = await RecordAsync(clerk, title, yesterday);
        var decisionPage = $"/admin/decisions/{id}";
        Assert.Contains("?handler=Check", await clerk.GetPageAsync(decisionPage), StringComparison.Ordinal);

        // The entries are checked first: a date to come is refused at its day box, and nothing changes.
        var future = await PostAsync(clerk, id, "Check", DateFields("PublishOn", Today.PlusDays(1)));
        Assert.Equal("The date of publication must be today or in the past", await DemoMeetingToRecord.ErrorSummaryAsync(future));

        // A waiver needs the reason the decision cannot wait: it is printed on the notice.
        var noReason = await PostAsync(clerk, id, "Check", new(DateFields("PublishOn", yesterday)) { ["CallInWaived"] = "true", ["CallInWaiverReason"] = "  " });
        Assert.Equal("Enter why the decision cannot wait for call-in", await DemoMeetingToRecord.ErrorSummaryAsync(noReason));

        const string reason = "The bridge is unsafe & closed; repairs must start before the river rises.";
        var check = await PostAsync(clerk, id, "Check", new(DateFields("PublishOn", yesterday)) { ["CallInWaived"] = "true", ["CallInWaiverReason"] = reason });
        await DemoMeetingToRecord.AssertRedirectedAsync(check, "check");
        var confirmPage = check.Headers.Location!.OriginalString;
        Assert.Equal($"{decisionPage}/publish?on={yesterday:uuuu-MM-dd}&waived=true&reason={Uri.EscapeDataString(reason)}", confirmPage);
        var confirm = await clerk.GetPageAsync(confirmPage);
        var text = PlainWords.VisibleText(confirm);
        Assert.Contains("Are you sure you want to publish the decision notice?", text, StringComparison.Ordinal);
        Assert.Contains($"Date of publication {Date(yesterday)}", Squeeze(text), StringComparison.Ordinal);
        Assert.Contains("Waived by the Chair of Overview and Scrutiny on grounds of urgency", text, StringComparison.Ordinal);
        Assert.Contains($"Why it cannot wait {reason}", Squeeze(text), StringComparison.Ordinal);
        Assert.Contains("on the public site", text, StringComparison.Ordinal);
        Assert.Contains("A published notice cannot be taken back", text, StringComparison.Ordinal);
        PlainWords.AssertPlain(text, confirmPage);
        // "Change" goes back to the form with the entries as they were.
        var change = WebUtility.HtmlDecode(await clerk.GetPageAsync($"{decisionPage}?on={yesterday:uuuu-MM-dd}&waived=true&reason={Uri.EscapeDataString(reason)}"));
        Assert.Contains($"name=\"PublishOn.Day\" type=\"text\" inputmode=\"numeric\" value=\"{yesterday.Day}\"", change, StringComparison.Ordinal);
        Assert.Matches("id=\"call-in-waived\"[^>]*checked", change);
        Assert.Contains($">{reason}</textarea>", change, StringComparison.Ordinal);
        await using (var db = Db())
        {
            Assert.Equal(ExecutiveDecisionStatus.Made, (await db.ExecutiveDecisions.SingleAsync(d => d.Id == id, Cancel)).Status);
        }
        Assert.DoesNotContain(title, await PublicListAsync(), StringComparison.Ordinal);

        // The confirmation's own form publishes what it showed.
        var published = await clerk.PostFormAsync($"{decisionPage}?handler=Publish", HiddenFields(confirm), formPage: confirmPage);
        await DemoMeetingToRecord.AssertRedirectedAsync(published, "publish");
        await using (var db = Db())
        {
            var stored = await db.ExecutiveDecisions.SingleAsync(d => d.Id == id, Cancel);
            Assert.Equal(ExecutiveDecisionStatus.Published, stored.Status);
            Assert.Equal(yesterday, stored.PublishedOn);
            Assert.True(stored.CallInWaived);
            Assert.Equal(reason, stored.CallInWaiverReason);
        }
        Assert.Contains(title, await PublicListAsync(), StringComparison.Ordinal);
        var notice = PlainWords.VisibleText(await site.Client.GetStringAsync($"/decisions/executive/{id}", Cancel));
        Assert.Contains($"Why it could not wait: {reason}", Squeeze(notice), StringComparison.Ordinal);
        Assert.Contains($"The notice was published on {Date(yesterday)}.", WebUtility.HtmlDecode(await clerk.GetPageAsync(confirmPage)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_before_publishing_gives_the_call_in_period_from_the_date_entered()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var id = await RecordAsync(clerk, "Library opening hours from April 2027");
        var check = await PostAsync(clerk, id, "Check", DateFields("PublishOn", Today));
        await DemoMeetingToRecord.AssertRedirectedAsync(check, "check");

        var text = Squeeze(PlainWords.VisibleText(await clerk.GetPageAsync(check.Headers.Location!.OriginalString)));

        var callIn = new Deadlines(ProcedureRulebook.Harrow.For(Today, "Cabinet")).CallIn(Today);
        Assert.Contains($"Not waived. The call-in period ends on {Date(callIn.WindowEnds)}; the decision can be implemented from {Date(callIn.ImplementFrom)} unless it is called in.", text, StringComparison.Ordinal);
        Assert.Contains("the call-in period runs from the date of publication", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_whose_notice_is_not_published_is_not_on_the_public_site_or_in_search()
    {
        const string title = "Zephyrbrook depot disposal";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var id = await RecordAsync(clerk, title);

        Assert.DoesNotContain(title, await PublicListAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/decisions/executive/{id}", Cancel)).StatusCode);
        Assert.Contains("\"total\":0,", await site.Client.GetStringAsync("/api/search?q=Zephyrbrook", Cancel), StringComparison.Ordinal);
        Assert.Contains("Not yet published", await clerk.GetPageAsync($"/admin/decisions/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_in_after_the_call_in_period_is_refused_under_EX_8_and_the_decision_is_unchanged()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var monthAgo = Today.PlusDays(-30);
        var id = await RecordAsync(clerk, "Leisure centre management contract extension", monthAgo);
        await DemoMeetingToRecord.AssertRedirectedAsync(await PostAsync(clerk, id, "Publish", DateFields("PublishOn", monthAgo)), "publish");

        var refused = await PostAsync(clerk, id, "CallIn", DateFields("CalledInOn", Today));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.EndsWith("Rule: Call-in.", await DemoMeetingToRecord.ErrorSummaryAsync(refused), StringComparison.Ordinal);
        Assert.Contains("href=\"#called-in-on-day\"", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var db = Db();
        var stored = await db.ExecutiveDecisions.SingleAsync(d => d.Id == id, Cancel);
        Assert.Equal(ExecutiveDecisionStatus.Published, stored.Status);
        Assert.Null(stored.CalledInOn);
    }

    [Fact]
    public async Task Implementing_during_the_call_in_period_is_refused_under_EX_8_and_the_decision_is_unchanged()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var id = await RecordAsync(clerk, "Parking permit price review");
        await DemoMeetingToRecord.AssertRedirectedAsync(await PostAsync(clerk, id, "Publish", DateFields("PublishOn", Today)), "publish");

        var refused = await PostAsync(clerk, id, "Implement", DateFields("ImplementedOn", Today));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.EndsWith("Rule: Call-in.", await DemoMeetingToRecord.ErrorSummaryAsync(refused), StringComparison.Ordinal);
        await using var db = Db();
        var stored = await db.ExecutiveDecisions.SingleAsync(d => d.Id == id, Cancel);
        Assert.Equal(ExecutiveDecisionStatus.Published, stored.Status);
        Assert.Null(stored.ImplementedOn);
    }

    [Fact]
    public async Task A_called_in_decision_is_implemented_only_once_the_call_in_is_concluded_and_the_public_notice_follows()
    {
        const string title = "Housing allocations policy review";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var yesterday = Today.PlusDays(-1);
        var id = await RecordAsync(clerk, title, yesterday);
        await DemoMeetingToRecord.AssertRedirectedAsync(await PostAsync(clerk, id, "Publish", DateFields("PublishOn", yesterday)), "publish");
        await DemoMeetingToRecord.AssertRedirectedAsync(await PostAsync(clerk, id, "CallIn", DateFields("CalledInOn", Today)), "call-in");
        Assert.Contains("Called in for scrutiny", RowOf(await PublicListAsync(), title), StringComparison.Ordinal);
        // A second publication (a confirmation page left open) is refused in words.
        Assert.Contains($"'{title}' is already called in", await DemoMeetingToRecord.ErrorSummaryAsync(await PostAsync(clerk, id, "Publish", DateFields("PublishOn", Today))), StringComparison.Ordinal);

        var refused = await PostAsync(clerk, id, "Implement", DateFields("ImplementedOn", Today));
        Assert.EndsWith("Rule: Call-in.", await DemoMeetingToRecord.ErrorSummaryAsync(refused), StringComparison.Ordinal);

        await DemoMeetingToRecord.AssertRedirectedAsync(await PostAsync(clerk, id, "Implement", new(DateFields("ImplementedOn", Today)) { ["CallInConcluded"] = "true" }), "implement");
        await using (var db = Db())
        {
            var stored = await db.ExecutiveDecisions.SingleAsync(d => d.Id == id, Cancel);
            Assert.Equal(ExecutiveDecisionStatus.Implemented, stored.Status);
            Assert.Equal(Today, stored.CalledInOn);
            Assert.Equal(Today, stored.ImplementedOn);
        }
        Assert.Contains("Implemented", RowOf(await PublicListAsync(), title), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_without_reasons_is_refused_under_EX_7_and_nothing_is_stored()
    {
        const string title = "Street lighting LED replacement programme";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        var refused = await clerk.PostFormAsync("/admin/decisions/new", new(await FormAsync(title, Today)) { ["Reasons"] = " " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = await DemoMeetingToRecord.ErrorSummaryAsync(refused);
        Assert.EndsWith("Rule: Records of executive decisions (2012 Regulations, regulations 12 to 14).", summary, StringComparison.Ordinal);
        Assert.Contains("reasons", summary, StringComparison.Ordinal);
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("href=\"#reasons\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        await using var db = Db();
        Assert.False(await db.ExecutiveDecisions.AnyAsync(d => d.Title == title, Cancel));
    }

    [Fact]
    public async Task An_impossible_date_of_decision_is_refused_with_a_message_at_the_day_box()
    {
        const string title = "Allotment rents 2027";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var form = new Dictionary<string, string>(await FormAsync(title, Today)) { ["DecidedOn.Day"] = "31", ["DecidedOn.Month"] = "2" };

        var refused = await clerk.PostFormAsync("/admin/decisions/new", form);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("The date the decision was made must be a real date, for example 27 3 2026", await DemoMeetingToRecord.ErrorSummaryAsync(refused));
        Assert.Contains("href=\"#decided-on-day\"", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var db = Db();
        Assert.False(await db.ExecutiveDecisions.AnyAsync(d => d.Title == title, Cancel));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        const string title = "Forged decision";
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostRawAsync("/admin/decisions/new", await FormAsync(title, Today))).StatusCode);

        var id = await RecordAsync(clerk, "Community grants round 2027");
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostRawAsync($"/admin/decisions/{id}?handler=Publish", DateFields("PublishOn", Today))).StatusCode);
        await using var db = Db();
        Assert.False(await db.ExecutiveDecisions.AnyAsync(d => d.Title == title, Cancel));
        Assert.Equal(ExecutiveDecisionStatus.Made, (await db.ExecutiveDecisions.SingleAsync(d => d.Id == id, Cancel)).Status);
    }

    [Theory]
    [InlineData("author", "/admin/decisions")]
    [InlineData("author", "/admin/decisions/new")]
    [InlineData("councillor", "/admin/decisions")]
    [InlineData("councillor", "/admin/decisions/new")]
    public async Task Only_Democratic_Services_and_administrators_open_the_decision_pages(string account, string path)
    {
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, account);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Records a Cabinet decision taken by a portfolio holder (no minute) through the form; returns its id.</summary>
    private async Task<Guid> RecordAsync(StaffClient clerk, string title, LocalDate? decidedOn = null)
    {
        var response = await clerk.PostFormAsync("/admin/decisions/new", await FormAsync(title, decidedOn ?? Today));
        await DemoMeetingToRecord.AssertRedirectedAsync(response, "record");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private async Task<Dictionary<string, string>> FormAsync(string title, LocalDate decidedOn)
    {
        Guid cabinet;
        await using (var db = Db())
        {
            cabinet = await db.Committees.Where(c => c.Name == "Cabinet").Select(c => c.Id).SingleAsync(Cancel);
        }
        return new(DateFields("DecidedOn", decidedOn))
        {
            ["CommitteeId"] = cabinet.ToString(),
            ["MinuteId"] = "",
            ["DecisionMaker"] = "Portfolio Holder for Finance",
            ["DecisionTitle"] = title,
            ["Decision"] = $"That the {title.ToLowerInvariant()} be approved.",
            ["Reasons"] = "To balance the budget for 2027/28.",
            ["AlternativesRejected"] = "To make no change: rejected, as the service would overspend.",
            ["ConflictsDeclared"] = "",
            ["KeyDecision"] = "true",
        };
    }

    private static Task<HttpResponseMessage> PostAsync(StaffClient clerk, Guid id, string handler, Dictionary<string, string> fields) =>
        clerk.PostFormAsync($"/admin/decisions/{id}?handler={handler}", fields, formPage: $"/admin/decisions/{id}");

    private static Dictionary<string, string> DateFields(string name, LocalDate date) => new()
    {
        [$"{name}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{name}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{name}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The hidden fields of a confirmation page's form (the token is added when posting).</summary>
    private static Dictionary<string, string> HiddenFields(string page) => HiddenField().Matches(page)
        .Where(m => m.Groups[1].Value != "__RequestVerificationToken")
        .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>Visible text with its runs of white space made single spaces, to read a summary list row as one line.</summary>
    private static string Squeeze(string text) => Spaces().Replace(text, " ");

    private async Task<string> PublicListAsync() => WebUtility.HtmlDecode(await site.Client.GetStringAsync("/decisions/executive", Cancel));

    /// <summary>The public list's table row for one decision.</summary>
    private static string RowOf(string list, string title)
    {
        var at = list.IndexOf(title, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{title}' is not on the public list");
        var start = list.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return list[start..list.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private static string Date(LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.GetCultureInfo("en-GB"));

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
