using NodaTime;

namespace Quorum.Search;

/// <summary>What a search hit is: the unit a resident lands on.</summary>
public enum SearchDocumentKind
{
    AgendaItem = 1,
    ReportPage = 2,
    Minute = 3,
    Resolution = 4,
    Person = 5,
    Committee = 6,
    /// <summary>An executive decision notice (a Cabinet or portfolio holder decision with its reasons).</summary>
    ExecutiveDecision = 7,
}

/// <summary>Whether material may be shown to the public. Only <see cref="Public"/> ever reaches the index.</summary>
public enum DocumentVisibility
{
    Public = 1,
    Draft = 2,
    Unpublished = 3,
    /// <summary>Part II: exempt under Schedule 12A of the Local Government Act 1972.</summary>
    Exempt = 4,
}

public sealed record CommitteeRef(string Slug, string Name);

/// <summary>
/// One index unit: an agenda item, one page of a report, a minute, a resolution, an executive decision, a person or
/// a committee, flattened so the index needs nothing else to show and filter a hit.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Stable across re-indexing, e.g. <c>report/2025-031/page/34</c>.</summary>
    public required string Id { get; init; }
    public required SearchDocumentKind Kind { get; init; }
    public required string Title { get; init; }
    public string Body { get; init; } = "";
    public CommitteeRef? Committee { get; init; }
    public LocalDate? MeetingDate { get; init; }
    public IReadOnlyList<string> PersonSlugs { get; init; } = [];
    /// <summary>Page of the pack PDF, for report pages ("page 34 of the pack").</summary>
    public int? PageNumber { get; init; }
    /// <summary>Deep link: <c>…pdf#page=34</c> for a PDF page, <c>…#item-5</c> for an item in the HTML view.</summary>
    public required string Url { get; init; }
    public required DocumentVisibility Visibility { get; init; }
    /// <summary>The council whose record this is: a site serving one council of several searches only its own.</summary>
    public Guid? CouncilId { get; init; }
}

/// <summary>Builds the deep links the index stores, so every caller spells them the same way.</summary>
public static class DeepLink
{
    public static string PdfPage(string pdfUrl, int pageNumber) =>
        pageNumber >= 1
            ? $"{pdfUrl}#page={pageNumber}"
            : throw new ArgumentOutOfRangeException(nameof(pageNumber), pageNumber, "PDF pages are numbered from 1.");

    public static string Anchor(string pageUrl, string anchor) => $"{pageUrl}#{Uri.EscapeDataString(anchor)}";
}
