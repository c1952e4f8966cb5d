using Quorum.Publishing.Packs;
using Quorum.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Outline;

namespace Quorum.Publishing.Tests.Packs;

public sealed class PackCompilerTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private static string[] PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)).ToArray();
    }

    private async Task<(AgendaPack Pack, CompiledPack Compiled, string[] Pages)> Main()
    {
        var pack = PackFixtures.Meeting(fixture.Directory);
        var compiled = await fixture.Compiler.CompileAsync(pack, PackKind.Main, TestContext.Current.CancellationToken);
        return (pack, compiled, PageTexts(compiled.Pdf));
    }

    [Fact]
    public async Task Contents_page_ranges_are_the_pages_each_item_actually_occupies()
    {
        var (pack, compiled, pages) = await Main();

        Assert.Equal(compiled.PageCount, pages.Length);
        Assert.Equal([8, 9, 10], compiled.Contents.Select(c => c.ItemNumber));
        var front = string.Join("\n", pages.Take(compiled.Contents[0].Pages.First - 1));
        foreach (var entry in compiled.Contents)
        {
            var item = pack.Items.Single(i => i.Number == entry.ItemNumber);
            Assert.Contains($"({entry.Pages.ToAgendaText()})", front);
            var first = pages[entry.Pages.First - 1];
            Assert.Contains($"Agenda Item {entry.ItemNumber}", first);
            Assert.Contains($"Pages {entry.Pages.First} to {entry.Pages.Last}", first);
            Assert.Contains("REPORT FOR:", first);
            Assert.Contains(item.Report!.Subject, first);
            // The item's last page is its last enclosure sheet or the padding after it, never the next item.
            Assert.DoesNotContain("REPORT FOR:", string.Join("\n", pages[entry.Pages.First..entry.Pages.Last]));
        }
        Assert.Equal(pages.Length, compiled.Contents[^1].Pages.Last);
    }

    [Fact]
    public async Task Every_page_carries_its_continuous_page_number()
    {
        var (_, _, pages) = await Main();

        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Page {i + 1}", pages[i]);
        }
    }

    [Fact]
    public async Task Each_item_starts_on_a_right_hand_page_with_blank_pages_where_needed()
    {
        var (_, compiled, pages) = await Main();

        Assert.All(compiled.Contents, c => Assert.Equal(1, c.Pages.First % 2));
        Assert.Equal(0, pages.Length % 2);
        Assert.Contains(pages, p => p.Contains("This page is intentionally left blank", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_agenda_item_has_a_bookmark_to_its_papers_or_to_where_the_agenda_lists_it()
    {
        var (pack, compiled, pages) = await Main();

        using var document = PdfDocument.Open(compiled.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var read = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(b => (b.Title, b.PageNumber)).ToList();
        Assert.Equal(["Agenda", .. pack.Items.Select(i => $"{i.Number}. {i.Title}")], read.Select(b => b.Title));
        Assert.Equal(1, read[0].PageNumber);
        var frontPages = compiled.Contents[0].Pages.First - 1;
        foreach (var item in pack.Items)
        {
            var page = read.Single(b => b.Title == $"{item.Number}. {item.Title}").PageNumber;
            if (compiled.Contents.SingleOrDefault(c => c.ItemNumber == item.Number) is { } entry)
            {
                Assert.Equal(entry.Pages.First, page);
            }
            else
            {
                // No papers: the bookmark opens the front sheet page that lists the item.
                Assert.InRange(page, 1, frontPages);
                Assert.Contains($"{item.Number}. {item.Title.ToUpperInvariant()}", pages[page - 1].ReplaceLineEndings(" "));
            }
        }
    }

    [Fact]
    public async Task The_pack_is_a_tagged_pdf_with_its_title_language_and_each_report_in_the_structure_tree()
    {
        var (pack, compiled, _) = await Main();

        var (info, structure) = await Poppler.InfoAsync(compiled.Pdf);

        Assert.Matches(@"Tagged:\s+yes\n", info);
        Assert.Contains("Title:           Overview and Scrutiny Committee, 17 March 2026", info);
        using var document = PdfDocument.Open(compiled.Pdf);
        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        // Each printed report's tags are carried into the pack under its item's section.
        foreach (var entry in compiled.Contents)
        {
            Assert.Contains($"Sect \"{entry.ItemNumber}. {entry.Title}\"", structure);
            Assert.Contains(pack.Items.Single(i => i.Number == entry.ItemNumber).Report!.Subject, structure);
        }
        Assert.DoesNotContain("ZEPHYRCANARY", structure);
    }

    [Fact]
    public async Task Part_II_papers_are_absent_from_the_public_pack_and_present_in_the_members_pack()
    {
        var (pack, compiled, pages) = await Main();
        var partTwo = await fixture.Compiler.CompileAsync(pack, PackKind.PartII, TestContext.Current.CancellationToken);
        var partTwoText = string.Join("\n", PageTexts(partTwo.Pdf));

        Assert.DoesNotContain("ZEPHYRCANARY", string.Join("\n", pages));
        // The item's number and title are public; its papers are not.
        Assert.Contains("AWARD OF THE LEISURE CENTRES CONTRACT", string.Join("\n", pages));
        Assert.DoesNotContain(compiled.Contents, c => c.ItemNumber == 14);
        Assert.Contains("ZEPHYRCANARY", partTwoText);
        Assert.Equal([14], partTwo.Contents.Select(c => c.ItemNumber));
    }

    [Fact]
    public async Task To_follow_papers_go_out_in_the_supplementary_pack()
    {
        var (pack, compiled, pages) = await Main();
        var supplement = await fixture.Compiler.CompileAsync(pack, PackKind.Supplementary, TestContext.Current.CancellationToken);
        var supplementPages = PageTexts(supplement.Pdf);

        Assert.Contains("(To Follow)", string.Join("\n", pages));
        Assert.DoesNotContain(compiled.Contents, c => c.ItemNumber == 11);
        var entry = Assert.Single(supplement.Contents);
        Assert.Equal(11, entry.ItemNumber);
        Assert.Contains("SUPPLEMENTAL AGENDA", supplementPages[0].ReplaceLineEndings(" "));
        Assert.Contains("Scrutiny Review of Highways Maintenance", supplementPages[entry.Pages.First - 1]);
        var (info, _) = await Poppler.InfoAsync(supplement.Pdf);
        Assert.Matches(@"Tagged:\s+yes\n", info);
        using var document = PdfDocument.Open(supplement.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var read = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        // The supplementary agenda lists the items that were to follow; only item 11 has its papers here.
        Assert.Equal(["Agenda", .. pack.Items.Where(i => i.ToFollow).Select(i => $"{i.Number}. {i.Title}")], read.Select(b => b.Title));
        Assert.Equal(entry.Pages.First, read.Single(b => b.Title == $"11. {entry.Title}").PageNumber);
    }

    [Fact]
    public async Task The_pack_reads_cleanly_in_poppler_with_its_stamps_in_an_embedded_font()
    {
        var (_, compiled, _) = await Main();
        var path = Path.Combine(fixture.Directory, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, compiled.Pdf, TestContext.Current.CancellationToken);

        var (info, infoErrors) = await Poppler.RunAsync("pdfinfo", path);
        var first = compiled.Contents[0].Pages.First.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (text, textErrors) = await Poppler.RunAsync("pdftotext", "-f", first, "-l", first, "-layout", path, "-");
        var (fonts, _) = await Poppler.RunAsync("pdffonts", "-f", first, "-l", first, path);

        Assert.Equal("", infoErrors + textErrors);
        Assert.Matches($@"Pages:\s+{compiled.PageCount}\n", info);
        Assert.Contains($"Agenda Item {compiled.Contents[0].ItemNumber}", text);
        Assert.Contains($"Page {first}", text);
        var stampFont = Assert.Single(fonts.Split('\n'), l => l.StartsWith("LiberationSans ", StringComparison.Ordinal));
        Assert.Contains(" yes ", stampFont);
    }
}
