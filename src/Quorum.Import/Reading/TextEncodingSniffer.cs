using System.Text;

namespace Quorum.Import.Reading;

/// <summary>The encoding a text pack was read in, and whether it had to be guessed.</summary>
public sealed record TextEncodingChoice(Encoding Encoding, string Name, bool Guessed);

/// <summary>
/// Chooses how to decode a text pack: a byte-order mark wins (UTF-8, UTF-16 LE/BE); otherwise UTF-8 when the bytes
/// are valid UTF-8, UTF-16 when every other byte is zero, and Windows-1252 (what Word and older council systems
/// save) when they are not valid UTF-8. Windows-1252 is a guess, so the pack carries a warning saying so.
/// </summary>
public static class TextEncodingSniffer
{
    static TextEncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TextEncodingChoice Windows1252 => new(Encoding.GetEncoding(1252), "Windows-1252", true);

    public static TextEncodingChoice Choose(ReadOnlySpan<byte> head, bool sampleIsWholeFile)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(new UTF8Encoding(false), "UTF-8 (with byte-order mark)", false);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), "UTF-16 little-endian (with byte-order mark)", false);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), "UTF-16 big-endian (with byte-order mark)", false);
        }
        if (LooksUtf16(head, out var bigEndian))
        {
            return new(new UnicodeEncoding(bigEndian, byteOrderMark: false), bigEndian ? "UTF-16 big-endian" : "UTF-16 little-endian", true);
        }
        return IsUtf8(head, sampleIsWholeFile)
            ? new(new UTF8Encoding(false), "UTF-8", false)
            : Windows1252;
    }

    /// <summary>True when the bytes have a BOM or zero bytes in alternate places, the way UTF-16 text does.</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || LooksUtf16(head, out _);

    private static bool LooksUtf16(ReadOnlySpan<byte> head, out bool bigEndian)
    {
        bigEndian = false;
        var pairs = head.Length / 2;
        if (pairs < 4)
        {
            return false;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        // Latin text in UTF-16 has a zero in (nearly) every pair, always on the same side.
        if (oddZeros >= pairs * 0.7 && evenZeros <= pairs * 0.05)
        {
            return true;
        }
        if (evenZeros >= pairs * 0.7 && oddZeros <= pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool whole)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || (length == 2 && b < 0xC2))
            {
                return false;
            }
            if (i + length > bytes.Length)
            {
                // A sample cut inside a character is still UTF-8; a whole file ending there is not.
                return !whole;
            }
            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
}
