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
        if (TextEncodingSniffer.IsUtf16(head))
        {
            return PaperFormat.Text;
        }
        var binaryAt = FindBinary(head);
        if (binaryAt >= 0)
        {
            throw new ImportException($"{path}: not a text or PDF agenda pack (binary content at byte {binaryAt}).");
        }
        return PaperFormat.Text;
    }

    /// <summary>Reads the pack at <paramref name="path"/>, choosing text or PDF by its first bytes. A text pack's
    /// encoding is detected; when it is not plain UTF-8 the context (if given) is told which was used.</summary>
    public static IEnumerable<SourceLine> Read(string path, long maxBytes = DefaultMaxBytes, ExtractionContext? context = null) =>
        Detect(path, maxBytes) == PaperFormat.Pdf ? PdfPackReader.Read(path, context) : ReadText(path, context);

    public static IEnumerable<SourceLine> ReadText(string path, ExtractionContext? context = null)
    {
        var choice = ChooseEncoding(path);
        if (choice.Name != "UTF-8")
        {
            context?.Warn("encoding", choice.Guessed
                ? $"the text is not UTF-8; it was read as {choice.Name}"
                : $"the text was read as {choice.Name}", null, null);
        }
        using var reader = new StreamReader(path, choice.Encoding, detectEncodingFromByteOrderMarks: true);
        foreach (var line in ReadText(reader))
        {
            yield return line;
        }
    }

    /// <summary>The encoding of a text pack, judged from all of it (a Windows-1252 byte may come late).</summary>
    public static TextEncodingChoice ChooseEncoding(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var choice = TextEncodingSniffer.Choose(buffer.AsSpan(0, read), sampleIsWholeFile: read < buffer.Length);
        if (choice.Name != "UTF-8" || read < buffer.Length)
        {
            return choice;
        }
        // The head was UTF-8; check the rest in chunks, without holding the file.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            decoder.GetCharCount(buffer, 0, read, flush: false);
            while ((read = stream.Read(buffer)) > 0)
            {
                decoder.GetCharCount(buffer, 0, read, flush: false);
            }
            decoder.GetCharCount([], 0, 0, flush: true);
            return choice;
        }
        catch (DecoderFallbackException)
        {
            return TextEncodingSniffer.Windows1252;
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
        var high = 0;
        foreach (var b in sample)
        {
            high += b >= 0x80 ? 1 : 0;
        }
        // Windows-1252 text is not valid UTF-8 but is mostly ASCII; binary data is not.
        if (high < sample.Length / 4)
        {
            return -1;
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
