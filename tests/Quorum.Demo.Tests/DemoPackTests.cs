using Microsoft.EntityFrameworkCore;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Publishing.Packs;
using Quorum.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Demo.Tests;

/// <summary>The demo council's meetings make real packs: its clerks, reports and (drawn) appendices.</summary>
public sealed class DemoPackTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_demo_meeting_with_appendices_compiles_to_a_pack_whose_contents_match_its_pages()
    {
        var settings = await SeededDemo.CopyAsync("demo-packs");
        await using var db = QuorumDatabase.CreateContext(settings, new TestClock());
        // A published meeting whose public papers include an appendix.
        var meetingId = await db.Enclosures.WherePublic()
            .OrderBy(e => e.Report!.AgendaItem!.Meeting!.Date)
            .Select(e => e.Report!.AgendaItem!.MeetingId)
            .FirstAsync(Cancel);
        var meeting = await db.Meetings.Include(m => m.Committee).SingleAsync(m => m.Id == meetingId, Cancel);
        var store = Path.Combine(fixture.Directory, "demo-documents");
        using var builder = new AgendaPackBuilder(fixture.Compiler, new DocumentStore(store, new DemoEnclosures()), new PackFolder(Path.Combine(store, "packs")));

        var pack = (await builder.BuildAsync(db, meetingId, PackKind.Main, Cancel))!;

        using var document = PdfDocument.Open(pack.Pdf);
        var pages = document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)).ToArray();
        Assert.Equal(pack.PageCount, pages.Length);
        Assert.NotEmpty(pack.Contents);
        var front = string.Join("\n", pages[..(pack.Contents[0].Pages.First - 1)]);
        Assert.Contains($"Contact: {meeting.Committee!.ClerkName}", front);
        foreach (var entry in pack.Contents)
        {
            Assert.Contains($"Agenda Item {entry.ItemNumber}", pages[entry.Pages.First - 1]);
        }
        var appendix = await db.Enclosures.WherePublic().Where(e => e.Report!.AgendaItem!.MeetingId == meetingId).FirstAsync(Cancel);
        Assert.Contains(pages, p => p.Contains(appendix.Title, StringComparison.Ordinal) && p.Contains("Sheet 1 of", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(store, appendix.StoragePath!)));
    }
}
