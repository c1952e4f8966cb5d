using Quorum.Import.Cleaning;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;

namespace Quorum.Import.Tests;

/// <summary>Builds pipeline input from literal text, one pack line per line.</summary>
internal static class PackText
{
    public static List<SourceLine> Source(string text) =>
        [.. text.Replace("\r\n", "\n").Split('\n').Select((t, i) => new SourceLine(i + 1, null, t))];

    public static List<CleanLine> Clean(string text, ExtractionContext? context = null) =>
        [.. LineCleaner.Clean(Source(text), context ?? new ExtractionContext())];
}
