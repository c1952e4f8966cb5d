using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>
/// Whole files as they arrive: mutated papers written in UTF-8, UTF-16 (with and without a byte-order mark) and
/// Windows-1252, with bytes flipped or cut, and PDFs with no text layer. Each either extracts or is refused with one
/// line that names the file and the reason; none crashes or hangs.
/// </summary>
public sealed class FileFuzzTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("quorum-file-fuzz-").FullName;

    static FileFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Property(MaxTest = 300)]
    public Property Mutated_files_in_any_encoding_extract_or_are_refused_in_one_line(int seed)
    {
        var random = new Random(seed);
        var text = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", FuzzTests.Mutate(random));
        var encoding = random.Next(5) switch
        {
            0 => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            1 => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            2 => Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback),
            3 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            _ => (Encoding)new UTF8Encoding(false),
        };
        var bytes = new List<byte>([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        for (var flips = random.Next(4); flips > 0 && bytes.Count > 0; flips--)
        {
            bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
        }
        if (random.Next(4) == 0 && bytes.Count > 1)
        {
            bytes.RemoveRange(random.Next(bytes.Count), 1);
        }
        var path = Path.Combine(dir, $"paper-{seed}.txt");
        File.WriteAllBytes(path, [.. bytes]);
        return ExtractsOrRefusesCleanly(path).ToProperty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void Scanned_pdfs_are_refused_with_no_text_layer(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var p = 0; p < pages; p++)
        {
            builder.AddPage(595, 842).DrawRectangle(new PdfPoint(40 + p, 40), 500, 700);
        }
        var path = Path.Combine(dir, $"scan-{pages}.pdf");
        File.WriteAllBytes(path, builder.Build());

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(path));

        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static bool ExtractsOrRefusesCleanly(string path)
    {
        try
        {
            var pack = PackExtractor.Extract(path);
            return PackJson.Serialize(pack).Length > 0;
        }
        catch (ImportException ex)
        {
            return ex.Message.StartsWith(path + ":", StringComparison.Ordinal) && !ex.Message.Contains('\n', StringComparison.Ordinal);
        }
    }
}
