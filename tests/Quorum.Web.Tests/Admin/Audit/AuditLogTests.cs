using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Audit;

/// <summary>The audit log: written for staff saves with the values before and after, read only by administrators.</summary>
public sealed partial class AuditLogTests(SiteHost site) : IClassFixture<SiteHost>
{
    [Fact]
    public async Task A_staff_change_is_logged_with_who_when_and_the_values_before_and_after()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = DatabaseSettings.ForSqliteFile(site.DatabasePath);
        Guid meetingId;
        LocalTime was;
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            db.Actor = "clerk";
            var meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.Scheduled).OrderBy(m => m.Date).FirstAsync(ct);
            meetingId = meeting.Id;
            was = meeting.StartTime;
            meeting.StartTime = was.PlusMinutes(30);
            await db.SaveChangesAsync(ct);
        }
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.EntityId == meetingId, ct);
            Assert.Equal("clerk", entry.Actor);
            Assert.Equal("Modified", entry.Action);
            Assert.Equal("Meeting", entry.EntityType);
            Assert.Equal(site.Clock.Now, entry.At);
            Assert.Contains($"\"StartTime\":\"{was}\"", entry.Before, StringComparison.Ordinal);
            Assert.Contains($"\"StartTime\":\"{was.PlusMinutes(30)}\"", entry.After, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Saves_without_a_signed_in_person_such_as_imports_write_no_audit_entries()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        var before = await db.AuditEntries.CountAsync(ct);
        var person = await db.People.FirstAsync(ct);
        person.Email = "changed-by-import@example.org";
        await db.SaveChangesAsync(ct);
        Assert.Equal(before, await db.AuditEntries.CountAsync(ct));
    }

    [Fact]
    public async Task The_administrator_reads_the_audit_log()
    {
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");
        var page = await admin.GetPageAsync("/admin/audit");
        Assert.Contains("<h1 class=\"govuk-heading-l\">Audit log</h1>", page);
        // The administrator's own sign-in has nothing before it: an empty cell, which a phone leaves out, not a bare "Before:".
        Assert.Contains("data-label=\"Before\"></td>", page);
        Assert.DoesNotContain("<code></code>", page);
    }

    [Fact]
    public async Task The_values_before_and_after_read_as_summary_lists_of_names_and_values_in_words_not_code()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock))
        {
            db.Actor = "clerk";
            var item = await db.AgendaItems.FirstAsync(i => i.Part == AgendaPart.PartII, ct);
            item.TakeInPublic();
            await db.SaveChangesAsync(ct);
        }
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");

        var page = await admin.GetPageAsync("/admin/audit?kind=agenda+item");

        Assert.Contains("<dl class=\"govuk-summary-list", page, StringComparison.Ordinal);
        var text = Spaces().Replace(PlainWords.VisibleText(page), " ");
        // Taken into public: Part II before, Part I after, and the Schedule 12A paragraph gone.
        Assert.Contains("Part Part II", text, StringComparison.Ordinal);
        Assert.Matches("Part Part I(?!I)", text);
        Assert.Contains("Exemption paragraph None", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ExemptionParagraph", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        PlainWords.AssertPlain(text, "/admin/audit");
    }

    [Theory]
    [InlineData("clerk")]
    [InlineData("author")]
    [InlineData("clearing")]
    [InlineData("councillor")]
    public async Task No_other_role_can_read_the_audit_log(string account)
    {
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, account);
        var response = await client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
