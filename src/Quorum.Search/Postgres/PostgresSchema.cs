namespace Quorum.Search.Postgres;

/// <summary>
/// The table and indexes of the PostgreSQL search index, made by <see cref="PostgresSearchIndex.EnsureCreatedAsync"/>
/// (the web host at start, <c>quorum import</c>) and by every rebuild (<c>quorum reindex</c>), so both take the
/// same steps. ADR 0010 says why the words are in GIN and the tsvector is kept in the row.
/// </summary>
internal static class PostgresSchema
{
    public const string Config = "quorum_english";
    public const string Table = "search_documents";
    public const string RebuildTable = "search_documents_rebuild";
    public const string TermsTable = "search_terms";
    public const string RebuildTermsTable = "search_terms_rebuild";

    /// <summary>The most words a prefix is expanded to before the index search falls back to the prefix itself.</summary>
    public const int PrefixTerms = 256;

    /// <summary>
    /// Prefix of the filter and age lexemes. Parsed words never contain a space, so no word a person types or a
    /// document holds can equal one of them.
    /// </summary>
    public const string LexemePrefix = "meta ";

    /// <summary>Documents per age bucket (2^14): each document carries the lexeme of its bucket, its id shifted right by this.</summary>
    public const int BucketShift = 14;

    public static string Lexeme(string token) => LexemePrefix + token;

    public static string Bucket(long bucket) => Lexeme("r" + bucket);

    /// <summary>
    /// Drops a table of an earlier shape: made before filters and age buckets were lexemes (no <c>meta</c> column),
    /// whose queries would find nothing, with its words in RUM and its tsvector compressed out of the row, or
    /// without prefix lexemes (no <c>prefixes</c> column), whose queries are many times slower. The host then finds the index empty and builds it from the store.
    /// </summary>
    public static string DropOutdatedSql => $"""
        DO $$ BEGIN
          IF to_regclass('{Table}') IS NOT NULL AND (
              NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('{Table}') AND attname = 'meta' AND NOT attisdropped)
              OR NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('{Table}') AND attname = 'tsv' AND attstorage = 'm')
              OR NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('{Table}') AND attname = 'prefixes' AND NOT attisdropped)) THEN
            DROP TABLE {Table};
          END IF;
        END $$;
        """;

    /// <summary>
    /// Every word (stem) of the index with the number of documents that held it when it was added: the vocabulary for
    /// "did you mean" and the words a prefix search expands to. C collation, so LIKE 'prefix%' reads the primary key.
    /// Words are added with each write and left when their documents go, which costs an expanded prefix one empty
    /// word and cannot reach a suggestion (each is checked against the live index).
    /// </summary>
    public static string TermsTableSql(string table, bool ifNotExists) =>
        $"CREATE TABLE {(ifNotExists ? "IF NOT EXISTS " : "")}{table} (word text COLLATE \"C\" PRIMARY KEY, ndoc integer NOT NULL);";

    /// <summary>Adds the words of the documents a query selects (ts_stat reads their tsvectors); filter and age lexemes are not words.</summary>
    public static string AddTermsSql(string table, string documentsQuery) => $"""
        INSERT INTO {table} (word, ndoc)
        SELECT word, ndoc FROM ts_stat({documentsQuery}) WHERE strpos(word, ' ') = 0
        ON CONFLICT (word) DO NOTHING;
        """;

    /// <summary>Fills the vocabulary of an index that was built before it existed (a whole-index scan, once).</summary>
    public static string FillEmptyTermsSql => $"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM {TermsTable}) AND EXISTS (SELECT 1 FROM {Table}) THEN
            {AddTermsSql(TermsTable, $"'SELECT tsv FROM {Table}'")}
          END IF;
        END $$;
        """;

    /// <summary>COPY of the documents' columns; a rebuild also gives each row its id (COPY may write an identity column).</summary>
    public static string CopySql(string table, bool withId = false) =>
        $"COPY {table} ({(withId ? "id, " : "")}doc_id, source_key, kind, committee_slug, committee_name, meeting_date, persons, page_number, url, name_key, meta, title, body, prefixes) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// The tsvector holds the title (weight A), the body (D), the filter lexemes (<see cref="MetaTokens"/>) and the
    /// document's age bucket, so one index scan applies text, filters and age together. Filter lexemes have no
    /// position and are never in a ranking query, so they do not change scores beyond the length a score is divided by.
    /// Ranking reads the tsvector of each of up to 2,000 rows: it stays in the row (STORAGE MAIN), compressed with lz4,
    /// and the body moves out instead, which halved the cost of ranking against a pglz tsvector in TOAST.
    /// The short prefixes of the words (<see cref="PrefixLexemes"/>) are an array of their own, made by the writer,
    /// so that ranking never counts them and only the word index reads them. They compare byte by byte (C collation):
    /// the word index sorts hundreds of them a page when it is built, which took 35–45 % less time than with the
    /// database's default collation (C.UTF-8, compared through the C library), and a prefix is only ever tested for
    /// equality, which no deterministic collation changes.
    /// </summary>
    public static string TableSql(string table, bool ifNotExists, int bucketShift) => $"""
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
            meta text[] NOT NULL,
            title text NOT NULL,
            body text NOT NULL,
            tsv tsvector COMPRESSION lz4 GENERATED ALWAYS AS (
                setweight(to_tsvector('{Config}'::regconfig, title), 'A') ||
                setweight(to_tsvector('{Config}'::regconfig, body), 'D') ||
                array_to_tsvector(meta || ('{LexemePrefix}r' || (id >> {bucketShift}))::text)) STORED,
            prefixes text[] COMPRESSION lz4 COLLATE "C" NOT NULL);
        ALTER TABLE {table} ALTER COLUMN tsv SET STORAGE MAIN;
        """;

    // Unnamed indexes get names PostgreSQL makes unique, so a rebuilt table can be renamed over the old one.
    public static string IndexesSql(string table, bool ifNotExists) => ifNotExists
        ? $"""
          DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = '{table}' AND indexdef LIKE '%(doc_id)%') THEN
              {KeyIndexesSql(table)}
              {TextIndexSql(table)}
            END IF;
          END $$;
          """
        : KeyIndexesSql(table) + TextIndexSql(table);

    /// <summary>The unique document id, the source key and the names' trigrams.</summary>
    public static string KeyIndexesSql(string table) => $"""
        CREATE UNIQUE INDEX ON {table} (doc_id);
        CREATE INDEX ON {table} (source_key);
        CREATE INDEX ON {table} USING gin (name_key gin_trgm_ops) WHERE name_key IS NOT NULL;
        """;

    /// <summary>
    /// The words and the words' short prefixes in one GIN index, so one scan intersects a prefix with the filters and
    /// age bucket of the tsvector; without its pending list (fastupdate off): a search never scans unsorted recent
    /// entries, at some cost to each write, which is one pack at a time.
    /// </summary>
    public static string TextIndexSql(string table) => $"CREATE INDEX ON {table} USING gin (tsv, prefixes) WITH (fastupdate = off);";

    public static string ConfigurationSql => $"""
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{Config}') THEN
            CREATE TEXT SEARCH CONFIGURATION {Config} (COPY = english);
            ALTER TEXT SEARCH CONFIGURATION {Config}
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
          END IF;
        END $$;
        """;
}
