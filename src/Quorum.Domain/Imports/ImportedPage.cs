namespace Quorum.Domain.Imports;

/// <summary>
/// The full text of one page of an imported pack, kept for search and for reading the original wording. A PDF page
/// is a printed page; a text conversion has no page breaks, so it is cut at form feeds or every
/// <see cref="TextPageLines"/> lines, about one printed page. Pages holding Part II (exempt) business are marked and
/// never shown to the public (<see cref="Visibility.PublicImportedPage"/>).
/// </summary>
public sealed class ImportedPage : Entity
{
    public const int TextPageLines = 60;

    public required Guid PackId { get; set; }

    public ImportedPack? Pack { get; set; }

    /// <summary>1-based page number within the pack file (not the pack's printed page numbers).</summary>
    public required int Number { get; set; }

    /// <summary>First and last line of the page in the pack's text form, as extraction warnings cite them.</summary>
    public required int FirstLine { get; set; }

    public required int LastLine { get; set; }

    public required string Text { get; set; }

    /// <summary>The page carries Part II business or an exempt report: it stays private.</summary>
    public bool IsExempt { get; set; }
}
