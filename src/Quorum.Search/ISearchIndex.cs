namespace Quorum.Search;

/// <summary>
/// The public search index. It holds only public material: every write path drops anything that is not
/// <see cref="DocumentVisibility.Public"/> (and removes an earlier public copy of it), so exempt, draft and
/// unpublished content can never reach results, counts, facets or snippets.
/// </summary>
/// <remarks>
/// Documents are grouped by a source key, the published thing they came from (an agenda pack, a set of
/// minutes, a person's profile). Publishing or re-importing a source replaces all its documents at once.
/// </remarks>
public interface ISearchIndex
{
    /// <summary>Creates the index schema when it is missing. Safe to call on every start.</summary>
    Task EnsureCreatedAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the index holds no documents yet (a new install, before its first build).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces every document of one source in one transaction: publish, re-publish, withdraw.</summary>
    Task<IndexUpdate> ReplaceSourceAsync(string sourceKey, IReadOnlyCollection<SearchDocument> documents,
        CancellationToken cancellationToken = default);

    /// <summary>Removes every document of one source (unpublished or deleted).</summary>
    Task<int> RemoveSourceAsync(string sourceKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole index with the documents given. Searches keep seeing the old index until the new one
    /// is complete. Feed documents oldest first: for broad queries the index ranks the most recently added
    /// matches (see <see cref="SearchResults.TotalIsLowerBound"/>).
    /// </summary>
    Task<IndexUpdate> RebuildAsync(IAsyncEnumerable<IndexedSource> sources, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs a search. Bad input comes back as <see cref="SearchResults.Problems"/>, never as an exception.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>People, committees and agenda items whose title contains the text anywhere ("worth" finds "Ashworth").</summary>
    Task<IReadOnlyList<NameMatch>> FindNamesAsync(string partialName, int limit = 10,
        CancellationToken cancellationToken = default);
}

/// <summary>One source's documents, for a rebuild.</summary>
public sealed record IndexedSource(string SourceKey, IReadOnlyCollection<SearchDocument> Documents);

/// <summary>What a write did: documents indexed, documents withheld because they were not public, documents removed.</summary>
public sealed record IndexUpdate(int Indexed, int Withheld, int Removed);

public sealed record NameMatch(string Id, SearchDocumentKind Kind, string Title, string Url);
