using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Publication;
using Quorum.TestSupport;
using Quorum.Web.Tests.Site;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Writer;

namespace Quorum.Web.Tests.Pages;

/// <summary>Hears every publication the host raises, so a test can tell that a request raised none.</summary>
public sealed class PublicationCounter : IPublicationListener
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The small council with its appendix uploaded to the document store, and Part II papers that must stay out of the
/// public pack. Its agendas were published without pack files, so the host builds them at start, as a real
/// start-up does (<see cref="MissingPacks"/>), before any test asks.
/// </summary>
public class PackSite : SiteHost
{
    public PublicationCounter Publications { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IPublicationListener>(Publications);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await BuildMissingPacksAsync();
    }

    protected virtual Task BuildMissingPacksAsync() => Services.GetRequiredService<MissingPacks>().BuildAsync(CancellationToken.None);

    public const string PartIIReportCanary = "CANARY-PACK-PART-II-REPORT-3c9d";
    public const string ExemptAppendixCanary = "CANARY-PACK-EXEMPT-APPENDIX-77ab";
    public const string AppendixText = "Draft strategy appendix, uploaded as a PDF";
    public const string DraftMinutesCanary = "CANARY-DRAFT-MINUTES-DOCUMENT-5e21";
    public const string MinutesLine = "226. Community Safety Strategy";

    protected override async Task SeedMoreAsync(QuorumDbContext db)
    {
        var council = await db.Councils.SingleAsync();
        var held = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Date == HeldOn);
        var safetyItem = held.AgendaItems.Single(i => i.Number == 3).Id;
        var safety = await db.Reports.Include(r => r.Enclosures).SingleAsync(r => r.AgendaItemId == safetyItem);
        Directory.CreateDirectory(Path.Combine(DocumentsPath, "2017"));
        await File.WriteAllBytesAsync(Path.Combine(DocumentsPath, "2017", "appendix-1.pdf"), Pdf(AppendixText));
        safety.Enclosures[0].StoragePath = "2017/appendix-1.pdf";
        // An exempt appendix of the public report, with a file, and a Part II report: neither may reach the pack.
        await File.WriteAllBytesAsync(Path.Combine(DocumentsPath, "2017", "appendix-2.pdf"), Pdf(ExemptAppendixCanary));
        var exempt = safety.AddEnclosure(ExemptAppendixCanary, "appendix-2.pdf", 1, new string('c', 64));
        exempt.StoragePath = "2017/appendix-2.pdf";
        exempt.ExemptionParagraph = new Schedule12AParagraph(3);
        db.Add(exempt);
        var partTwo = held.AgendaItems.Single(i => i.Part is AgendaPart.PartII);
        db.Add(TestCouncil.NewReport(council.Id, partTwo, PartIIReportCanary, r => r.For("Overview and Scrutiny Committee", HeldOn).Summary(PartIIReportCanary).Body(PartIIReportCanary).Exempt(3)));

        // The held meeting's minutes document, approved and published; the cabinet's still a draft.
        var published = new MeetingMinutes { MeetingId = held.Id };
        published.Draft($"OVERVIEW AND SCRUTINY COMMITTEE MINUTES\n\n19 SEPTEMBER 2017\n\n225. Attendance by Reserve Members\nRESOLVED: To note the attendance of the Reserve Members.\n\n{MinutesLine}\n\nRESOLVED to RECOMMEND: That Cabinet adopt the Community Safety Strategy 2017-2020.\n\n1. That the Strategy be reviewed each year.", "<article class=\"minutes\"></article>", byClerk: false);
        published.Approve(held.Id, new NodaTime.LocalDate(2017, 9, 27), null);
        published.Publish(new NodaTime.LocalDate(2017, 9, 28));
        var cabinetHeld = await db.Meetings.SingleAsync(m => m.Date == new NodaTime.LocalDate(2017, 9, 21));
        var draft = new MeetingMinutes { MeetingId = cabinetHeld.Id };
        draft.Draft($"CABINET MINUTES\n\n{DraftMinutesCanary}", "<article class=\"minutes\"></article>", byClerk: false);
        db.AddRange(published, draft);
        await db.SaveChangesAsync();
    }

    public static byte[] Pdf(string text)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));
        builder.AddPage(PageSize.A4).AddText(text, 12, new PdfPoint(60, 760), font);
        return builder.Build();
    }
}

