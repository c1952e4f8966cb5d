using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Setup;

/// <summary>
/// An administrator keeping the council's settings on the staff pages, over HTTP on the small Harrow site (not the
/// demo): the details reach the contact pages at once, a procedure change moves the public question deadline of a
/// meeting to come, bad input is refused naming the field with nothing stored, and a clerk cannot open the pages.
/// </summary>
public sealed class CouncilSettingsPagesTests(SiteHost site) : IClassFixture<SiteHost>
{
    private const string UpcomingScrutiny = "/meetings/2017-10-17/overview-and-scrutiny";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task An_administrator_changes_the_details_and_procedure_and_the_public_pages_follow_at_once_audited()
    {
        // Read the public pages first, so they sit in the caches and the change must evict them.
        Assert.DoesNotContain("Civic Centre Station Road", Squeezed(await PublicPageAsync("/contact")), StringComparison.Ordinal);
        Assert.Contains("3pm on Thursday 12 October 2017", Squeezed(await PublicPageAsync(UpcomingScrutiny)), StringComparison.Ordinal);
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");
        Assert.Contains("href=\"/admin/settings\"", await admin.GetPageAsync("/admin"), StringComparison.Ordinal);

        var details = await admin.PostFormAsync("/admin/settings/details", new()
        {
            ["Name"] = "London Borough of Harrow",
            ["Address"] = "Civic Centre\nStation Road\nHarrow HA1 2XY",
            ["Telephone"] = "020 8863 5611",
            ["Email"] = "democratic.services@harrow.gov.uk",
            ["Web"] = "https://www.harrow.gov.uk",
            ["Nation"] = nameof(Nation.England),
        });
        await DemoMeetingToRecord.AssertRedirectedAsync(details, "saving the council's details");
        var procedure = await admin.PostFormAsync("/admin/settings/procedure", Procedure(questionDays: "5", questionTime: "noon"), formPage: "/admin/settings/procedure");
        await DemoMeetingToRecord.AssertRedirectedAsync(procedure, "saving the procedure settings");

        var contact = Squeezed(PlainWords.VisibleText(await PublicPageAsync("/contact")));
        Assert.Contains("Civic Centre Station Road Harrow HA1 2XY", contact, StringComparison.Ordinal);
        Assert.Contains("Telephone 020 8863 5611", contact, StringComparison.Ordinal);
        Assert.Contains("https://www.harrow.gov.uk", contact, StringComparison.Ordinal);
        Assert.Contains("midday on Tuesday 10 October 2017", Squeezed(await PublicPageAsync(UpcomingScrutiny)), StringComparison.Ordinal);
        var summary = Squeezed(PlainWords.VisibleText(await admin.GetPageAsync("/admin/settings")));
        PlainWords.AssertPlain(summary, "/admin/settings");
        Assert.Contains("Public questions close 5th working day before the meeting, at midday", summary, StringComparison.Ordinal);
        await using var db = Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "admin" && a.EntityType == nameof(CouncilProcedure) && a.Action == "Added", Cancel));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "admin" && a.EntityType == nameof(Council) && a.Action == "Modified", Cancel));
    }

    [Fact]
    public async Task Bad_settings_are_refused_naming_the_field_and_nothing_is_stored()
    {
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");
        int versions;
        await using (var db = Db())
        {
            versions = await db.CouncilProcedures.CountAsync(Cancel);
        }

        var time = await admin.PostFormAsync("/admin/settings/procedure", Procedure(questionDays: "3", questionTime: "teatime"), formPage: "/admin/settings/procedure");
        var past = await admin.PostFormAsync("/admin/settings/procedure", Procedure(questionDays: "3", questionTime: "15:00", fromYear: "2016"), formPage: "/admin/settings/procedure");
        var web = await admin.PostFormAsync("/admin/settings/details", new() { ["Name"] = "London Borough of Harrow", ["Web"] = "harrow dot gov", ["Nation"] = nameof(Nation.England) }, formPage: "/admin/settings/details");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (time.StatusCode, past.StatusCode, web.StatusCode));
        Assert.Equal("Enter the time public questions close, like 15:00 or 3pm", await DemoMeetingToRecord.ErrorSummaryAsync(time));
        Assert.Contains("href=\"#question-time\"", await time.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("The settings can take effect from today or a later day, not an earlier one", await DemoMeetingToRecord.ErrorSummaryAsync(past));
        Assert.Contains("href=\"#from-day\"", await past.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("Enter the web address in full, starting https://", await DemoMeetingToRecord.ErrorSummaryAsync(web));
        await using var check = Db();
        Assert.Equal(versions, await check.CouncilProcedures.CountAsync(Cancel));
        Assert.NotEqual("harrow dot gov", (await check.Councils.SingleAsync(Cancel)).WebAddress);
    }

    [Fact]
    public async Task A_clerk_cannot_open_the_council_settings()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        foreach (var path in new[] { "/admin/settings", "/admin/settings/details", "/admin/settings/procedure" })
        {
            var response = await clerk.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode} to a clerk");
        }
        Assert.DoesNotContain("href=\"/admin/settings\"", await clerk.GetPageAsync("/admin"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Procedure(string questionDays, string questionTime, string fromYear = "2017") => new()
    {
        ["From.Day"] = "25",
        ["From.Month"] = "9",
        ["From.Year"] = fromYear,
        ["QuestionDays"] = questionDays,
        ["QuestionTime"] = questionTime,
        ["CallInDays"] = "5",
        ["MinuteRestart"] = "AfterEachElection",
        ["PublishDraftMinutes"] = "false",
        ["CommitteeRules"] = "Committee Procedure Rules",
        ["ExecutiveRules"] = "Executive Procedure Rules",
        ["QuestionsRule"] = "17",
        ["PetitionsRule"] = "15",
        ["DeputationsRule"] = "16",
        ["ConstitutionPart"] = "Part 4B of the Constitution",
    };

    /// <summary>Visible text with runs of white space made one space, so a row reads as a line.</summary>
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<string> PublicPageAsync(string path) => WebUtility.HtmlDecode(await site.Client.GetStringAsync(path, Cancel));
}
