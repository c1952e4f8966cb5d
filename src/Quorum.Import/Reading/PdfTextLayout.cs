namespace Quorum.Import.Reading;

/// <summary>Turns one page of extracted PDF text into pack lines.</summary>
internal static class PdfTextLayout
{
    public static IEnumerable<string> Lines(string pageText) => pageText.Replace("\r\n", "\n").Split('\n');
}
