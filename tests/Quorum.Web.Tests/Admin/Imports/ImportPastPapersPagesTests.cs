using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Imports;

/// <summary>
/// "Import past papers" over HTTP on the small Harrow site (not the demo): a clerk uploads another council's real
/// papers from the importer's corpus, checks what was read, imports it, and the public meeting page and search show
/// it at once, audited under the clerk's name; the same file twice changes nothing; empty, oversized and binary files
/// are refused naming the file and nothing is written; the form needs its antiforgery token and a clerk. Each test
/// uses its own paper, since they share the site's database.
/// </summary>
public sealed partial class ImportPastPapersPagesTests(SiteHost site) : IClassFixture<SiteHost>
{
    /// <summary>Kent's Cabinet agenda of 4 March 2025: eight items, no reports, the contact's e-mail at kent.gov.uk.</summary>
    public const string KentCabinet = "mg-kent-cabinet-agenda-2025-03-04.txt";

    /// <summary>Coventry's Cabinet "agenda and minutes" page of 2 October 2018, with private items.</summary>
    private const string CoventryCabinet = "mg-coventry-cabinet-minutes-2018-10-02.txt";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A paper from the importer's corpus, copied beside the tests by the project file.</summary>
    public static string Paper(string name) => Path.Combine(AppContext.BaseDirectory, "Admin", "Imports", "Papers", name);

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(site.Database, site.Clock);

    private string Waiting => Path.Combine(site.DocumentsPath, "imports");

    [Fact]
    public async Task A_clerk_uploads_a_pack_checks_what_was_read_imports_it_and_the_meeting_page_and_search_show_it_audited()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Assert.Contains("href=\"/admin/imports\"", await clerk.GetPageAsync("/admin"), StringComparison.Ordinal);
        var form = PlainWords.VisibleText(await clerk.GetPageAsync("/admin/imports"));
        Assert.Contains("20 MB or smaller", form, StringComparison.Ordinal);

        var uploaded = await UploadAsync(clerk, File.ReadAllBytes(Paper(KentCabinet)), KentCabinet);
        await DemoMeetingToRecord.AssertRedirectedAsync(uploaded, "uploading Kent's agenda");
        var preview = uploaded.Headers.Location!.OriginalString;
        Assert.Matches("^/admin/imports/[0-9a-f-]{36}$", preview);
        // Kept under the site's own name for it until confirmed, never the uploader's; nothing stored yet.
        var id = Guid.Parse(preview.Split('/')[^1]);
        Assert.Equal([$"{id:N}.json", $"{id:N}.pack"], WaitingFor(id));
        Assert.DoesNotContain(Directory.GetFiles(Waiting), f => f.Contains("kent", StringComparison.OrdinalIgnoreCase));
        Assert.False(await MeetingExistsAsync("Cabinet", new(2025, 3, 4)));

        var read = PlainWords.VisibleText(await clerk.GetPageAsync(preview));
        PlainWords.AssertPlain(read, preview);
        var squeezed = Squeezed(read);
        Assert.Contains("Kind of paper Agenda (text file)", squeezed, StringComparison.Ordinal);
        Assert.Contains("Body Cabinet (one of the council's bodies)", squeezed, StringComparison.Ordinal);
        Assert.Contains("Date Tuesday 4 March 2025", squeezed, StringComparison.Ordinal);
        Assert.Contains("Time 10am", squeezed, StringComparison.Ordinal);
        Assert.Contains("Venue Council Chamber, Sessions House, County Hall, Maidstone", squeezed, StringComparison.Ordinal);
        Assert.Contains("Agenda items 8, of which none in Part II", squeezed, StringComparison.Ordinal);
        Assert.Contains("6 Quarterly Performance Report, Q3 2024-2025 Part I 25 to 100", squeezed, StringComparison.Ordinal);

