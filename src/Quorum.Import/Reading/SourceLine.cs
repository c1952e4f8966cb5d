namespace Quorum.Import.Reading;

/// <summary>One line of a pack: its 1-based line number in the text form, the PDF page it came from (null for
/// text packs), and its text.</summary>
public readonly record struct SourceLine(int Number, int? Page, string Text);
