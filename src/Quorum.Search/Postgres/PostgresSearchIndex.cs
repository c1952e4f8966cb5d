using System.Text;
using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Quorum.Search.Querying;

namespace Quorum.Search.Postgres;

/// <summary>
/// The scale-out search index: a PostgreSQL table with a weighted tsvector (title A, body D) under GIN, queried
/// through a text search configuration that folds accents (unaccent) before English stemming, ranked with
/// ts_rank and highlighted with ts_headline. Names are matched by trigram (pg_trgm).
/// </summary>
public sealed class PostgresSearchIndex(string connectionString) : WindowedSearchIndex
{
    private const string Config = "quorum_english";
    private const string Table = "search_documents";
    private const string RebuildTable = "search_documents_rebuild";
    private static readonly string Marks = $"StartSel=\"{HighlightedText.StartMark}\", StopSel=\"{HighlightedText.EndMark}\"";
    private static readonly string SnippetOptions = Marks + ", MaxWords=30, MinWords=12, MaxFragments=1";
    private static readonly string TitleOptions = Marks + ", HighlightAll=true";

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public override async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // unaccent and pg_trgm are trusted extensions: a database owner may create them without being superuser.
        await ExecuteAsync(connection, $"""
            SELECT pg_advisory_xact_lock(7207);
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{Config}') THEN
                CREATE TEXT SEARCH CONFIGURATION {Config} (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION {Config}
                  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
              END IF;
            END $$;
            {TableSql(Table, ifNotExists: true)}
            DO $$ BEGIN
              -- Made before documents carried their council: emptied, so every host builds it whole at start.
              IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = '{Table}' AND column_name = 'council_id') THEN
                ALTER TABLE {Table} ADD COLUMN council_id uuid;
                TRUNCATE {Table};
                CREATE INDEX ON {Table} (council_id);
              END IF;
            END $$;
            {IndexesSql(Table, ifNotExists: true)}
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        // A missing table would fail the whole statement at parse time, so ask about it first.
        await using (var exists = dataSource.CreateCommand($"SELECT to_regclass('{Table}') IS NOT NULL"))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                return true;
            }
        }
        await using var command = dataSource.CreateCommand($"SELECT NOT EXISTS (SELECT 1 FROM {Table})");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public override async Task<IndexUpdate> ReplaceSourceAsync(string sourceKey, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        var (admitted, withheldIds) = DocumentRules.Admit(sourceKey, documents);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removedIds = new HashSet<string>(StringComparer.Ordinal);
        await using (var delete = new NpgsqlCommand($"DELETE FROM {Table} WHERE source_key = $1 OR doc_id = ANY($2) RETURNING doc_id", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = sourceKey });
            delete.Parameters.Add(new NpgsqlParameter { Value = admitted.Select(d => d.Id).Concat(withheldIds).ToArray() });
            await using var reader = await delete.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                removedIds.Add(reader.GetString(0));
            }
        }
        if (admitted.Count > 0)
        {
            await using var writer = await connection.BeginBinaryImportAsync(CopySql(Table), cancellationToken);
            foreach (var document in admitted)
            {
                await WriteRowAsync(writer, sourceKey, document, cancellationToken);
                removedIds.Remove(document.Id);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new IndexUpdate(admitted.Count, withheldIds.Count, removedIds.Count);
    }

    public override async Task<int> RemoveSourceAsync(string sourceKey, CancellationToken cancellationToken = default)
    {
        DocumentRules.CheckSourceKey(sourceKey);
        await using var command = dataSource.CreateCommand($"DELETE FROM {Table} WHERE source_key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = sourceKey });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Loads a new table with COPY, indexes it, then swaps it in; searches see the old table until then.</summary>
    public override async Task<IndexUpdate> RebuildAsync(IAsyncEnumerable<IndexedSource> sources, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {RebuildTable}; {TableSql(RebuildTable, ifNotExists: false)}", cancellationToken);
        int indexed = 0, withheld = 0;
        await using (var writer = await connection.BeginBinaryImportAsync(CopySql(RebuildTable), cancellationToken))
        {
            await foreach (var source in sources.WithCancellation(cancellationToken))
            {
                var (admitted, withheldIds) = DocumentRules.Admit(source.SourceKey, source.Documents);
                withheld += withheldIds.Count;
                foreach (var document in admitted)
                {
                    await WriteRowAsync(writer, source.SourceKey, document, cancellationToken);
                }
                indexed += admitted.Count;
                if (indexed / 10_000 != (indexed - admitted.Count) / 10_000)
                {
                    progress?.Report(indexed);
                }
            }
            await writer.CompleteAsync(cancellationToken);
        }
        progress?.Report(indexed);
        try
        {
            await ExecuteAsync(connection, IndexesSql(RebuildTable, ifNotExists: false) + $" ANALYZE {RebuildTable};", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {RebuildTable}", cancellationToken);
            throw new SearchDocumentException("Two sources hold a search document with the same id; ids must be unique across the index.");
        }
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, $"DROP TABLE {Table}; ALTER TABLE {RebuildTable} RENAME TO {Table};", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
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
        await using var command = dataSource.CreateCommand($"""
            SELECT doc_id, kind, title, url FROM {Table}
            WHERE name_key LIKE '%' || $1 || '%'
            ORDER BY length(title), title, id DESC LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = EscapeLike(folded) });
        command.Parameters.Add(new NpgsqlParameter { Value = Math.Clamp(limit, 1, 100) });
        var matches = new List<NameMatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            matches.Add(new NameMatch(reader.GetString(0), (SearchDocumentKind)reader.GetInt16(1), reader.GetString(2), reader.GetString(3)));
        }
        return matches;
    }

    private protected override async Task<IReadOnlyList<IndexTerm>> ReadVocabularyAsync(CancellationToken cancellationToken)
    {
        // ts_stat reads every document's lexemes (stems): a full scan, which is why the vocabulary is cached.
        await using var command = dataSource.CreateCommand($"SELECT word, ndoc FROM ts_stat('SELECT tsv FROM {Table}')");
        var terms = new List<IndexTerm>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new IndexTerm(reader.GetString(0), reader.GetInt32(1)));
        }
        return terms;
    }

    private protected override async Task<List<long>> FindNewestMatchesAsync(ParsedQuery query, SearchRequest filters, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = Conditions(command, query, filters);
        command.CommandText = $"SELECT id FROM {Table} WHERE {where} ORDER BY id DESC LIMIT {limit}";
        var ids = new List<long>(Math.Min(limit, 256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private protected override async Task<List<FacetRow>> ReadFacetRowsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT kind, committee_slug, committee_name, meeting_date, persons FROM {Table} WHERE id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        var rows = new List<FacetRow>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new FacetRow((SearchDocumentKind)reader.GetInt16(0), NullableString(reader, 1), NullableString(reader, 2),
                ReadDate(reader, 3), reader.GetFieldValue<string[]>(4)));
        }
        return rows;
    }

    private protected override async Task<List<SearchHit>> RankAsync(ParsedQuery query, SearchRequest filters, long lowestId, int offset, int count, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = Conditions(command, query, filters);
        var lowest = Add(command, lowestId);
        // Rank inside a subquery so ts_headline, which re-parses the text, runs only for the page of hits.
        // ts_rank normalisation 1 divides by the log of the length, so a long page that repeats a word
        // does not beat a short title that is the word.
        command.CommandText = $"""
            SELECT doc_id, kind, ts_headline('{Config}', title, tsq, '{TitleOptions}'),
                   ts_headline('{Config}', body, tsq, '{SnippetOptions}'),
                   committee_slug, committee_name, meeting_date, persons, page_number, url
            FROM (SELECT d.*, {TsQuery(command, query)} AS tsq, ts_rank(tsv, {TsQuery(command, query)}, 1) AS score
                  FROM {Table} d WHERE {where} AND id >= {lowest}
                  ORDER BY score DESC, id DESC LIMIT {count} OFFSET {offset}) ranked
            ORDER BY score DESC, id DESC
            """;
        return await ReadHitsAsync(command, highlighted: true, cancellationToken);
    }

    private protected override async Task<List<SearchHit>> NewestFirstAsync(ParsedQuery query, IReadOnlyList<long> ids, int offset, int count, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var idList = Add(command, ids.ToArray());
        var columns = query.HasText
            ? $"ts_headline('{Config}', title, tsq, '{TitleOptions}'), ts_headline('{Config}', body, tsq, '{SnippetOptions}')"
            : "title, left(body, 600)";
        var tsq = query.HasText ? TsQuery(command, query) : "NULL::tsquery";
        command.CommandText = $"""
            SELECT doc_id, kind, {columns}, committee_slug, committee_name, meeting_date, persons, page_number, url
            FROM (SELECT d.*, {tsq} AS tsq FROM {Table} d WHERE id = ANY({idList})
                  ORDER BY meeting_date DESC NULLS LAST, id DESC LIMIT {count} OFFSET {offset}) page
            ORDER BY meeting_date DESC NULLS LAST, id DESC
            """;
        return await ReadHitsAsync(command, query.HasText, cancellationToken);
    }

    private static async Task<List<SearchHit>> ReadHitsAsync(NpgsqlCommand command, bool highlighted, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var committeeSlug = NullableString(reader, 4);
            hits.Add(new SearchHit
            {
                Id = reader.GetString(0),
                Kind = (SearchDocumentKind)reader.GetInt16(1),
                Title = highlighted ? HighlightedText.FromMarked(reader.GetString(2)) : HighlightedText.Plain(reader.GetString(2)),
                Snippet = highlighted ? HighlightedText.FromMarked(reader.GetString(3)) : LeadingWords(reader.GetString(3)),
                Committee = committeeSlug is null ? null : new CommitteeRef(committeeSlug, reader.GetString(5)),
                MeetingDate = ReadDate(reader, 6),
                PersonSlugs = reader.GetFieldValue<string[]>(7),
                PageNumber = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                Url = reader.GetString(9),
            });
        }
        return hits;
    }

    /// <summary>The WHERE clause: text match and filters, every value a parameter.</summary>
    private static string Conditions(NpgsqlCommand command, ParsedQuery query, SearchRequest filters)
    {
        var conditions = new List<string>();
        if (query.HasText)
        {
            conditions.Add($"tsv @@ {TsQuery(command, query)}");
        }
        if (filters.Council is { } council)
        {
            conditions.Add($"council_id = {Add(command, council)}");
        }
        if (filters.Kinds.Count > 0)
        {
            conditions.Add($"kind = ANY({Add(command, filters.Kinds.Select(k => (short)k).ToArray())})");
        }
        if (filters.Committees.Count > 0)
        {
            conditions.Add($"committee_slug = ANY({Add(command, filters.Committees.ToArray())})");
        }
        if (filters.People.Count > 0)
        {
            conditions.Add($"persons && {Add(command, filters.People.ToArray())}");
        }
        if (filters.From is { } from)
        {
            conditions.Add($"meeting_date >= {Add(command, from.ToDateOnly())}");
        }
        if (filters.To is { } to)
        {
            conditions.Add($"meeting_date <= {Add(command, to.ToDateOnly())}");
        }
        return conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions);
    }

    /// <summary>
    /// A tsquery built from parsed clauses with PostgreSQL's own parsers: plainto_tsquery for a word,
    /// phraseto_tsquery for a phrase (both drop stop words safely), to_tsquery with :* for a prefix (the word is
    /// letters and digits only, so it cannot carry tsquery operators).
    /// </summary>
    private static string TsQuery(NpgsqlCommand command, ParsedQuery query)
    {
        var sql = new StringBuilder("(");
        var first = true;
        foreach (var clause in query.Required.Concat(query.Excluded))
        {
            if (!first)
            {
                sql.Append(" && ");
            }
            first = false;
            if (clause.IsExcluded)
            {
                sql.Append("!! ");
            }
            var text = Add(command, string.Join(' ', clause.Words));
            sql.Append(clause.IsPrefix ? $"to_tsquery('{Config}', {text} || ':*')"
                : clause.IsPhrase ? $"phraseto_tsquery('{Config}', {text})"
                : $"plainto_tsquery('{Config}', {text})");
        }
        return sql.Append(')').ToString();
    }

    private static string Add<T>(NpgsqlCommand command, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + command.Parameters.Count;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter writer, string sourceKey, SearchDocument d, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken);
        await writer.WriteAsync(d.Id, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(sourceKey, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync((short)d.Kind, NpgsqlDbType.Smallint, cancellationToken);
        await WriteNullableAsync(writer, d.Committee?.Slug, NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(writer, d.Committee?.Name, NpgsqlDbType.Text, cancellationToken);
        if (d.MeetingDate is { } date)
        {
            await writer.WriteAsync(date.ToDateOnly(), NpgsqlDbType.Date, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        await writer.WriteAsync(d.PersonSlugs.Distinct(StringComparer.Ordinal).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        if (d.PageNumber is { } page)
        {
            await writer.WriteAsync(page, NpgsqlDbType.Integer, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        await writer.WriteAsync(d.Url, NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(writer, DocumentRules.NameKey(d), NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(d.Title, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(d.Body, NpgsqlDbType.Text, cancellationToken);
        if (d.CouncilId is { } council)
        {
            await writer.WriteAsync(council, NpgsqlDbType.Uuid, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }

    private static string CopySql(string table) =>
        $"COPY {table} (doc_id, source_key, kind, committee_slug, committee_name, meeting_date, persons, page_number, url, name_key, title, body, council_id) FROM STDIN (FORMAT BINARY)";

    private static string TableSql(string table, bool ifNotExists) => $"""
        CREATE TABLE {(ifNotExists ? "IF NOT EXISTS " : "")}{table} (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            doc_id text NOT NULL,
            source_key text NOT NULL,
            kind smallint NOT NULL,
            committee_slug text,
            committee_name text,
            meeting_date date,
            persons text[] NOT NULL,
            page_number integer,
            url text NOT NULL,
            name_key text,
            title text NOT NULL,
            body text NOT NULL,
            council_id uuid,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('{Config}'::regconfig, title), 'A') ||
                setweight(to_tsvector('{Config}'::regconfig, body), 'D')) STORED);
        """;

    // Unnamed indexes get names PostgreSQL makes unique, so a rebuilt table can be renamed over the old one.
    private static string IndexesSql(string table, bool ifNotExists) => ifNotExists
        ? $"""
          DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = '{table}' AND indexdef LIKE '%(doc_id)%') THEN
              {IndexesSql(table, ifNotExists: false)}
            END IF;
          END $$;
          """
        : $"""
          CREATE UNIQUE INDEX ON {table} (doc_id);
          CREATE INDEX ON {table} (source_key);
          CREATE INDEX ON {table} USING gin (tsv);
          CREATE INDEX ON {table} (committee_slug);
          CREATE INDEX ON {table} (meeting_date);
          CREATE INDEX ON {table} (kind);
          CREATE INDEX ON {table} (council_id);
          CREATE INDEX ON {table} USING gin (persons);
          CREATE INDEX ON {table} USING gin (name_key gin_trgm_ops) WHERE name_key IS NOT NULL;
          """;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static LocalDate? ReadDate(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(ordinal));
}
