using System.Text;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Reading;

/// <summary>
/// Stage 1, read: turns a pack file into a stream of lines. Text packs are read line by line; PDFs page by page
/// (see <see cref="PdfPackReader"/>). Nothing is held beyond the current line or page, so memory stays flat.
/// </summary>
public static class PackReader
{
    /// <summary>Packs above this size are refused with a clear error rather than read for minutes.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private const int SniffBytes = 8192;

    public static PaperFormat Detect(string path, long maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ImportException($"{path}: file not found.");
        }
        if (info.Length == 0)
        {
            throw new ImportException($"{path}: the file is empty.");
        }
        if (info.Length > maxBytes)
        {
            throw new ImportException($"{path}: the file is {info.Length / (1024 * 1024)} MB; packs over {maxBytes / (1024 * 1024)} MB are refused.");
        }
        var head = new byte[(int)Math.Min(SniffBytes, info.Length)];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(head);
        }
        if (head.AsSpan().StartsWith("%PDF-"u8))
        {
            return PaperFormat.Pdf;
        }
        var binaryAt = FindBinary(head);
        if (binaryAt >= 0)
        {
            throw new ImportException($"{path}: not a text or PDF agenda pack (binary content at byte {binaryAt}).");
        }
        return PaperFormat.Text;
    }

    /// <summary>Reads the pack at <paramref name="path"/>, choosing text or PDF by its first bytes.</summary>
    public static IEnumerable<SourceLine> Read(string path, long maxBytes = DefaultMaxBytes) =>
        Detect(path, maxBytes) == PaperFormat.Pdf ? PdfPackReader.Read(path) : ReadText(path);

    public static IEnumerable<SourceLine> ReadText(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        foreach (var line in ReadText(reader))
        {
            yield return line;
        }
    }

    public static IEnumerable<SourceLine> ReadText(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            yield return new SourceLine(number, null, text);
        }
    }

    /// <summary>Index of the first byte that marks the sample as binary, or -1 when it reads as UTF-8 text.</summary>
    internal static int FindBinary(ReadOnlySpan<byte> sample)
    {
        var controls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == 0)
            {
                return i;
            }
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }
        // A few stray control characters survive PDF-to-text conversion; a pack is not mostly control bytes.
        if (controls > sample.Length / 20)
        {
            return 0;
        }
        var invalid = 0;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: false);
        var text = decoder.GetString(sample);
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                invalid++;
            }
        }
        // The sample may end inside a multi-byte character; allow that and a little more.
        return invalid > 4 + text.Length / 50 ? 0 : -1;
    }
}

public enum PaperFormat
{
    Text,
    Pdf,
}
