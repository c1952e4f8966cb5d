using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Snapshot = Quorum.TestSupport.DatabaseSnapshot;

namespace Quorum.Application.Tests.Imports;

/// <summary>The shared table-by-table snapshot, taken through a context on either provider.</summary>
internal static class DatabaseSnapshot
{
    public static Task<Dictionary<string, (long Rows, string Hash)>> TakeAsync(QuorumDbContext db) =>
        Snapshot.TakeAsync(db.Database.GetDbConnection(),
            db.Provider == DatabaseProvider.Sqlite ? Snapshot.SqliteTables : Snapshot.PostgresTables,
            TestContext.Current.CancellationToken);
}
