using System.Diagnostics;
using System.Globalization;
using System.Text;
using NodaTime;
using Quorum.Domain.Reports;
using Quorum.Publishing.Packs;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Quorum.Bench.Packs;

/// <summary>
/// Times the agenda pack compiler end to end (HTML, Chromium print, PdfPig merge and stamps, two-pass contents)
/// on a pack of about 200 pages: 10 reports of about 14 pages and 6 uploaded PDF enclosures of 10 pages, with
/// the browser started once and kept warm, as the site runs it.
/// </summary>
internal static class PackBenchmark
{
    private static readonly string[] Words =
    [
        "council", "residents", "budget", "services", "review", "housing", "scrutiny", "performance", "borough",
        "schools", "transport", "planning", "consultation", "savings", "investment", "children", "care", "delivery",
        "partners", "strategy", "outcomes", "quarter", "targets", "libraries", "parks", "waste", "recycling",
    ];

    public static async Task<int> RunAsync(int runs)
    {
        var directory = Directory.CreateTempSubdirectory("quorum-pack-bench").FullName;
        try
        {
            var pack = Pack(directory);
            var clock = Stopwatch.StartNew();
            await using var printer = await ChromiumPrinter.StartAsync();
            var start = clock.Elapsed;
            var compiler = new PackCompiler(printer);
            clock.Restart();
            var first = await compiler.CompileAsync(pack, PackKind.Main);
            var cold = clock.Elapsed;
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                clock.Restart();
                var compiled = await compiler.CompileAsync(pack, PackKind.Main);
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (compiled.PageCount != first.PageCount)
                {
                    throw new InvalidOperationException("The pack changed length between runs.");
                }
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                | pack | pages | reports | enclosures | browser start | first compile | warm median | warm min | warm max | runs |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | {pack.Committee} | {first.PageCount} | 10 | 6 | {start.TotalMilliseconds:N0} ms | {cold.TotalMilliseconds:N0} ms | **{times[times.Count / 2]:N0} ms** | {times[0]:N0} ms | {times[^1]:N0} ms | {runs} |
                """));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static AgendaPack Pack(string directory)
    {
        var date = new LocalDate(2026, 3, 17);
        var random = new Random(42);
        var items = new List<PackItem>
        {
            new() { Number = 1, Title = "Attendance by Reserve Members" },
            new() { Number = 2, Title = "Declarations of Interest" },
            new() { Number = 3, Title = "Minutes" },
            new() { Number = 4, Title = "Public Questions" },
        };
        for (var r = 0; r < 10; r++)
        {
            var enclosures = r < 6
                ? new[] { new PackEnclosure($"Appendix 1: Performance data {r + 1}", Enclosure(directory, random, 10)) }
                : [];
            var body = new StringBuilder();
            for (var p = 0; p < 51; p++)
            {
                body.Append(Sentence(random, 110)).Append("\n\n");
            }
            items.Add(new PackItem
            {
                Number = 5 + r,
                Title = $"Service Review {r + 1}",
                ReportOf = "Corporate Director, People",
                Report = new PackReport
                {
                    ReportFor = "Cabinet",
                    DateOfMeeting = date,
                    Subject = $"Service Review {r + 1}",
                    KeyDecision = true,
                    ResponsibleOfficer = "Paul Hewitt, Corporate Director, People",
                    PortfolioHolder = "Councillor Christine Robson, Portfolio Holder for Children and Schools",
                    DecisionSubjectToCallIn = true,
                    WardsAffected = "All",
                    Summary = Sentence(random, 80),
                    Recommendations = "Cabinet is requested to approve the recommendations.",
                    Body = body.ToString(),
                    Clearances = [new PackClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", date.PlusDays(-20), true)],
                    Contact = "Paul Hewitt, 020 8736 6978",
                    Enclosures = enclosures,
                },
            });
        }
        return new AgendaPack
        {
            Committee = "Cabinet",
            Date = date,
            Time = new LocalTime(18, 30),
            Venue = "Committee Rooms 1 & 2, Harrow Civic Centre",
            Quorum = 3,
            PublishedOn = new LocalDate(2026, 3, 9),
            Contact = new PackContact("Una Sullivan", "Democratic Services Officer", "020 8424 1785", "una.sullivan@harrow.gov.uk"),
            Members = [new PackMember("Graham Henson", PackSeat.Chair)],
            Items = items,
        };
    }

    private static string Enclosure(string directory, Random random, int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            for (var line = 0; line < 50; line++)
            {
                page.AddText(Sentence(random, 12), 10, new PdfPoint(50, 790 - (line * 15)), font);
            }
        }
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(w == words - 1 ? "." : " ");
        }
        return text.ToString();
    }
}
