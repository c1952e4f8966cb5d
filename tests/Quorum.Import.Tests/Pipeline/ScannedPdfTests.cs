using NodaTime;
using Quorum.Import.Pipeline;
using Quorum.TestSupport;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>A scanned paper (a page image, no text layer) is read with tesseract and marked as OCR.</summary>
public class ScannedPdfTests
{
    private const string Tesseract = "/usr/bin/tesseract";

    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "Quorum.Import.Tests", "Scanned", "scanned-agenda.pdf");

    [Fact]
    public void A_scanned_agenda_is_read_by_ocr_into_its_items()
    {
        Assert.True(File.Exists(Tesseract), "tesseract is needed at /usr/bin/tesseract; test.sh installs tesseract-ocr.");

        var pack = PackExtractor.Extract(Fixture);

        Assert.NotNull(pack.Meeting);
        Assert.Equal("Cabinet", pack.Meeting.Committee, ignoreCase: true);
        Assert.Equal(new LocalDate(2023, 2, 9), pack.Meeting.Date);
        Assert.Equal(["1", "2", "3", "4", "5"], pack.Agenda.Select(i => i.Number));
        Assert.Equal(
            ["Apologies for Absence", "Declarations of Interests", "Minutes", "Parks Strategy", "Revenue Budget 2023/24"],
            pack.Agenda.Select(i => i.Title));
        var ocr = Assert.Single(pack.Warnings, w => w.Code == "ocr");
        Assert.Equal(1, ocr.Page);
        Assert.Matches(@"read by OCR \(mean word confidence \d{2,3}%\)", ocr.Message);
    }
}
