using NodaTime;
using Quorum.Search.Querying;

namespace Quorum.Search;

/// <summary>A stored document's filterable fields, read back to count facets.</summary>
internal sealed record FacetRow(SearchDocumentKind Kind, string? CommitteeSlug, string? CommitteeName, LocalDate? MeetingDate, string[] PersonSlugs);

/// <summary>
/// The newest matches, newest first, with each one's facet fields, and its relevance score when the engine has it
/// from finding the match (PostgreSQL reads each match's row to learn its id, so the rest of the row comes with it).
/// </summary>
internal sealed record MatchWindow(List<long> Ids, List<FacetRow> Facets, List<float>? Scores = null)
{
    public MatchWindow Take(int count) => new(Ids.GetRange(0, count), Facets.GetRange(0, count), Scores?.GetRange(0, count));
}

/// <summary>
/// The search flow both engines share. Ranking every match of a broad query costs time in proportion to the
/// number of matches (seconds at a million pages), so each search first reads the ids of the newest
/// <see cref="Window"/> matches, newest first. If there are no more than that, counts, facets and ranking are exact.
/// If there are more, the total reads "2,000+" and ranking, facets and date order cover those newest matches.
/// See ../shared/reference/search-limits.md and docs/benchmarks.md for the measurements behind this.
/// </summary>
public abstract class WindowedSearchIndex : ISearchIndex
{
    public const int Window = 2000;
    private const int PlainSnippetWords = 30;