public sealed class AgendaPackTests(PackSite site) : IClassFixture<PackSite>
{
    private const string HeldMeeting = "/meetings/2017-09-19/overview-and-scrutiny";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_agenda_without_a_pack_file_gets_its_pack_built_at_start_with_the_real_page_ranges()
    {
        // Built before any request: the file is there and the item's page range is the one it really has.
        Assert.NotNull(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "packs"), "2017-09-19-overview-and-scrutiny.pdf").SingleOrDefault());
        var page = await site.Client.GetStringAsync(HeldMeeting, Cancel);
        Assert.Contains($"href=\"{HeldMeeting}/agenda.pdf\"", page);

        using var response = await site.Client.GetAsync(HeldMeeting + "/agenda.pdf", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Cancel);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));

        Assert.Contains("OVERVIEW AND SCRUTINY COMMITTEE AGENDA", text.ReplaceLineEndings(" "));
        Assert.Contains("Community Safety Strategy 2017-2020", text);
        Assert.Contains(PackSite.AppendixText, text);
        Assert.Contains("Agenda Item 3", text);
        var item = await site.Client.GetStringAsync(HeldMeeting + "/items/3", Cancel);
        Assert.Contains($"agenda.pdf#page=", item);
    }

    [Fact]
    public async Task The_agenda_pack_is_a_tagged_pdf_with_its_title_language_and_a_bookmark_for_every_agenda_item()
    {
        var pdf = await site.Client.GetByteArrayAsync(HeldMeeting + "/agenda.pdf", Cancel);
        string[] items;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            items = await scope.ServiceProvider.GetRequiredService<QuorumDbContext>().AgendaItems
                .Where(i => i.Meeting!.Date == SiteHost.HeldOn && i.Meeting.Committee!.Slug == new Quorum.Domain.Slug("overview-and-scrutiny"))
                .OrderBy(i => i.Number).Select(i => i.Number + ". " + i.Title).ToArrayAsync(Cancel);
        }

        var (info, structure) = await Poppler.InfoAsync(pdf);
        using var document = PdfDocument.Open(pdf);

        Assert.Matches(@"Tagged:\s+yes\n", info);
        Assert.Matches(new System.Text.RegularExpressions.Regex(@"Title:\s+Overview and Scrutiny Committee, 19 September 2017\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase), info);
        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Agenda", .. items], bookmarks.GetNodes().Select(b => b.Title));
        Assert.Contains("Community Safety Strategy 2017-2020", structure);
        // The uploaded appendix is in the pack but, untagged, not in the structure tree; exempt papers in neither.
        Assert.DoesNotContain(PackSite.PartIIReportCanary, structure);
        Assert.DoesNotContain(PackSite.ExemptAppendixCanary, structure);
    }

    [Fact]
    public async Task Downloading_the_agenda_pack_only_reads_its_file_and_raises_no_publication()
    {
        var before = site.Publications.Count;
        var pack = Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "packs", "2017-09-19-overview-and-scrutiny.pdf");
        var written = File.GetLastWriteTimeUtc(pack);
        using var store = await StoreWatch.OpenAsync(site.DatabasePath);

        using var response = await site.Client.GetAsync(HeldMeeting + "/agenda.pdf", Cancel);
        await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, site.Publications.Count);
        Assert.Equal(written, File.GetLastWriteTimeUtc(pack));
        Assert.False(await store.ChangedAsync(), "the store was written to during a public GET");
    }

    [Fact]
    public async Task Part_II_reports_and_exempt_appendices_are_absent_from_the_public_pack()
    {
        var pdf = await site.Client.GetByteArrayAsync(HeldMeeting + "/agenda.pdf", Cancel);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));

        Assert.DoesNotContain(PackSite.PartIIReportCanary, text);
        Assert.DoesNotContain(PackSite.ExemptAppendixCanary, text);
        Assert.DoesNotContain("CANARY", text);
        // The Part II item is still listed by title: the agenda itself is public.
        Assert.Contains("CONTRACT FOR LEISURE SERVICES", text);
    }

    [Fact]
    public async Task An_unpublished_agendas_pack_is_not_found_and_not_linked()
    {
        var page = await site.Client.GetStringAsync("/meetings/2017-10-17/overview-and-scrutiny", Cancel);
        using var response = await site.Client.GetAsync("/meetings/2017-10-17/overview-and-scrutiny/agenda.pdf", Cancel);

        Assert.DoesNotContain("agenda.pdf", page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The same council with no pack built: what a public request does when the file is missing.</summary>
public sealed class PacklessSite : PackSite
{
    protected override Task BuildMissingPacksAsync() => Task.CompletedTask;
}

public sealed class MissingPackTests(PacklessSite site) : IClassFixture<PacklessSite>
{
    [Fact]
    public async Task A_published_agenda_whose_pack_file_is_missing_is_not_built_by_a_public_request()
    {
        var cancel = TestContext.Current.CancellationToken;
        var packs = Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "packs");
        using var store = await StoreWatch.OpenAsync(site.DatabasePath);

        using var response = await site.Client.GetAsync("/meetings/2017-09-19/overview-and-scrutiny/agenda.pdf", cancel);
        var page = await site.Client.GetStringAsync("/meetings/2017-09-19/overview-and-scrutiny", cancel);

        // "Being prepared, try again shortly" (the site draws missing packs in the background), never drawn on demand.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("agenda.pdf", page);
        Assert.Empty(Directory.GetFiles(packs, "*", SearchOption.AllDirectories));
        Assert.Equal(0, site.Publications.Count);
        Assert.False(await store.ChangedAsync(), "the store was written to during a public GET");
    }
}

/// <summary>
/// Tells whether anyone committed to a SQLite file since it was opened: <c>PRAGMA data_version</c> changes on this
/// connection exactly when another connection commits.
/// </summary>
public sealed class StoreWatch : IDisposable
{
    private readonly Microsoft.Data.Sqlite.SqliteConnection connection;
    private long version;

    private StoreWatch(string path) => connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");

    public static async Task<StoreWatch> OpenAsync(string path)
    {
        var watch = new StoreWatch(path);
        await watch.connection.OpenAsync();
        watch.version = await watch.DataVersionAsync();
        return watch;
    }

    public async Task<bool> ChangedAsync() => await DataVersionAsync() != version;

    private async Task<long> DataVersionAsync()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => connection.Dispose();
}

public sealed class MinutesPdfTests(PackSite site) : IClassFixture<PackSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Published_minutes_are_linked_from_the_meeting_page_and_print_as_PDF()
    {
        var page = await site.Client.GetStringAsync("/meetings/2017-09-19/overview-and-scrutiny", Cancel);
        Assert.Contains("href=\"/meetings/2017-09-19/overview-and-scrutiny/minutes.pdf\"", page);

        using var response = await site.Client.GetAsync("/meetings/2017-09-19/overview-and-scrutiny/minutes.pdf", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Cancel));
        var text = ContentOrderTextExtractor.GetText(document.GetPage(1));

        Assert.Contains("OVERVIEW AND SCRUTINY COMMITTEE MINUTES", text);
        Assert.Contains(PackSite.MinutesLine, text);
        Assert.Contains("Page 1", text);
        var (info, structure) = await Poppler.InfoAsync(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Matches(@"Tagged:\s+yes\n", info);
        Assert.Contains("Title:           Overview and Scrutiny Committee minutes, 19 September 2017", info);
        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        Assert.Contains(PackSite.MinutesLine, structure);

        // One bookmark per minute under the minutes' heading, in the order minuted (a heading run into its first line
        // of text included); the numbered line of a decision is not one.
        string[] minutes;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            minutes = (await scope.ServiceProvider.GetRequiredService<QuorumDbContext>().Minutes
                .Where(m => m.Meeting!.Date == SiteHost.HeldOn && m.Meeting.Committee!.Slug == new Quorum.Domain.Slug("overview-and-scrutiny"))
                .ToListAsync(Cancel)).OrderBy(m => m.Number).Select(m => $"{m.Number}. {m.Title}").ToArray();
        }
        Assert.NotEmpty(minutes);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var heading = Assert.Single(bookmarks.Roots);
        Assert.Equal("OVERVIEW AND SCRUTINY COMMITTEE MINUTES", heading.Title);
        Assert.Equal(minutes, heading.Children.Select(b => b.Title));
    }

    [Fact]
    public async Task Draft_minutes_are_neither_linked_nor_served()
    {
        var page = await site.Client.GetStringAsync("/meetings/2017-09-21/cabinet", Cancel);
        using var response = await site.Client.GetAsync("/meetings/2017-09-21/cabinet/minutes.pdf", Cancel);

        Assert.DoesNotContain("minutes.pdf", page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
