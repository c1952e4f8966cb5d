using System.Data;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using Quorum.Search.Querying;

namespace Quorum.Search.Sqlite;

/// <summary>
/// The embedded search index: one SQLite file holding the documents and two FTS5 indexes over them, words
/// (porter stemming, accents folded, prefix indexes for 2 to 7 letters, ranked by <see cref="RankFunction"/>'s
/// BM25 with titles weighted 10 to 1) and trigrams of names for partial-name matching.
/// </summary>
public sealed class SqliteSearchIndex(string databasePath) : WindowedSearchIndex
{
    private const int RebuildBatch = 50_000;
    private const int SqliteFull = 13;

    /// <summary>2: documents carry their council (a meta token), so a site of several councils searches its own.</summary>
    private const long SchemaVersion = 2;
    private const string Mark = "char(2), char(3)";
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private readonly DocumentFrequencies frequencies = new();

    public string DatabasePath { get; } = databasePath;

    public override async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
        // Immediate: a second process starting at the same moment waits here and then finds the tables made.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (!await TableExistsAsync(connection, cancellationToken))
        {
            await ExecuteAsync(connection, SchemaSql + IndexesSql + TriggersSql + MergeSettingsSql, cancellationToken);
        }
        else if (await SchemaVersionAsync(connection, cancellationToken) < SchemaVersion)
        {
            // Made before documents carried their council: emptied, so every host builds it whole at start.
            await ExecuteAsync(connection, "DROP TABLE docs_fts; DROP TABLE names_fts; DROP TABLE docs;", cancellationToken);
            await ExecuteAsync(connection, SchemaSql + IndexesSql + TriggersSql + MergeSettingsSql, cancellationToken);
        }
        else if (await MergingWasOffAsync(connection, cancellationToken))
        {
            await RepairMergingAsync(connection, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await TableExistsAsync(connection, cancellationToken))
        {
            return true;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM docs)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public override async Task<IndexUpdate> ReplaceSourceAsync(string sourceKey, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        var (admitted, withheldIds) = DocumentRules.Admit(sourceKey, documents);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

        var removedIds = new HashSet<string>(StringComparer.Ordinal);
        // Two statements, not one with OR: each is then a plain index search whatever the planner's statistics say.
        foreach (var sql in new[]
        {
            "DELETE FROM docs WHERE source_key = $source RETURNING doc_id",
            "DELETE FROM docs WHERE doc_id IN (SELECT value FROM json_each($ids)) RETURNING doc_id",
        })
        {
            await using var delete = connection.CreateCommand();
            delete.CommandText = sql;
            delete.Parameters.AddWithValue("$source", sourceKey);
            delete.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(admitted.Select(d => d.Id).Concat(withheldIds)));
            await using var reader = await delete.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                removedIds.Add(reader.GetString(0));
            }
        }
        await using (var insert = new DocumentInsert(connection))
        {
            foreach (var document in admitted)
            {
                await insert.ExecuteAsync(sourceKey, document, cancellationToken);
                removedIds.Remove(document.Id);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new IndexUpdate(admitted.Count, withheldIds.Count, removedIds.Count);
    }

    public override async Task<int> RemoveSourceAsync(string sourceKey, CancellationToken cancellationToken = default)
    {
        DocumentRules.CheckSourceKey(sourceKey);
        await using var connection = await OpenAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM docs WHERE source_key = $source";
        delete.Parameters.AddWithValue("$source", sourceKey);
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Builds a new file beside the live one (documents first, then each FTS5 index in one pass, then merged to a
    /// single segment) and copies it into the live file in one transaction, so searches see the old index until the
    /// new one is whole.
    /// </summary>
    /// <remarks>
    /// The copy goes through SQLite's backup API rather than a rename over the live file: a connection opened before
    /// a rename (this process's pool, or the web site's while <c>quorum reindex</c> runs) keeps the deleted file, and
    /// what it writes there afterwards is lost. The backup is an ordinary write transaction on the live file, which
    /// every connection in every process sees.
    /// </remarks>
    public override async Task<IndexUpdate> RebuildAsync(IAsyncEnumerable<IndexedSource> sources, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        // A file of its own for each build: two builds at once (a start-up build and a reindex) must not share one.
        var buildPath = $"{DatabasePath}.rebuild-{Guid.NewGuid():N}";
        var builder = new SqliteConnectionStringBuilder { DataSource = buildPath, Pooling = false };
        int indexed = 0, withheld = 0;
        try
        {
            await using (var connection = new SqliteConnection(builder.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                // Nothing reads this file until it is copied, so durability during the build buys nothing.
                await ExecuteAsync(connection, """
                    PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE;
                    PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY; PRAGMA secure_delete=OFF;
                    """, cancellationToken);
                await ExecuteAsync(connection, SchemaSql, cancellationToken);
                // A 1 GB in-memory term table and no merging while loading: FTS5 then writes a few large segments
                // that one 'optimize' merges, instead of re-merging small ones all through the build.
                await ExecuteAsync(connection, """
                    INSERT INTO docs_fts(docs_fts, rank) VALUES('hashsize', 1073741824);
                    INSERT INTO docs_fts(docs_fts, rank) VALUES('automerge', 0);
                    """, cancellationToken);

                var transaction = connection.BeginTransaction();
                var insert = new DocumentInsert(connection);
                var inBatch = 0;
                await foreach (var source in sources.WithCancellation(cancellationToken))
                {
                    var (admitted, withheldIds) = DocumentRules.Admit(source.SourceKey, source.Documents);
                    withheld += withheldIds.Count;
                    foreach (var document in admitted)
                    {
                        await insert.ExecuteAsync(source.SourceKey, document, cancellationToken);
                    }
                    indexed += admitted.Count;
                    inBatch += admitted.Count;
                    if (inBatch >= RebuildBatch)
                    {
                        await transaction.CommitAsync(cancellationToken);
                        await insert.DisposeAsync();
                        transaction = connection.BeginTransaction();
                        insert = new DocumentInsert(connection);
                        inBatch = 0;
                        progress?.Report(indexed);
                    }
                }
                await transaction.CommitAsync(cancellationToken);
                await insert.DisposeAsync();
                await transaction.DisposeAsync();
                progress?.Report(indexed);

                try
                {
                    await ExecuteAsync(connection, IndexesSql, cancellationToken);
                }
                catch (SqliteException e) when (e.SqliteErrorCode == 19)
                {
                    throw new SearchDocumentException("Two sources hold a search document with the same id; ids must be unique across the index.");
                }
                await ExecuteAsync(connection, """
                    INSERT INTO docs_fts(docs_fts) VALUES('rebuild');
                    INSERT INTO docs_fts(docs_fts) VALUES('optimize');
                    INSERT INTO docs_fts(docs_fts, rank) VALUES('hashsize', 1048576);
                    INSERT INTO names_fts(names_fts) VALUES('rebuild');
                    INSERT INTO names_fts(names_fts) VALUES('optimize');
                    ANALYZE;
                    """ + TriggersSql + MergeSettingsSql, cancellationToken);
                await CopyIntoLiveFileAsync(connection, cancellationToken);
            }
            frequencies.Clear();
        }
        finally
        {
            DeleteDatabaseFiles(buildPath);
        }
        return new IndexUpdate(indexed, withheld, 0);
    }

    public override async Task<IReadOnlyList<NameMatch>> FindNamesAsync(string partialName, int limit = 10, CancellationToken cancellationToken = default)
    {
        var folded = TextNormaliser.Fold(partialName ?? "").Trim();
        if (folded.Length < 3 || folded.Length > 100)
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.doc_id, d.kind, d.title, d.url
            FROM (SELECT rowid AS id FROM names_fts WHERE names_fts MATCH $q ORDER BY rowid DESC LIMIT 500) n
            JOIN docs d ON d.id = n.id
            ORDER BY length(d.title), d.title, d.id DESC
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$q", Quote(folded));
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 100));
        var matches = new List<NameMatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            matches.Add(new NameMatch(reader.GetString(0), (SearchDocumentKind)reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
        }
        return matches;
    }

    private protected override async Task<IReadOnlyList<IndexTerm>> ReadVocabularyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // A temporary view of the word index's terms (stems), made on the connection that reads it.
        await ExecuteAsync(connection, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.docs_vocab USING fts5vocab(main, docs_fts, 'col');", cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, sum(doc) FROM temp.docs_vocab WHERE col IN ('title', 'body') GROUP BY term";
        var terms = new List<IndexTerm>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new IndexTerm(reader.GetString(0), reader.GetInt64(1)));
        }
        return terms;
    }

    private protected override async Task<List<long>> FindNewestMatchesAsync(ParsedQuery query, SearchRequest filters, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM docs_fts WHERE docs_fts MATCH $match ORDER BY rowid DESC LIMIT $limit";
        command.Parameters.AddWithValue("$match", MatchExpression(query, filters));
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<long>(Math.Min(limit, 256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private protected override async Task<MatchWindow> FindWindowAsync(ParsedQuery query, SearchRequest filters, int limit, CancellationToken cancellationToken)
    {
        var ids = await FindNewestMatchesAsync(query, filters, limit, cancellationToken);
        return new MatchWindow(ids, await ReadFacetRowsAsync(ids, cancellationToken));
    }

    /// <summary>The facet fields of each id, in the order of the ids.</summary>
    private async Task<List<FacetRow>> ReadFacetRowsAsync(List<long> ids, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, kind, committee_slug, committee_name, meeting_date, persons
            FROM docs INDEXED BY docs_facets WHERE id IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        var rows = new Dictionary<long, FacetRow>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetInt64(0)] = new FacetRow((SearchDocumentKind)reader.GetInt32(1), NullableString(reader, 2), NullableString(reader, 3),
                ParseDate(reader, 4), SplitPersons(reader.GetString(5)));
        }
        return [.. ids.Select(id => rows[id])];
    }

    private protected override async Task<List<SearchHit>> RankAsync(ParsedQuery query, SearchRequest filters, MatchWindow window, int offset, int count, int? orderedPageEnd, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rankCall = await RankCallAsync(connection, query, cancellationToken);
        await using var command = connection.CreateCommand();
        // ORDER BY rank lets FTS5 sort inside the module; snippets are made only for the rows the LIMIT keeps.
        command.CommandText = $"""
            SELECT d.doc_id, d.kind, f.title_marked, f.snippet_marked, d.committee_slug, d.committee_name,
                   d.meeting_date, d.persons, d.page_number, d.url
            FROM (SELECT rowid AS id, rank AS score,
                         highlight(docs_fts, 0, {Mark}) AS title_marked,
                         snippet(docs_fts, 1, {Mark}, '…', 24) AS snippet_marked
                  FROM docs_fts WHERE docs_fts MATCH $match AND rank MATCH $rank AND rowid >= $lowest
                  ORDER BY rank LIMIT $count OFFSET $offset) f
            JOIN docs d ON d.id = f.id
            ORDER BY f.score, f.id DESC
            """;
        command.Parameters.AddWithValue("$match", MatchExpression(query, filters));
        command.Parameters.AddWithValue("$rank", rankCall);
        command.Parameters.AddWithValue("$lowest", window.Ids[^1]);
        command.Parameters.AddWithValue("$count", count);
        command.Parameters.AddWithValue("$offset", offset);
        var hits = new List<SearchHit>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(ReadHit(reader, HighlightedText.FromMarked(reader.GetString(2)), HighlightedText.FromMarked(reader.GetString(3))));
        }
        return hits;
    }

    private protected override async Task<List<SearchHit>> NewestFirstAsync(ParsedQuery query, IReadOnlyList<long> ids, int offset, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var page = new List<(long Id, SearchHit Hit)>(count);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT doc_id, kind, title, substr(body, 1, 600), committee_slug, committee_name,
                       meeting_date, persons, page_number, url, id
                FROM docs WHERE id IN (SELECT value FROM json_each($ids))
                ORDER BY meeting_date DESC, id DESC LIMIT $count OFFSET $offset
                """;
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
            command.Parameters.AddWithValue("$count", count);
            command.Parameters.AddWithValue("$offset", offset);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add((reader.GetInt64(10), ReadHit(reader, HighlightedText.Plain(reader.GetString(2)), LeadingWords(reader.GetString(3)))));
            }
        }
        if (!query.HasText)
        {
            return [.. page.Select(p => p.Hit)];
        }

        // snippet() exists only inside an FTS5 query; a rowid-pinned MATCH is a seek per hit.
        await using var highlight = connection.CreateCommand();
        highlight.CommandText = $"""
            SELECT highlight(docs_fts, 0, {Mark}), snippet(docs_fts, 1, {Mark}, '…', 24)
            FROM docs_fts WHERE docs_fts MATCH $match AND rowid = $id
            """;
        highlight.Parameters.AddWithValue("$match", TextMatch(query));
        var id = highlight.Parameters.Add("$id", SqliteType.Integer);
        var hits = new List<SearchHit>(page.Count);
        foreach (var (rowId, hit) in page)
        {
            id.Value = rowId;
            await using var reader = await highlight.ExecuteReaderAsync(cancellationToken);
            hits.Add(await reader.ReadAsync(cancellationToken)
                ? hit with { Title = HighlightedText.FromMarked(reader.GetString(0)), Snippet = HighlightedText.FromMarked(reader.GetString(1)) }
                : hit);
        }
        return hits;
    }

    /// <summary>
    /// <c>quorum_rank(df…)</c> with the document frequency of each required clause, in the order the clauses are
    /// phrases of <see cref="MatchExpression"/>; excluded clauses and filter tokens come after them and do not score.
    /// </summary>
    private async Task<string> RankCallAsync(SqliteConnection connection, ParsedQuery query, CancellationToken cancellationToken)
    {
        var counts = new List<string>();
        foreach (var clause in query.Required)
        {
            var frequency = await frequencies.ForAsync(connection, "({title body} : (" + Clause(clause) + "))", cancellationToken);
            counts.Add(frequency.ToString("R", CultureInfo.InvariantCulture));
        }
        return $"{RankFunction.Name}({string.Join(", ", counts)})";
    }

    private static SearchHit ReadHit(SqliteDataReader reader, HighlightedText title, HighlightedText snippet)
    {
        var committeeSlug = NullableString(reader, 4);
        return new SearchHit
        {
            Id = reader.GetString(0),
            Kind = (SearchDocumentKind)reader.GetInt32(1),
            Title = title,
            Snippet = snippet,
            Committee = committeeSlug is null ? null : new CommitteeRef(committeeSlug, reader.GetString(5)),
            MeetingDate = ParseDate(reader, 6),
            PersonSlugs = SplitPersons(reader.GetString(7)),
            PageNumber = reader.IsDBNull(8) ? null : reader.GetInt32(8),
            Url = reader.GetString(9),
        };
    }

    /// <summary>
    /// The FTS5 expression. Every user word is a double-quoted string of letters and digits, so FTS5 reads it as
    /// text, never as an operator; user words are confined to title and body, filter tokens to meta.
    /// </summary>
    internal static string MatchExpression(ParsedQuery query, SearchRequest filters)
    {
        var parts = new List<string>();
        if (query.HasText)
        {
            parts.Add(TextMatch(query));
        }
        if (filters.Council is { } council)
        {
            AddAnyOf(parts, [MetaTokens.Council(council)]);
        }
        AddAnyOf(parts, filters.Kinds.Select(MetaTokens.Kind));
        AddAnyOf(parts, filters.Committees.Select(MetaTokens.Committee));
        AddAnyOf(parts, filters.People.Select(MetaTokens.Person));
        if (filters.From is not null || filters.To is not null)
        {
            AddAnyOf(parts, MetaTokens.DateRange(filters.From, filters.To));
        }
        return string.Join(" AND ", parts);
    }

    private static string TextMatch(ParsedQuery query)
    {
        var expression = "(" + string.Join(" AND ", query.Required.Select(Clause)) + ")";
        foreach (var excluded in query.Excluded)
        {
            expression += " NOT " + Clause(excluded);
        }
        return "({title body} : (" + expression + "))";
    }

    private static string Clause(QueryClause clause) =>
        clause.IsPrefix ? Quote(clause.Words[0]) + " *" : Quote(string.Join(' ', clause.Words));

    private static void AddAnyOf(List<string> parts, IEnumerable<string> tokens)
    {
        var list = tokens.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            parts.Add("({meta} : (" + string.Join(" OR ", list.Select(Quote)) + "))");
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private async Task CopyIntoLiveFileAsync(SqliteConnection build, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var live = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false, DefaultTimeout = 30 };
        await using var connection = new SqliteConnection(live.ToString());
        await connection.OpenAsync(cancellationToken);
        // The copy waits for a writer that holds the live file (a publication being indexed) instead of failing.
        await ExecuteAsync(connection, "PRAGMA busy_timeout=60000;", cancellationToken);
        build.BackupDatabase(connection);
        // The copy went through the write-ahead log; fold it into the file now rather than leave a log as big as the index.
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }

    /// <summary>Whether the index was made when FTS5's automatic merging was turned off (see <see cref="MergeSettingsSql"/>).</summary>
    private static async Task<bool> MergingWasOffAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT v FROM docs_fts_config WHERE k = 'automerge'";
        return await command.ExecuteScalarAsync(cancellationToken) is { } value
            && Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>
    /// Turns merging back on in an index made while it was off, and merges the segments that piled up meanwhile into
    /// one. An index that already holds FTS5's maximum of segments cannot take even that merge: it is emptied, and
    /// every host builds an empty index whole at start.
    /// </summary>
    private static async Task RepairMergingAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "SAVEPOINT repair;", cancellationToken);
        try
        {
            await ExecuteAsync(connection, MergeSettingsSql + """
                INSERT INTO docs_fts(docs_fts) VALUES('optimize');
                INSERT INTO names_fts(names_fts) VALUES('optimize');
                """, cancellationToken);
            await ExecuteAsync(connection, "RELEASE repair;", cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteFull)
        {
            await ExecuteAsync(connection, "ROLLBACK TO repair; RELEASE repair;", cancellationToken);
            await ExecuteAsync(connection, "DROP TABLE docs_fts; DROP TABLE names_fts; DROP TABLE docs;", cancellationToken);
            await ExecuteAsync(connection, SchemaSql + IndexesSql + TriggersSql + MergeSettingsSql, cancellationToken);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Per connection: the Debian-style secure_delete would zero every page freed by FTS5 segment merges.
        await ExecuteAsync(connection, "PRAGMA secure_delete=OFF; PRAGMA mmap_size=4294967296; PRAGMA cache_size=-65536;", cancellationToken);
        RankFunction.EnsureRegistered(connection);
        return connection;
    }

    private static async Task<long> SchemaVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<bool> TableExistsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'docs'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static LocalDate? ParseDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : IsoDate.Parse(reader.GetString(ordinal)).Value;

    private static string[] SplitPersons(string persons) => persons.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One prepared insert, reused for every document of a write.</summary>
    private sealed class DocumentInsert : IAsyncDisposable
    {
        private readonly SqliteCommand command;
        private readonly SqliteParameter[] values;

        public DocumentInsert(SqliteConnection connection)
        {
            command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO docs(doc_id, source_key, kind, committee_slug, committee_name, meeting_date, persons,
                                 page_number, url, name_key, meta, title, body)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                """;
            values = [.. Enumerable.Range(1, 13).Select(i => command.Parameters.Add("$" + i, SqliteType.Text))];
        }

        public async Task ExecuteAsync(string sourceKey, SearchDocument d, CancellationToken cancellationToken)
        {
            values[0].Value = d.Id;
            values[1].Value = sourceKey;
            values[2].Value = (int)d.Kind;
            values[3].Value = (object?)d.Committee?.Slug ?? DBNull.Value;
            values[4].Value = (object?)d.Committee?.Name ?? DBNull.Value;
            values[5].Value = d.MeetingDate is { } date ? IsoDate.Format(date) : DBNull.Value;
            values[6].Value = string.Join(' ', d.PersonSlugs.Distinct(StringComparer.Ordinal));
            values[7].Value = (object?)d.PageNumber ?? DBNull.Value;
            values[8].Value = d.Url;
            values[9].Value = (object?)DocumentRules.NameKey(d) ?? DBNull.Value;
            values[10].Value = string.Join(' ', MetaTokens.For(d));
            values[11].Value = d.Title;
            values[12].Value = d.Body;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }

    // Metadata columns come before title and body so reads of them stop before the long text; docs_facets
    // holds them again, narrow and in id order, because reading 2,000 wide rows for facets took twice as long.
    private const string SchemaSql = """
        PRAGMA user_version = 2;
        CREATE TABLE docs(
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            source_key TEXT NOT NULL,
            kind INTEGER NOT NULL,
            committee_slug TEXT,
            committee_name TEXT,
            meeting_date TEXT,
            persons TEXT NOT NULL,
            page_number INTEGER,
            url TEXT NOT NULL,
            name_key TEXT,
            meta TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, meta, content='docs', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7');
        CREATE VIRTUAL TABLE names_fts USING fts5(name_key, content='docs', content_rowid='id', tokenize='trigram');
        """;

    // FTS5's own incremental merging, on (4, the default) and set explicitly because older indexes stored 0.
    // Automerge does merge work in proportion to what each write adds, so it keeps up with writes of any size, and
    // FTS5's crisis merge keeps each level under 16 segments. Each write used to end with 'merge', -16 instead, which
    // gathers every segment into one level and starts a merge of all of them over again, so nothing was ever merged:
    // about 7 segments a write piled up to FTS5's limit of 2,000, and every later write failed with SQLITE_FULL,
    // "database or disk is full" (issue #21). The cost is an occasional write that also merges a large segment.
    private const string MergeSettingsSql = """
        INSERT INTO docs_fts(docs_fts, rank) VALUES('automerge', 4);
        INSERT INTO names_fts(names_fts, rank) VALUES('automerge', 4);
        """;

    private const string IndexesSql = """
        CREATE UNIQUE INDEX docs_doc_id ON docs(doc_id);
        CREATE INDEX docs_source_key ON docs(source_key);
        CREATE INDEX docs_facets ON docs(id, kind, committee_slug, committee_name, meeting_date, persons);
        """;

    private const string TriggersSql = """
        CREATE TRIGGER docs_after_insert AFTER INSERT ON docs BEGIN
            INSERT INTO docs_fts(rowid, title, body, meta) VALUES (new.id, new.title, new.body, new.meta);
            INSERT INTO names_fts(rowid, name_key) SELECT new.id, new.name_key WHERE new.name_key IS NOT NULL;
        END;
        CREATE TRIGGER docs_after_delete AFTER DELETE ON docs BEGIN
            INSERT INTO docs_fts(docs_fts, rowid, title, body, meta) VALUES ('delete', old.id, old.title, old.body, old.meta);
            INSERT INTO names_fts(names_fts, rowid, name_key) SELECT 'delete', old.id, old.name_key WHERE old.name_key IS NOT NULL;
        END;
        """;
}
