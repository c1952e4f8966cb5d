using System.Text.RegularExpressions;
using Quorum.Domain.Meetings;

namespace Quorum.Domain.Reports;

/// <summary>
/// An appendix or enclosure of a report as a stored document: file, page count, SHA-256 of its bytes (so a
/// published pack can be checked against what was cleared) and a version that rises when it is replaced.
/// </summary>
public sealed partial class Enclosure : Entity
{
    public Enclosure(string title, string fileName, int pageCount, string sha256)
    {
        Title = title;
        Replace(fileName, pageCount, sha256);
        Version = 1;
    }

    public required Guid ReportId { get; set; }

    public Report? Report { get; set; }

    /// <summary>Position in the cover's "Enclosures:" list.</summary>
    public required int Number { get; set; }

    public string Title { get; set; }

    public string FileName { get; private set; } = "";

    /// <summary>
    /// Where the uploaded PDF is kept, relative to the document store's folder ("2026/03/….pdf"); the pack
    /// compiler reads the enclosure from here. Null for an enclosure not yet uploaded.
    /// </summary>
    public string? StoragePath { get; set; }

    public int PageCount { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the file.</summary>
    public string Sha256 { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>An exempt appendix of an otherwise public report ("Appendix 2 is exempt under paragraph 3").</summary>
    public Schedule12AParagraph? ExemptionParagraph { get; set; }

    /// <summary>Swaps in a new file (a corrected appendix), bumping the version.</summary>
    public void Replace(string fileName, int pageCount, string sha256)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new ArgumentException($"Enclosure '{Title}' needs a file name.", nameof(fileName));
        }
        if (pageCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageCount), pageCount, $"Enclosure '{Title}' must have at least one page.");
        }
        if (!Sha256Shape().IsMatch(sha256))
        {
            throw new ArgumentException($"Enclosure '{Title}': '{sha256}' is not a SHA-256 hash (64 lower-case hex digits).", nameof(sha256));
        }
        FileName = fileName;
        PageCount = pageCount;
        Sha256 = sha256;
        Version++;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Shape();
}