    public abstract Task EnsureCreatedAsync(CancellationToken cancellationToken = default);
    public abstract Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);
    public abstract Task<IndexUpdate> ReplaceSourceAsync(string sourceKey, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default);
    public abstract Task<int> RemoveSourceAsync(string sourceKey, CancellationToken cancellationToken = default);
    public abstract Task<IndexUpdate> RebuildAsync(IAsyncEnumerable<IndexedSource> sources, IProgress<long>? progress = null, CancellationToken cancellationToken = default);
    public abstract Task<IReadOnlyList<NameMatch>> FindNamesAsync(string partialName, int limit = 10, CancellationToken cancellationToken = default);

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var problems = SearchRequestRules.Check(request);
        var (query, textProblems) = SearchTextParser.Parse(request.Text);
        problems.AddRange(textProblems);
        if (problems.Count == 0 && !query.HasText && !request.HasFilters)
        {
            problems.Add(new SearchProblem("q", "Enter words to search for."));
        }
        if (problems.Count > 0)
        {
            return SearchResults.Invalid(problems);
        }

        var window = await FindWindowAsync(query, request, Window + 1, cancellationToken);
        var capped = window.Ids.Count > Window;
        if (capped)
        {
            window = window.Take(Window);
        }
        var results = new SearchResults { Page = request.Page, PageSize = request.PageSize, Total = window.Ids.Count, TotalIsLowerBound = capped };
        if (window.Ids.Count == 0)
        {
            return query.HasText ? results with { DidYouMean = await SuggestAsync(query, request, cancellationToken) } : results;
        }

        var facets = CountFacets(window.Facets);
        var offset = (request.Page - 1) * request.PageSize;
        List<SearchHit> hits;
        if (offset >= window.Ids.Count)
        {
            hits = [];
        }
        else if (query.HasText && request.Sort == SearchSort.Relevance && offset < RelevanceOrder.Depth)
        {
            var best = await RankAsync(query, request, window, 0, Math.Max(RelevanceOrder.Depth, offset + request.PageSize), offset + request.PageSize, cancellationToken);
            hits = [.. RelevanceOrder.Apply(query, best).Skip(offset).Take(request.PageSize)];
        }
        else if (query.HasText && request.Sort == SearchSort.Relevance)
        {
            hits = await RankAsync(query, request, window, offset, request.PageSize, null, cancellationToken);
        }
        else
        {
            hits = await NewestFirstAsync(query, window.Ids, offset, request.PageSize, cancellationToken);
        }
        return results with { Hits = hits, Facets = facets };
    }

    /// <summary>The search with misspelt words corrected from the index's vocabulary, if that finds anything.</summary>
    private async Task<string?> SuggestAsync(ParsedQuery query, SearchRequest request, CancellationToken cancellationToken)
    {
        var corrected = new List<QueryClause>();
        var changed = false;
        foreach (var clause in query.Clauses)
        {
            if (clause.IsExcluded || clause.IsPrefix)
            {
                corrected.Add(clause);
                continue;
            }
            var words = new List<string>();
            foreach (var word in clause.Words)
            {
                var better = await CorrectAsync(word, request.Council, cancellationToken);
                changed |= better is not null;
                words.Add(better ?? word);
            }
            corrected.Add(clause with { Words = words });
        }
        if (!changed)
        {
            return null;
        }
        // Run against the index as it is now, so a word from a cached vocabulary that has since been withdrawn
        // can never be suggested.
        var suggestion = new ParsedQuery(corrected);
        return (await FindNewestMatchesAsync(suggestion, request, 1, cancellationToken)).Count > 0 ? SpellingSuggestion.Text(suggestion) : null;
    }

    private async Task<string?> CorrectAsync(string word, Guid? council, CancellationToken cancellationToken)
    {
        var none = new SearchRequest { Council = council };
        if (!SpellingSuggestion.Correctable(word)
            || (await FindNewestMatchesAsync(new ParsedQuery([new QueryClause([word], false, false)]), none, 1, cancellationToken)).Count > 0)
        {
            return null;
        }
        if (SpellingSuggestion.ClosestTerm(word, await VocabularyAsync(cancellationToken)) is not { } term)
        {
            return null;
        }
        var holding = new ParsedQuery([new QueryClause([term], IsPrefix: true, IsExcluded: false)]);
        var ids = await FindNewestMatchesAsync(holding, none, 5, cancellationToken);
        var hits = await NewestFirstAsync(holding, ids, 0, ids.Count, cancellationToken);
        var spellings = hits.SelectMany(h => h.Title.Matches.Concat(h.Snippet.Matches)).SelectMany(m => RelevanceOrder.Words(TextNormaliser.Fold(m)));
        return SpellingSuggestion.Spelling(word, spellings) ?? term;
    }

    /// <summary>The index's terms, read again when older than <see cref="VocabularyAge"/>: reading them walks the whole word index.</summary>
    private async Task<IReadOnlyList<IndexTerm>> VocabularyAsync(CancellationToken cancellationToken)
    {
        if (vocabulary is { } cached && Environment.TickCount64 - cached.ReadAt < VocabularyAge.TotalMilliseconds)
        {
            return cached.Terms;
        }
        var terms = await ReadVocabularyAsync(cancellationToken);
        vocabulary = new CachedVocabulary(Environment.TickCount64, terms);
        return terms;
    }

    private sealed record CachedVocabulary(long ReadAt, IReadOnlyList<IndexTerm> Terms);

    private static readonly TimeSpan VocabularyAge = TimeSpan.FromMinutes(10);

    private CachedVocabulary? vocabulary;

    /// <summary>Every term of the word index (title and text, not filter tokens) with the number of documents holding it.</summary>
    private protected abstract Task<IReadOnlyList<IndexTerm>> ReadVocabularyAsync(CancellationToken cancellationToken);

    /// <summary>The newest matches, at most <paramref name="limit"/>, with the facet fields of each (in the same order).</summary>
    private protected abstract Task<MatchWindow> FindWindowAsync(ParsedQuery query, SearchRequest filters, int limit, CancellationToken cancellationToken);

    /// <summary>Ids of matching documents, highest (most recently indexed) first, at most <paramref name="limit"/>.</summary>
    private protected abstract Task<List<long>> FindNewestMatchesAsync(ParsedQuery query, SearchRequest filters, int limit, CancellationToken cancellationToken);

    /// <summary>A page of the best matches by relevance among the <paramref name="window"/> (every match with an id at least its last).</summary>
    /// <param name="orderedPageEnd">
    /// When set, the hits are put in <see cref="RelevanceOrder"/> next, and only their first this many are shown: an
    /// engine may leave out the snippets <see cref="RelevanceOrder.SnippetsToRead"/> says that order does not need.
    /// </param>
    private protected abstract Task<List<SearchHit>> RankAsync(ParsedQuery query, SearchRequest filters, MatchWindow window, int offset, int count, int? orderedPageEnd, CancellationToken cancellationToken);

    /// <summary>A page of <paramref name="ids"/> by meeting date, newest first (undated last), highlighted when there is text.</summary>
    private protected abstract Task<List<SearchHit>> NewestFirstAsync(ParsedQuery query, IReadOnlyList<long> ids, int offset, int count, CancellationToken cancellationToken);

    /// <summary>The opening words of a body, for hits found by filters alone.</summary>
    private protected static HighlightedText LeadingWords(string body)
    {
        var words = body.Split((char[]?)null, PlainSnippetWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var lead = string.Join(' ', words.Take(PlainSnippetWords));
        return HighlightedText.Plain(words.Length > PlainSnippetWords ? lead + " …" : lead);
    }

    private protected static SearchFacets CountFacets(IEnumerable<FacetRow> rows)
    {
        var committees = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        var kinds = new Dictionary<SearchDocumentKind, int>();
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var years = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            kinds[row.Kind] = kinds.GetValueOrDefault(row.Kind) + 1;
            if (row.CommitteeSlug is { } slug)
            {
                committees[slug] = (row.CommitteeName ?? slug, committees.GetValueOrDefault(slug).Count + 1);
            }
            foreach (var person in row.PersonSlugs)
            {
                people[person] = people.GetValueOrDefault(person) + 1;
            }
            if (row.MeetingDate is { } date)
            {
                years[date.Year] = years.GetValueOrDefault(date.Year) + 1;
            }
        }
        static List<FacetValue> Ordered(IEnumerable<FacetValue> values) =>
            [.. values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)];
        return new SearchFacets(
            Ordered(committees.Select(c => new FacetValue(c.Key, c.Value.Name, c.Value.Count))),
            Ordered(kinds.Select(k => new FacetValue(KindKey(k.Key), KindLabel(k.Key), k.Value))),
            Ordered(people.Select(p => new FacetValue(p.Key, p.Key, p.Value))),
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(), y.Key.ToString(), y.Value))]);
    }

    public static string KindKey(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.AgendaItem => "agenda-item",
        SearchDocumentKind.ReportPage => "report-page",
        SearchDocumentKind.Minute => "minute",
        SearchDocumentKind.Resolution => "resolution",
        SearchDocumentKind.Person => "person",
        SearchDocumentKind.Committee => "committee",
        SearchDocumentKind.ExecutiveDecision => "executive-decision",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string KindLabel(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.AgendaItem => "Agenda item",
        SearchDocumentKind.ReportPage => "Report page",
        SearchDocumentKind.Minute => "Minute",
        SearchDocumentKind.Resolution => "Resolution",
        SearchDocumentKind.Person => "Councillor or officer",
        SearchDocumentKind.Committee => "Committee",
        SearchDocumentKind.ExecutiveDecision => "Executive decision",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
