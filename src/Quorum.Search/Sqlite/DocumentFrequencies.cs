using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Quorum.Search.Sqlite;

/// <summary>
/// How many documents contain each searched term or phrase, for <see cref="RankFunction"/>. Exact up to
/// <see cref="Sample"/> matches; beyond that, estimated from how far back (in document ids) the newest
/// <see cref="Sample"/> matches reach, which costs a walk of <see cref="Sample"/> index entries instead of all of
/// them. Ranking needs only the order of magnitude (IDF is a logarithm), so the estimate costs no visible
/// relevance. Results are cached per index: words recur across searches, and a frequency drifts slowly as packs are added.
/// </summary>
internal sealed class DocumentFrequencies
{
    public const int Sample = 5000;
    private const int CacheLimit = 20_000;

    private readonly ConcurrentDictionary<string, double> cache = new(StringComparer.Ordinal);

    public void Clear() => cache.Clear();

    /// <summary>The frequency of one phrase, given as an FTS5 expression limited to the text columns.</summary>
    public async Task<double> ForAsync(SqliteConnection connection, string phraseMatch, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(phraseMatch, out var known))
        {
            return known;
        }
        var frequency = await EstimateAsync(connection, phraseMatch, cancellationToken);
        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }
        cache[phraseMatch] = frequency;
        return frequency;
    }

    private static async Task<double> EstimateAsync(SqliteConnection connection, string phraseMatch, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*), min(id), (SELECT max(rowid) FROM docs), (SELECT min(rowid) FROM docs)
            FROM (SELECT rowid AS id FROM docs_fts WHERE docs_fts MATCH $match ORDER BY rowid DESC LIMIT {Sample})
            """;
        command.Parameters.AddWithValue("$match", phraseMatch);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var found = reader.GetInt64(0);
        if (found < Sample)
        {
            return found;
        }
        var oldestSampled = reader.GetInt64(1);
        var newest = reader.GetInt64(2);
        var oldest = reader.GetInt64(3);
        // Matches spread over ids like the sample: scale the sample by the share of the id range it covered.
        return Math.Round((double)found * (newest - oldest + 1) / (newest - oldestSampled + 1));
    }
}
