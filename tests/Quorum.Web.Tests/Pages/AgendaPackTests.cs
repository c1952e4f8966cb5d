using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Web.Tests.Site;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Writer;

namespace Quorum.Web.Tests.Pages;

/// <summary>The small council with its appendix uploaded to the document store, and Part II papers that must stay out of the public pack.</summary>
public sealed class PackSite : SiteHost
{
    public const string PartIIReportCanary = "CANARY-PACK-PART-II-REPORT-3c9d";
    public const string ExemptAppendixCanary = "CANARY-PACK-EXEMPT-APPENDIX-77ab";
    public const string AppendixText = "Draft strategy appendix, uploaded as a PDF";
    public const string DraftMinutesCanary = "CANARY-DRAFT-MINUTES-DOCUMENT-5e21";
    public const string MinutesLine = "226. Community Safety Strategy";

    protected override async Task SeedMoreAsync(QuorumDbContext db)
    {
        var council = await db.Councils.SingleAsync();
        var held = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Date == SmallCouncil.HeldOn);
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
        db.Add(SmallCouncil.NewReport(council, partTwo, PartIIReportCanary, PartIIReportCanary, PartIIReportCanary, new Schedule12AParagraph(3)));

        // The held meeting's minutes document, approved and published; the cabinet's still a draft.
        var published = new MeetingMinutes { MeetingId = held.Id };
        published.Draft($"OVERVIEW AND SCRUTINY COMMITTEE MINUTES\n\n19 SEPTEMBER 2017\n\n{MinutesLine}\n\nRESOLVED to RECOMMEND: That Cabinet adopt the Community Safety Strategy 2017-2020.", "<article class=\"minutes\"></article>", byClerk: false);
        published.Approve(held.Id, new NodaTime.LocalDate(2017, 9, 27), null);
        published.Publish(new NodaTime.LocalDate(2017, 9, 28));
        var cabinetHeld = await db.Meetings.SingleAsync(m => m.Date == new NodaTime.LocalDate(2017, 9, 21));
        var draft = new MeetingMinutes { MeetingId = cabinetHeld.Id };
        draft.Draft($"CABINET MINUTES\n\n{DraftMinutesCanary}", "<article class=\"minutes\"></article>", byClerk: false);
        db.AddRange(published, draft);
        await db.SaveChangesAsync();
    }

    private static byte[] Pdf(string text)
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
    public async Task A_published_agenda_without_a_pack_file_gets_its_pack_built_on_first_request_and_kept()
    {
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
        // The pack is now a file beside the others, and the item's page range is the one it really has.
        Assert.NotNull(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "packs"), "2017-09-19-overview-and-scrutiny.pdf").SingleOrDefault());
        var item = await site.Client.GetStringAsync(HeldMeeting + "/items/3", Cancel);
        Assert.Contains($"agenda.pdf#page=", item);
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
