using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Application.Staff;

/// <summary>
/// The audit log as one council's administrators read it. The log is one chain for the whole install, so on a
/// council's host an entry is shown only when its record belongs to that council (whoever made the change, a shared
/// service included); an entry about an account or a sign-in is shown where that account serves (every council for a
/// shared-service account); an entry whose record no council holds is shown where the person who made it serves.
/// </summary>
public sealed class CouncilAuditLog(QuorumDbContext db, CouncilRecords records)
{
    /// <summary>How many entries are read at a time while looking for the council's own.</summary>
    private const int Batch = 500;

    /// <summary>How far back a filtered read goes before it stops (an install of many councils has a long shared log).</summary>
    private const int MostRead = 20_000;

    /// <summary>The latest <paramref name="count"/> entries of the council, newest first, by user name and kind of record if given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(Guid councilId, string? actor, string? kind, int count, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(a => a.Actor == actor);
        }
        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(a => a.EntityType == kind);
        }
        var shown = new List<AuditEntry>();
        long before = long.MaxValue;
        for (var read = 0; shown.Count < count && read < MostRead; read += Batch)
        {
            var batch = await query.Where(a => a.Sequence < before).OrderByDescending(a => a.Sequence).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            before = batch[^1].Sequence;
            var ids = batch.Where(e => e.EntityId is not null).Select(e => e.EntityId!.Value).ToHashSet();
            var owners = await records.OwnerOfEachAsync(ids, cancellationToken);
            var actors = batch.Select(e => e.Actor).ToHashSet();
            var accounts = await db.Users.AsNoTracking()
                .Where(u => ids.Contains(u.Id) || (u.UserName != null && actors.Contains(u.UserName)))
                .Select(u => new { u.Id, u.UserName, u.CouncilId })
                .ToListAsync(cancellationToken);
            var accountById = accounts.ToDictionary(a => a.Id, a => a.CouncilId);
            var actorServes = accounts.Where(a => a.UserName is not null).ToDictionary(a => a.UserName!, a => a.CouncilId);
            bool Serves(Guid? serves) => serves is null || serves == councilId;
            bool Belongs(AuditEntry entry) => entry.EntityId is { } id && owners.TryGetValue(id, out var owner)
                ? owner == councilId
                : entry.EntityId is { } account && accountById.TryGetValue(account, out var accountServes)
                    ? Serves(accountServes)
                    : actorServes.TryGetValue(entry.Actor, out var actorCouncil) && Serves(actorCouncil);
            shown.AddRange(batch.Where(Belongs).Take(count - shown.Count));
        }
        return shown;
    }
}
