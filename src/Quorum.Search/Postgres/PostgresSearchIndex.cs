using System.Text;
using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Quorum.Search.Querying;
using static Quorum.Search.Postgres.PostgresSchema;

namespace Quorum.Search.Postgres;

/// <summary>
/// The scale-out search index: a PostgreSQL table with a weighted tsvector (title A, body D, plus filter and age
/// lexemes) under GIN, queried through a text search configuration
/// that folds accents (unaccent) before English stemming, ranked with ts_rank and highlighted with ts_headline.
/// Names are matched by trigram (pg_trgm). See ADR 0010.
/// </summary>
public sealed class PostgresSearchIndex : WindowedSearchIndex
{
    private static readonly string Marks = $"StartSel=\"{HighlightedText.StartMark}\", StopSel=\"{HighlightedText.EndMark}\"";
    private static readonly string SnippetOptions = Marks + ", MaxWords=30, MinWords=12, MaxFragments=1";
    private static readonly string TitleOptions = Marks + ", HighlightAll=true";

    private readonly NpgsqlDataSource dataSource;
    private readonly int bucketShift;

    public PostgresSearchIndex(string connectionString)
        : this(connectionString, PostgresSchema.BucketShift)
    {
    }

    /// <summary>For tests: smaller age buckets, so a few documents span several.</summary>
    internal PostgresSearchIndex(string connectionString, int bucketShift)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        this.bucketShift = bucketShift;
    }

    public override async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // unaccent and pg_trgm are trusted extensions: a database owner may create them without being superuser.
        await ExecuteAsync(connection, $"""
            SELECT pg_advisory_xact_lock(7207);
            {ConfigurationSql}
            {DropOutdatedSql}
            """, cancellationToken);
        await ExecuteAsync(connection, $"""
            {TableSql(Table, ifNotExists: true, bucketShift)}
            {IndexesSql(Table, ifNotExists: true)}
            {TermsTableSql(TermsTable, ifNotExists: true)}
            {FillEmptyTermsSql}
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
            await using (var writer = await connection.BeginBinaryImportAsync(CopySql(Table), cancellationToken))
            {
                foreach (var document in admitted)
                {
                    await WriteRowAsync(writer, null, sourceKey, document, cancellationToken);
                    removedIds.Remove(document.Id);
                }
                await writer.CompleteAsync(cancellationToken);
            }
            await using var terms = new NpgsqlCommand(
                AddTermsSql(TermsTable, $"format('SELECT tsv FROM {Table} WHERE source_key = %L', $1::text)"), connection, transaction);
            terms.Parameters.Add(new NpgsqlParameter { Value = sourceKey });
            await terms.ExecuteNonQueryAsync(cancellationToken);
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
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {RebuildTable}; {TableSql(RebuildTable, ifNotExists: false, bucketShift)}", cancellationToken);
        var (indexed, withheld) = await RebuildLoader.LoadAsync(dataSource, RebuildTable, (writer, id, key, d, ct) => WriteRowAsync(writer, id, key, d, ct), sources, progress, cancellationToken);
        await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{RebuildTable}', 'id'), {indexed + 1}, false)", cancellationToken);
        try
        {
            // The word index on one core, the other indexes and the vocabulary (a read of every tsvector) on another.
            await using var second = await dataSource.OpenConnectionAsync(cancellationToken);
            await Task.WhenAll(
                ExecuteAsync(connection, TextIndexSql(RebuildTable), cancellationToken),
                ExecuteAsync(second, $"""
                    {KeyIndexesSql(RebuildTable)}
                    DROP TABLE IF EXISTS {RebuildTermsTable};
                    {TermsTableSql(RebuildTermsTable, ifNotExists: false)}
                    {AddTermsSql(RebuildTermsTable, $"'SELECT tsv FROM {RebuildTable}'")}
                    """, cancellationToken));
            await ExecuteAsync(connection, $"ANALYZE {RebuildTable}", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {RebuildTable}", cancellationToken);
            throw new SearchDocumentException("Two sources hold a search document with the same id; ids must be unique across the index.");
        }
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, $"""
                DROP TABLE {Table}; ALTER TABLE {RebuildTable} RENAME TO {Table};
                DROP TABLE IF EXISTS {TermsTable}; ALTER TABLE {RebuildTermsTable} RENAME TO {TermsTable};
                """, cancellationToken);
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
        await using var command = dataSource.CreateCommand($"SELECT word, ndoc FROM {TermsTable}");
        var terms = new List<IndexTerm>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new IndexTerm(reader.GetString(0), reader.GetInt32(1)));
        }
        return terms;
    }

    /// <summary>
    /// Reads the newest matches an age bucket range at a time, newest first, and stops as soon as the window is full.
    /// The bucket lexemes let the word index skip straight to a range's documents (PostgreSQL cannot read a GIN index
    /// in id order), but every match inside a range is read and sorted, so each range is sized to what the window
    /// still needs: the first is the newest bucket, each next one enough buckets for the matches still wanted at the
    /// rate found so far, with a quarter to spare. A common word fills the window from a bucket or two; a word or
    /// filter whose matches thin out (a committee, a date range in the past) steps back by what it needs instead of
    /// reading every older match; a rare word grows its steps fourfold and reads the rest in one step once that is
    /// cheaper than listing the buckets. Each match's facet fields and score are read with its id, from the row the
    /// step reads anyway, so the window is never read a second time to count facets or to rank it.
    /// </summary>
    private protected override async Task<MatchWindow> FindWindowAsync(ParsedQuery query, SearchRequest filters, int limit, CancellationToken cancellationToken)
    {
        var window = new MatchWindow([], [], query.HasText ? [] : null);
        await ReadNewestAsync(query, filters, window, limit, cancellationToken);
        return window;
    }

    private protected override async Task<List<long>> FindNewestMatchesAsync(ParsedQuery query, SearchRequest filters, int limit, CancellationToken cancellationToken)
    {
        var window = new MatchWindow([], []);
        await ReadNewestAsync(query, filters, window, limit, cancellationToken, idsOnly: true);
        return window.Ids;
    }

    private async Task ReadNewestAsync(ParsedQuery query, SearchRequest filters, MatchWindow window, int limit, CancellationToken cancellationToken, bool idsOnly = false)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        long newestId;
        await using (var max = new NpgsqlCommand($"SELECT max(id) FROM {Table}", connection))
        {
            if (await max.ExecuteScalarAsync(cancellationToken) is not long id)
            {
                return;
            }
            newestId = id;
        }
        var next = newestId >> bucketShift;
        long step = 1;
        while (next >= 0 && window.Ids.Count < limit)
        {
            if (step > next || step > MaxBucketsPerStep)
            {
                // Everything older in one step: a plain id bound, where a long list of bucket lexemes would cost the
                // index more than the few matches it has left to read.
                var below = (next + 1) << bucketShift;
                await ReadStepAsync(connection, query, filters, window, limit, idsOnly, (command, where) => $"{where} AND id < {Add(command, below)}", cancellationToken);
                return;
            }
            var buckets = string.Join(" | ", Enumerable.Range(0, (int)step).Select(i => $"'{Bucket(next - i)}'"));
            await ReadStepAsync(connection, query, filters, window, limit, idsOnly, (command, where) => $"{where} AND tsv @@ {Add(command, buckets)}::tsquery", cancellationToken);
            next -= step;
            step = NextStep(step, window.Ids.Count, limit - window.Ids.Count, newestId + 1 - ((next + 1) << bucketShift));
        }
    }

    /// <summary>The most buckets one step lists as lexemes before it reads everything older by id instead.</summary>
    private const long MaxBucketsPerStep = 64;

    /// <summary>
    /// Buckets for the next step: enough for <paramref name="wanted"/> more matches at the rate found over the
    /// documents read so far, with a quarter to spare, but at most four times the last step (twice while none have
    /// been found), so a guess from a few matches cannot send one step over many dense buckets.
    /// </summary>
    private long NextStep(long last, int found, int wanted, long documentsRead)
    {
        if (found == 0)
        {
            return last * 2;
        }
        var documents = (double)wanted * documentsRead / found * 1.25;
        var buckets = (long)Math.Ceiling(documents / (1L << bucketShift));
        return Math.Clamp(buckets, 1, last * 4);
    }

    private static async Task ReadStepAsync(NpgsqlConnection connection, ParsedQuery query, SearchRequest filters, MatchWindow window, int limit, bool idsOnly,
        Func<NpgsqlCommand, string, string> restrict, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = restrict(command, Conditions(command, query, filters));
        // ts_rank normalisation 1 divides by the log of the length, so a long page that repeats a word does not beat a
        // short title that is the word. It is computed for every match the step reads (the tsvector is in the row),
        // which costs less than reading the window's rows again.
        var columns = idsOnly ? "id"
            : "id, kind, committee_slug, committee_name, meeting_date, persons" + (window.Scores is null ? "" : $", ts_rank(tsv, {TsQuery(command, query)}, 1)");
        // id + 0: never walk the primary key newest first testing each row's words (the planner's choice when it
        // expects many matches), which reads every row when the words turn out rare: seconds at a million pages.
        command.CommandText = $"SELECT {columns} FROM {Table} WHERE {where} ORDER BY id + 0 DESC LIMIT {limit - window.Ids.Count}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            window.Ids.Add(reader.GetInt64(0));
            if (idsOnly)
            {
                continue;
            }
            window.Facets.Add(new FacetRow((SearchDocumentKind)reader.GetInt16(1), NullableString(reader, 2), NullableString(reader, 3),
                ReadDate(reader, 4), reader.GetFieldValue<string[]>(5)));
            window.Scores?.Add(reader.GetFloat(6));
        }
    }

    /// <summary>
    /// The page of best-scored matches by the scores read with the window, then only those rows, with highlights.
    /// A snippet is ts_headline parsing the whole text again, most of a search's time when made for all 50 hits the
    /// relevance order looks at, so titles come first and snippets only for the hits that order still needs
    /// (<see cref="RelevanceOrder.SnippetsToRead"/>): usually the page's ten and a few more.
    /// </summary>
    private protected override async Task<List<SearchHit>> RankAsync(ParsedQuery query, SearchRequest filters, MatchWindow window, int offset, int count, int? orderedPageEnd, CancellationToken cancellationToken)
    {
        var scores = window.Scores ?? throw new InvalidOperationException("A ranked search needs the scores read with its window.");
        var page = Enumerable.Range(0, window.Ids.Count)
            .OrderByDescending(i => scores[i]).ThenByDescending(i => window.Ids[i])
            .Skip(offset).Take(count)
            .Select(i => window.Ids[i]).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        List<SearchHit> hits;
        await using (var command = new NpgsqlCommand { Connection = connection })
        {
            var ids = Add(command, page);
            var snippet = orderedPageEnd is null ? $"ts_headline('{Config}', body, tsq, '{SnippetOptions}')" : "''";
            command.CommandText = $"""
                SELECT doc_id, kind, ts_headline('{Config}', title, tsq, '{TitleOptions}'), {snippet},
                       committee_slug, committee_name, meeting_date, persons, page_number, url
                FROM (SELECT d.*, {TsQuery(command, query)} AS tsq FROM {Table} d WHERE id = ANY({ids})) page
                ORDER BY array_position({ids}, id)
                """;
            hits = await ReadHitsAsync(command, highlighted: true, cancellationToken);
        }
        if (orderedPageEnd is not { } pageEnd)
        {
            return hits;
        }
        var hasSnippet = new bool[hits.Count];
        while (RelevanceOrder.SnippetsToRead(query, hits, hasSnippet, pageEnd) is { Count: > 0 } wanted)
        {
            await using var command = new NpgsqlCommand { Connection = connection };
            var docIds = Add(command, wanted.Select(i => hits[i].Id).ToArray());
            command.CommandText = $"""
                SELECT doc_id, ts_headline('{Config}', body, {TsQuery(command, query)}, '{SnippetOptions}')
                FROM {Table} WHERE doc_id = ANY({docIds})
                """;
            var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    snippets[reader.GetString(0)] = reader.GetString(1);
                }
            }
            foreach (var i in wanted)
            {
                // A hit whose document went from the index meanwhile keeps an empty snippet.
                hits[i] = hits[i] with { Snippet = HighlightedText.FromMarked(snippets.GetValueOrDefault(hits[i].Id, "")) };
                hasSnippet[i] = true;
            }
        }
        return hits;
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

    /// <summary>
    /// The WHERE clause: text match and filters, every value a parameter. The text and the filters are separate
    /// conditions on the same index, so a text of stop words alone (an empty tsquery) still matches nothing
    /// rather than leaving only the filters. A short prefix is looked up among each document's kept prefixes
    /// (<see cref="PrefixLexemes"/>), in the same index.
    /// </summary>
    private static string Conditions(NpgsqlCommand command, ParsedQuery query, SearchRequest filters)
    {
        var conditions = new List<string>();
        static bool ShortPrefix(QueryClause c) => c.IsPrefix && PrefixLexemes.Covers(c.Words[0]);
        var words = query.Clauses.Where(c => !ShortPrefix(c)).ToList();
        if (words.Count > 0)
        {
            conditions.Add($"tsv @@ {TsQuery(command, words, expandPrefixes: true)}");
        }
        var shortPrefixes = query.Clauses.Where(ShortPrefix).ToList();
        if (shortPrefixes.Where(c => !c.IsExcluded).Select(c => c.Words[0]).ToArray() is { Length: > 0 } required)
        {
            conditions.Add($"prefixes @> {Add(command, required)}");
        }
        if (shortPrefixes.Where(c => c.IsExcluded).Select(c => c.Words[0]).ToArray() is { Length: > 0 } excluded)
        {
            conditions.Add($"NOT prefixes && {Add(command, excluded)}");
        }
        if (FilterQuery(filters) is { } filterQuery)
        {
            conditions.Add($"tsv @@ {Add(command, filterQuery)}::tsquery");
        }
        return conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions);
    }

    /// <summary>
    /// The filters as a tsquery over filter lexemes: any of each filter's values, every filter. Tokens are letters
    /// and digits of our own making, quoted, so the text cast to tsquery holds no operator from outside.
    /// </summary>
    private static string? FilterQuery(SearchRequest filters)
    {
        var groups = new List<List<string>>
        {
            filters.Council is { } council ? [MetaTokens.Council(council)] : [],
            filters.Kinds.Select(MetaTokens.Kind).ToList(),
            filters.Committees.Select(MetaTokens.Committee).ToList(),
            filters.People.Select(MetaTokens.Person).ToList(),
            filters.From is not null || filters.To is not null ? MetaTokens.DateRange(filters.From, filters.To) : [],
        };
        var parts = groups.Where(g => g.Count > 0)
            .Select(g => "(" + string.Join(" | ", g.Distinct(StringComparer.Ordinal).Select(t => $"'{Lexeme(t)}'")) + ")")
            .ToList();
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    private static string TsQuery(NpgsqlCommand command, ParsedQuery query) => TsQuery(command, query.Clauses, expandPrefixes: false);

    /// <summary>
    /// A tsquery built from parsed clauses with PostgreSQL's own parsers: plainto_tsquery for a word,
    /// phraseto_tsquery for a phrase (both drop stop words safely), to_tsquery with :* for a prefix (the word is
    /// letters and digits only, so it cannot carry tsquery operators).
    /// </summary>
    /// <param name="expandPrefixes">
    /// For the index search: a prefix longer than the prefix lexemes cover becomes the words of <c>search_terms</c>
    /// it begins (up to <see cref="PrefixTerms"/>, else the plain prefix). The index can then skip to the newest
    /// age bucket for each word, where a prefix would first gather every document of every word it begins.
    /// Ranking and highlights keep the prefix: they read only the window and the page of hits.
    /// </param>
    private static string TsQuery(NpgsqlCommand command, IReadOnlyList<QueryClause> clauses, bool expandPrefixes)
    {
        var sql = new StringBuilder("(");
        var first = true;
        foreach (var clause in clauses.Where(c => !c.IsExcluded).Concat(clauses.Where(c => c.IsExcluded)))
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
            sql.Append(clause.IsPrefix && expandPrefixes ? ExpandedPrefix(text)
                : clause.IsPrefix ? $"to_tsquery('{Config}', {text} || ':*')"
                : clause.IsPhrase ? $"phraseto_tsquery('{Config}', {text})"
                : $"plainto_tsquery('{Config}', {text})");
        }
        return sql.Append(')').ToString();
    }

    /// <summary>
    /// The words a prefix (stemmed as to_tsquery stems it) begins, OR'ed, from <c>search_terms</c>; the plain prefix
    /// when there are none or too many. Only words of letters and digits are listed, so quote_literal makes a valid
    /// tsquery of each; a parsed prefix is letters and digits, so it has no LIKE wildcard.
    /// </summary>
    private static string ExpandedPrefix(string text) => $"""
        (SELECT CASE WHEN count(*) BETWEEN 1 AND {PrefixTerms} THEN string_agg(quote_literal(word), ' | ')::tsquery
                     ELSE to_tsquery('{Config}', {text} || ':*') END
         FROM (SELECT word FROM {TermsTable}
               WHERE word LIKE (tsvector_to_array(to_tsvector('{Config}', {text})))[1] || '%' AND word ~ '^[[:alnum:]]+$'
               LIMIT {PrefixTerms + 1}) expanded)
        """;

    private static string Add<T>(NpgsqlCommand command, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + command.Parameters.Count;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter writer, long? id, string sourceKey, SearchDocument d, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken);
        if (id is { } given)
        {
            await writer.WriteAsync(given, NpgsqlDbType.Bigint, cancellationToken);
        }
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
        await writer.WriteAsync(MetaTokens.For(d).Select(Lexeme).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(d.Title, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(d.Body, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(PrefixLexemes.Of(d.Title, d.Body).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
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