        var confirmed = await clerk.PostFormAsync(preview, [], formPage: preview);
        await DemoMeetingToRecord.AssertRedirectedAsync(confirmed, "importing Kent's agenda");
        Assert.Equal("/admin/imports/imported", confirmed.Headers.Location!.OriginalString);
        var done = await clerk.GetPageAsync("/admin/imports/imported");
        Assert.Contains("govuk-panel--confirmation", done, StringComparison.Ordinal);
        Assert.Contains("Past papers imported", done, StringComparison.Ordinal);
        Assert.Contains("Cabinet, 4 March 2025", PlainWords.VisibleText(done), StringComparison.Ordinal);
        Assert.Contains("href=\"/meetings/2025-03-04/cabinet\"", done, StringComparison.Ordinal);
        Assert.Empty(WaitingFor(id));

        // Public at once: the meeting page, and search without a reindex.
        var meeting = await site.Client.GetStringAsync("/meetings/2025-03-04/cabinet", Cancel);
        Assert.Contains("Cabinet Reconsideration of Decision 24/00093", WebUtility.HtmlDecode(meeting), StringComparison.Ordinal);
        Assert.True(await SearchTotalAsync("Seashells Millmead") > 0, "the imported agenda is found by search");

        await using var db = Db();
        var harrow = await db.Councils.SingleAsync(Cancel);
        var cabinet = await db.Committees.SingleAsync(c => c.Name == "Cabinet", Cancel);
        // Into the site's own council, whatever council the paper's e-mail address names (kent.gov.uk).
        Assert.Equal(harrow.Id, cabinet.CouncilId);
        var pack = await db.ImportedPacks.SingleAsync(p => p.FileName == KentCabinet, Cancel);
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityId == pack.MeetingId && a.Action == "Imported past papers", Cancel);
        Assert.Equal("clerk", entry.Actor);
        Assert.Contains(KentCabinet, entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_imported_twice_says_so_the_second_time_and_changes_nothing()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        await ImportAsync(clerk, Paper(CoventryCabinet), CoventryCabinet);
        var before = await CountsAsync();

        var again = await UploadAsync(clerk, File.ReadAllBytes(Paper(CoventryCabinet)), "coventry-again.txt");
        await DemoMeetingToRecord.AssertRedirectedAsync(again, "uploading Coventry's minutes again");
        var preview = again.Headers.Location!.OriginalString;
        Assert.Contains($"This exact file was imported before, as {CoventryCabinet}. Importing it again changes nothing.", PlainWords.VisibleText(await clerk.GetPageAsync(preview)), StringComparison.Ordinal);
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync(preview, [], formPage: preview), "confirming it");
        var done = PlainWords.VisibleText(await clerk.GetPageAsync("/admin/imports/imported"));
        Assert.Contains("These papers were already imported", done, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", done, StringComparison.Ordinal);

        Assert.Equal(before, await CountsAsync());
        Assert.Empty(WaitingFor(Guid.Parse(preview.Split('/')[^1])));
    }

    [Fact]
    public async Task Empty_oversized_and_binary_files_are_refused_naming_the_file_and_what_was_wrong_and_nothing_is_written()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var before = await CountsAsync();
        var waiting = WaitingFor(null);
        byte[] binary = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        foreach (var (bytes, name, error) in new[]
        {
            (Array.Empty<byte>(), "empty.txt", "empty.txt: the file is empty."),
            (new byte[(20 * 1024 * 1024) + 1], "huge.pdf", "huge.pdf: the file is 20.0 MB; packs over 20 MB are refused."),
            (binary, "photo.pdf", "photo.pdf: not a text or PDF agenda pack (binary content at byte 8)."),
            ("Shopping list\nMilk\nBread\n"u8.ToArray(), "list.txt", "list.txt: not an agenda pack: no front sheet, agenda, minutes or report cover was recognised in its 3 lines (the text begins at line 1: \"Shopping list\")."),
        })
        {
            var refused = await UploadAsync(clerk, bytes, name);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(error, await DemoMeetingToRecord.ErrorSummaryAsync(refused));
            var page = await refused.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("href=\"#pack\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        }
        using var empty = await FormAsync(clerk, null, null);
        var nothingChosen = await clerk.PostAsync("/admin/imports", empty);
        Assert.Equal("Choose the file of past papers to upload", await DemoMeetingToRecord.ErrorSummaryAsync(nothingChosen));

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(waiting, WaitingFor(null));
    }

    [Fact]
    public async Task The_page_needs_a_clerk_signed_in_and_the_forms_antiforgery_token()
    {
        using var anonymous = new StaffClient(site.BaseAddress);
        var redirected = await anonymous.GetAsync("/admin/imports");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/admin/sign-in", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var denied = await author.GetAsync("/admin/imports");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/admin/access-denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/imports\"", await author.GetPageAsync("/admin"), StringComparison.Ordinal);

        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var before = await CountsAsync();
        using var forged = new MultipartFormDataContent { { FileContent(File.ReadAllBytes(Paper(KentCabinet))), "pack", KentCabinet } };
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostAsync("/admin/imports", forged)).StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>Uploads, checks and confirms a paper as a clerk would, and returns the confirmation page.</summary>
    public static async Task<string> ImportAsync(StaffClient staff, string path, string name)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var uploaded = await UploadAsync(staff, File.ReadAllBytes(path), name);
        await DemoMeetingToRecord.AssertRedirectedAsync(uploaded, $"uploading {name}");
        var preview = uploaded.Headers.Location!.OriginalString;
        await DemoMeetingToRecord.AssertRedirectedAsync(await staff.PostFormAsync(preview, [], formPage: preview), $"importing {name}");
        return await staff.GetPageAsync("/admin/imports/imported");
    }

    /// <summary>Posts the upload form with a file, as the browser does: multipart, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(StaffClient staff, byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(staff);
        using var form = await FormAsync(staff, bytes, name);
        return await staff.PostAsync("/admin/imports", form);
    }

    private static async Task<MultipartFormDataContent> FormAsync(StaffClient staff, byte[]? bytes, string? name)
    {
        var token = StaffClient.TokenFrom(await staff.GetPageAsync("/admin/imports"));
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (bytes is not null)
        {
            form.Add(FileContent(bytes), "pack", name!);
        }
        return form;
    }

    private static ByteArrayContent FileContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    /// <summary>The files an upload waits in (all uploads' for null), by name.</summary>
    private List<string> WaitingFor(Guid? id) => Directory.Exists(Waiting)
        ? [.. Directory.GetFiles(Waiting).Select(f => Path.GetFileName(f)).Where(f => id is null || f.StartsWith($"{id:N}.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
        : [];

    private async Task<bool> MeetingExistsAsync(string body, NodaTime.LocalDate date)
    {
        await using var db = Db();
        return await db.Meetings.AnyAsync(m => m.Date == date && db.Committees.Any(c => c.Id == m.CommitteeId && c.Name == body), Cancel);
    }

    /// <summary>What an import writes: meetings, items, minutes, people, packs, their pages and the audit log.</summary>
    private async Task<(int, int, int, int, int, int, int)> CountsAsync()
    {
        await using var db = Db();
        return (await db.Meetings.CountAsync(Cancel), await db.AgendaItems.CountAsync(Cancel), await db.Minutes.CountAsync(Cancel),
            await db.People.CountAsync(Cancel), await db.ImportedPacks.CountAsync(Cancel), await db.ImportedPages.CountAsync(Cancel),
            await db.AuditEntries.CountAsync(Cancel));
    }

    private async Task<int> SearchTotalAsync(string words)
    {
        var json = await site.Client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(words)}", Cancel);
        using var results = JsonDocument.Parse(json);
        return results.RootElement.GetProperty("total").GetInt32();
    }

    private static string Squeezed(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
