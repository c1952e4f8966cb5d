using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Application.Participation;

/// <summary>
/// Questions, deputation requests and petitions are numbered in the order they were received. A unique index on the
/// number settles two forms sent at once: the loser's work is dropped, then read, checked and numbered again after
/// the winner's; after three tries the error stands.
/// </summary>
internal static class ReceiptOrder
{
    /// <param name="addNext">Reads the numbers taken, checks what must be checked again, and adds the record (and its mail) to the context.</param>
    public static async Task<T> SaveAsync<T>(QuorumDbContext db, Func<Task<T>> addNext, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var added = await addNext();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return added;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
