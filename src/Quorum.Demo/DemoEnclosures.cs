using System.Globalization;
using Quorum.Application.Documents;
using Quorum.Domain.Reports;
using Quorum.Publishing.Packs;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Quorum.Demo;

/// <summary>
/// Draws the demo council's appendices: the generator records enclosures (title, page count) under
/// <c>demo/</c> without files, so that loading the demo stays fast; the first pack that needs one draws it
/// here, with as many pages as the record says, and later packs read the file like any upload.
/// </summary>
public sealed class DemoEnclosures : IMissingEnclosureSource
{
    private static readonly string[] Columns = ["Service area", "Budget £000", "Forecast £000", "Variance £000", "RAG"];

    private static readonly string[] Services =
    [
        "Adult social care", "Children's services", "Housing needs", "Highways and transport", "Waste and recycling",
        "Parks and open spaces", "Libraries", "Planning and building control", "Public health", "Corporate resources",
    ];

    public static bool IsDemo(string storagePath) => storagePath.StartsWith("demo/", StringComparison.Ordinal);

    public bool TryDraw(Enclosure enclosure, string path)
    {
        ArgumentNullException.ThrowIfNull(enclosure);
        if (enclosure.StoragePath is not { } relative || !IsDemo(relative))
        {
            return false;
        }
        Draw(enclosure, path);
        return true;
    }

    private static void Draw(Enclosure enclosure, string path)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = enclosure.Title;
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(PrintFonts.Regular));
        var seed = enclosure.Number + enclosure.Title.Length;
        for (var p = 1; p <= enclosure.PageCount; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(enclosure.Title, 14, new PdfPoint(56, 770), font);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Sheet {p} of {enclosure.PageCount}"), 9, new PdfPoint(56, 752), font);
            var y = 720.0;
            for (var c = 0; c < Columns.Length; c++)
            {
                page.AddText(Columns[c], 10, new PdfPoint(56 + (c * 100), y), font);
            }
            foreach (var (service, row) in Services.Select((s, i) => (s, i)))
            {
                y -= 22;
                var budget = 1200 + ((seed + (p * 7) + (row * 131)) % 9000);
                var forecast = budget + (((seed + row + p) % 11) - 5) * 37;
                var variance = forecast - budget;
                var rag = Math.Abs(variance) < 100 ? "Green" : Math.Abs(variance) < 150 ? "Amber" : "Red";
                string[] cells = [service, N(budget), N(forecast), N(variance), rag];
                for (var c = 0; c < cells.Length; c++)
                {
                    page.AddText(cells[c], 10, new PdfPoint(56 + (c * 100), y), font);
                }
            }
            page.AddText("Brentmoor demonstration document: figures are illustrative.", 9, new PdfPoint(56, 400), font);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, builder.Build());
        File.Move(temporary, path, overwrite: true);
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
