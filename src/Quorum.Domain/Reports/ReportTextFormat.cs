namespace Quorum.Domain.Reports;

/// <summary>How a report's sections are written: text read back from a pack, or Markdown typed into the editor.</summary>
public enum ReportTextFormat
{
    PlainText,
    Markdown,
}
