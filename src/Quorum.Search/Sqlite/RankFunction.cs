using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Quorum.Search.Sqlite;

/// <summary>
/// <c>quorum_rank(df0, df1, …)</c>: BM25 with the same weights as the index's default (title 10, body 1, filter
/// tokens 0), but with each phrase's document frequency passed in by the caller instead of counted by FTS5.
/// The built-in bm25() walks every match of every phrase once per query to find those frequencies, which costs
/// O(matches) even when only a window of 2,000 rows is ranked: at a million pages that walk alone takes 50–300 ms
/// (../shared/reference/search-limits.md §2.3). The caller estimates and caches frequencies instead
/// (<see cref="DocumentFrequencies"/>). An FTS5 auxiliary function can only be registered through the C API, hence
/// the interop; the struct offsets are those of fts5.h, stable since SQLite 3.9.
/// </summary>
internal static unsafe class RankFunction
{
    public const string Name = "quorum_rank";

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int SqliteOk = 0;
    private const int SqliteRow = 100;

    // Column weights in index order: title, body, meta (filter tokens never score).
    private static readonly double[] ColumnWeights = [10.0, 1.0, 0.0];

    private static readonly ConditionalWeakTable<object, object> Registered = [];
    private static readonly object Marker = new();

    /// <summary>Registers the function on the connection's native handle once; pooled handles keep it.</summary>
    public static void EnsureRegistered(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The search connection is not open.");
        lock (Registered)
        {
            if (Registered.TryGetValue(handle, out _))
            {
                return;
            }
            Register(handle.DangerousGetHandle());
            Registered.Add(handle, Marker);
        }
    }

    private static void Register(nint db)
    {
        nint api = 0;
        var sql = "SELECT fts5(?1)"u8;
        nint statement;
        fixed (byte* text = sql)
        {
            Check(db, sqlite3_prepare_v2(db, text, sql.Length, &statement, null));
        }
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Check(db, sqlite3_bind_pointer(statement, 1, &api, type, 0));
            }
            var step = sqlite3_step(statement);
            if (step != SqliteRow && step != 101)
            {
                Check(db, step);
            }
        }
        finally
        {
            // finalize repeats the last step's error, already checked above.
            _ = sqlite3_finalize(statement);
        }
        if (api == 0)
        {
            throw new InvalidOperationException("This SQLite build has no FTS5 API.");
        }
        // struct fts5_api { int iVersion; xCreateTokenizer; xFindTokenizer; xCreateFunction; … }
        var createFunction = (delegate* unmanaged[Cdecl]<nint, byte*, nint, delegate* unmanaged[Cdecl]<nint, nint, nint, int, nint*, void>, nint, int>)((nint*)api)[3];
        fixed (byte* name = "quorum_rank\0"u8)
        {
            Check(db, createFunction(api, name, 0, &Rank, 0));
        }
    }

    /// <summary>Per-query constants, kept in FTS5's auxiliary data so they are read once, not per row.</summary>
    private struct QueryConstants
    {
        public double AverageLength;
        public double RowCount;
    }

    // fts5_extension_function(const Fts5ExtensionApi*, Fts5Context*, sqlite3_context*, int nVal, sqlite3_value**)
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(nint api, nint fts, nint context, int valueCount, nint* values)
    {
        var functions = (nint*)api;
        // Fts5ExtensionApi slots: 2 xColumnCount, 3 xRowCount, 4 xColumnTotalSize, 6 xPhraseCount, 8 xInstCount,
        // 9 xInst, 12 xColumnSize, 14 xSetAuxdata, 15 xGetAuxdata.
        var getAuxdata = (delegate* unmanaged[Cdecl]<nint, int, nint>)functions[15];
        var constants = (QueryConstants*)getAuxdata(fts, 0);
        if (constants == null)
        {
            long rows = 0, tokens = 0;
            var rc = ((delegate* unmanaged[Cdecl]<nint, long*, int>)functions[3])(fts, &rows);
            if (rc == SqliteOk)
            {
                rc = ((delegate* unmanaged[Cdecl]<nint, int, long*, int>)functions[4])(fts, -1, &tokens);
            }
            if (rc != SqliteOk)
            {
                sqlite3_result_error_code(context, rc);
                return;
            }
            constants = (QueryConstants*)NativeMemory.Alloc((nuint)sizeof(QueryConstants));
            constants->RowCount = Math.Max(rows, 1);
            constants->AverageLength = rows > 0 ? Math.Max((double)tokens / rows, 1) : 1;
            rc = ((delegate* unmanaged[Cdecl]<nint, nint, delegate* unmanaged[Cdecl]<nint, void>, int>)functions[14])(fts, (nint)constants, &FreeConstants);
            if (rc != SqliteOk)
            {
                sqlite3_result_error_code(context, rc);
                return;
            }
        }

        var phraseCount = ((delegate* unmanaged[Cdecl]<nint, int>)functions[6])(fts);
        var scored = Math.Min(phraseCount, valueCount);
        if (scored == 0)
        {
            sqlite3_result_double(context, 0);
            return;
        }
        var frequencies = stackalloc double[scored];
        new Span<double>(frequencies, scored).Clear();
        int instances;
        var status = ((delegate* unmanaged[Cdecl]<nint, int*, int>)functions[8])(fts, &instances);
        var inst = (delegate* unmanaged[Cdecl]<nint, int, int*, int*, int*, int>)functions[9];
        for (var i = 0; status == SqliteOk && i < instances; i++)
        {
            int phrase, column, offset;
            status = inst(fts, i, &phrase, &column, &offset);
            if (status == SqliteOk && phrase < scored && column < ColumnWeights.Length)
            {
                frequencies[phrase] += ColumnWeights[column];
            }
        }
        int length = 0;
        if (status == SqliteOk)
        {
            status = ((delegate* unmanaged[Cdecl]<nint, int, int*, int>)functions[12])(fts, -1, &length);
        }
        if (status != SqliteOk)
        {
            sqlite3_result_error_code(context, status);
            return;
        }

        var norm = K1 * (1 - B + B * length / constants->AverageLength);
        var score = 0.0;
        for (var p = 0; p < scored; p++)
        {
            var documentFrequency = sqlite3_value_double(values[p]);
            if (documentFrequency <= 0 || frequencies[p] == 0)
            {
                continue;
            }
            // The same IDF as FTS5's bm25, floored the same way so very common words still count a little.
            var idf = Math.Log((constants->RowCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
            score += Math.Max(idf, 1e-6) * frequencies[p] * (K1 + 1) / (frequencies[p] + norm);
        }
        // FTS5 sorts rank ascending, best first, as bm25() does by returning the negated score.
        sqlite3_result_double(context, -score);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void FreeConstants(nint pointer) => NativeMemory.Free((void*)pointer);

    private static void Check(nint db, int rc)
    {
        if (rc != SqliteOk)
        {
            throw new InvalidOperationException($"Registering {Name} failed: SQLite error {rc}, {Marshal.PtrToStringUTF8(sqlite3_errmsg(db))}.");
        }
    }

    // The same native library Microsoft.Data.Sqlite loads (SQLitePCLRaw's e_sqlite3 bundle).
    private const string Library = "e_sqlite3";

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_prepare_v2(nint db, byte* sql, int length, nint* statement, byte** tail);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_bind_pointer(nint statement, int index, void* pointer, byte* type, nint destructor);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_step(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_finalize(nint statement);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern nint sqlite3_errmsg(nint db);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern double sqlite3_value_double(nint value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_double(nint context, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void sqlite3_result_error_code(nint context, int code);
}
