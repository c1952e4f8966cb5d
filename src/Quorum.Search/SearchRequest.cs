using NodaTime;

namespace Quorum.Search;

public enum SearchSort
{
    Relevance = 0,
    /// <summary>Newest meeting first.</summary>
    Date = 1,
}

/// <summary>A search as a resident asks it: free text (never FTS syntax), filters, sort and page.</summary>
public sealed record SearchRequest
{
    public const int MaxTextLength = 1000;
    public const int MaxPageSize = 100;
    public const int MaxFilterValues = 50;

    public string? Text { get; init; }
    public IReadOnlyList<string> Committees { get; init; } = [];
    public IReadOnlyList<SearchDocumentKind> Kinds { get; init; } = [];
    public IReadOnlyList<string> People { get; init; } = [];
    /// <summary>Earliest meeting date, inclusive.</summary>
    public LocalDate? From { get; init; }
    /// <summary>Latest meeting date, inclusive.</summary>
    public LocalDate? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>From 1.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    /// <summary>Only this council's documents: set by the site, never by the person searching, so not a filter of theirs.</summary>
    public Guid? Council { get; init; }

    internal bool HasFilters => Committees.Count > 0 || Kinds.Count > 0 || People.Count > 0 || From is not null || To is not null;
}

/// <summary>Something wrong with the request, worded for the person who typed it; <see cref="Field"/> names the input.</summary>
public sealed record SearchProblem(string Field, string Message);
