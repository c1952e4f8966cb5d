using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;
using Quorum.TestSupport;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>
/// Random mutations of the sample packs (lines dropped, repeated, swapped, cut, spliced with control characters,
/// homoglyphs, markup and anchors in the wrong places) must extract and serialise, or be refused as no pack with a
/// one-line error, every time; never any other exception.
/// Each case takes a slice of a sample so that 1,000 cases run in seconds.
/// </summary>
public class FuzzTests
{
    /// <summary>The shared samples when present, and always the corpus of other councils' papers.</summary>
    private static readonly Lazy<string[][]> SampleLines = new(() =>
    [
        .. RepoPaths.Shared is null ? [] : SampleScoring.Samples.Select(s => File.ReadAllLines(SampleScoring.SamplePath(s))),
        .. Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Quorum.Import.Tests", "Corpus"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllLines),
    ]);

    private static readonly string[] Noise =
    [
        "", "\t", "\0", "\u0007", "**", "*", "†", "(3)", "<text></text>", "<u>", "~~", "REPORT FOR:", "AGENDA - PART I",
        "Agenda Item 99 Pages 1 to 2", "This page is intentionally left blank", "RESOLVED:", "1).", "Name:", "Date:",
        "Section 3 - Statutory Officer Clearance", "Contact:", "МАРРА", "\uFFFD", "99999999999999999999", "(Pages 9 - )",
        "Ordinary Member", "(Note: The meeting, having commenced at 25.99 pm", "31/02/2020", new string('x', 3000),
    ];

    [Property(MaxTest = 1000)]
    public Property Mutated_samples_extract_without_crashing(int seed)
    {
        var lines = Mutate(new Random(seed));
        try
        {
            var pack = PackExtractor.Extract(lines.Select((t, i) => new SourceLine(i + 1, null, t)), "fuzz");
            var json = PackJson.Serialize(pack);
            return (json.Length > 0 && pack.Warnings.Count <= 2000).ToProperty();
        }
        catch (ImportException ex)
        {
            // A slice in which nothing of a pack survives is refused, by name and in one line, not returned empty.
            return (ex.Message.StartsWith("fuzz: not an agenda pack: ", StringComparison.Ordinal) && !ex.Message.Contains('\n', StringComparison.Ordinal)).ToProperty();
        }
    }

    internal static List<string> Mutate(Random random)
    {
        var source = SampleLines.Value[random.Next(SampleLines.Value.Length)];
        var start = random.Next(source.Length);
        var lines = source.Skip(random.Next(2) == 0 ? 0 : start).Take(random.Next(30, 250)).ToList();
        var edits = random.Next(1, 25);
        for (var e = 0; e < edits && lines.Count > 0; e++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveRange(at, Math.Min(lines.Count - at, random.Next(1, 20)));
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    (lines[at], lines[^1]) = (lines[^1], lines[at]);
                    break;
                case 3:
                    lines[at] = lines[at][..random.Next(lines[at].Length + 1)];
                    break;
                case 4:
                    lines.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 5:
                    var chars = lines[at].ToCharArray();
                    for (var c = 0; c < chars.Length; c++)
                    {
                        if (random.Next(10) == 0)
                        {
                            chars[c] = (char)random.Next(0, 0x3000);
                        }
                    }
                    lines[at] = new string(chars);
                    break;
                case 6:
                    lines[at] = lines[at] + Noise[random.Next(Noise.Length)] + lines[random.Next(lines.Count)];
                    break;
                default:
                    lines[at] = lines[at].Replace('\t', ' ').ToUpperInvariant();
                    break;
            }
        }
        return lines;
    }
}
