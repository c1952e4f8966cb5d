using System.Diagnostics;
using System.Globalization;
using System.Text;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>Input that is not a good pack ends in a clear error or a warning-laden partial extraction, never a
/// crash or a hang.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "quorum-bad-" + Guid.NewGuid().ToString("N"));

    public BadInputTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_empty_file_is_refused_by_name()
    {
        var path = Write("empty.txt", []);

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(path));
        Assert.Equal($"{path}: the file is empty.", error.Message);
    }

    [Fact]
    public void Binary_garbage_is_refused_with_where_it_starts()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(Write("garbage.bin", bytes)));
        Assert.Contains("not a text or PDF agenda pack (binary content at byte", error.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_a_clear_error()
    {
        var whole = SmallPdf();
        var path = Write("truncated.pdf", whole[..(whole.Length / 2)]);

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(path));
        Assert.StartsWith(path + ": ", error.Message);
        Assert.Contains("PDF", error.Message);
    }

    [Fact]
    public void An_intact_small_pdf_reads_its_text_with_page_numbers()
    {
        var lines = PdfPackReader.Read(Write("small.pdf", SmallPdf())).ToList();

        Assert.Contains(lines, l => l.Text.Contains("REPORT FOR: Panel", StringComparison.Ordinal) && l.Page == 1);
    }

    [Fact]
    public void An_encrypted_pdf_says_it_is_encrypted()
    {
        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(Write("locked.pdf", EncryptedPdf())));

        Assert.Contains("encrypted", error.Message);
    }

    [Fact]
    public void A_200_MB_file_is_refused_by_size_at_once()
    {
        var path = Path.Combine(dir, "huge.txt");
        using (var stream = File.Create(path))
        {
            // Sparse: the size is real, the disk blocks are not written.
            stream.SetLength(200L * 1024 * 1024);
        }
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(path));

        Assert.Contains("the file is 200 MB; packs over 64 MB are refused", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Text_in_another_language_is_refused_saying_nothing_of_a_pack_was_recognised_and_where_the_text_begins()
    {
        var welsh = """
            Pwyllgor Craffu

            Dyddiad: dydd Mawrth

            Cofnodion y cyfarfod blaenorol. Mae'r pwyllgor yn ystyried yr adroddiad ar wasanaethau plant.
            Протокол заседания комитета по надзору.
            """;

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(PackText.Source(welsh), "welsh.txt"));

        Assert.StartsWith("welsh.txt: not an agenda pack: no front sheet, agenda, minutes or report cover was recognised in its", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1: \"Pwyllgor Craffu\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Text_that_is_mostly_unreadable_is_refused_naming_the_line_where_it_starts()
    {
        // A PDF whose font has no map to Unicode comes out as "(cid:N)" glyph numbers.
        var garbled = "Pwyllgor\n\n" + string.Join('\n', Enumerable.Range(0, 20).Select(_ => "(cid:71)(cid:85)(cid:3)(cid:90) (cid:72)(cid:4)"));

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(Write("garbled.txt", Encoding.UTF8.GetBytes(garbled))));

        Assert.StartsWith(Path.Combine(dir, "garbled.txt") + ": not an agenda pack: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("of its text is unreadable from line 3", error.Message, StringComparison.Ordinal);
    }

    private static byte[] SmallPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("REPORT FOR: Panel", 12, new PdfPoint(50, 780), font);
        page.AddText("Subject: Budget", 12, new PdfPoint(50, 760), font);
        for (var i = 0; i < 40; i++)
        {
            page.AddText("Line of report text number " + i.ToString(CultureInfo.InvariantCulture), 10, new PdfPoint(50, 700 - (i * 14)), font);
        }
        return builder.Build();
    }

    /// <summary>A PDF under the standard security handler with a user password, which no reader can open blank.</summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 12 >>\nstream\n0123456789ab\nendstream",
            "<< /Filter /Standard /V 1 /R 2 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> /P -4 >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
