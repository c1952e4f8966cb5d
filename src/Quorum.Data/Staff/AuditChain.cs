using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data.Conversions;

namespace Quorum.Data.Staff;

/// <summary>
/// Makes the audit log tamper-evident: each entry carries a sequence number (1, 2, 3… with no gaps) and the
/// SHA-256 of the previous entry's hash plus its own canonical content. Editing an entry breaks its own hash;
/// deleting one leaves a gap in the sequence; rewriting hashes to hide either breaks the link to the next entry.
/// The chain head is read and extended inside the saving transaction while holding the table's write lock, so two
/// writers cannot both extend the same head (and the unique sequence number would refuse the second if they did).
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The hash an entry should carry, given the previous entry's hash.</summary>
    public static string HashOf(string previousHash, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(entry);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + Canonical(entry))));
    }

    /// <summary>
    /// The entry's content as one JSON array in a fixed order; the time in the store's own fixed-width text, so the
    /// same entry gives the same text whichever database it is read back from.
    /// </summary>
    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        object?[] fields = [entry.Sequence, entry.Id.ToString("D"), NodaTimeTextConversions.Format(entry.At), entry.Actor, entry.Action, entry.EntityType, entry.EntityId?.ToString("D"), entry.Before, entry.After];
        return JsonSerializer.Serialize(fields);
    }

    /// <summary>
    /// Gives the entries about to be saved their place in the chain. Runs inside the saving transaction, after
    /// taking the audit table's write lock, so the head it reads is the head it extends.
    /// </summary>
    internal static async Task LinkAsync(QuorumDbContext db, IReadOnlyList<AuditEntry> added, CancellationToken cancellationToken)
    {
        await LockAsync(db, cancellationToken);
        var (sequence, previous) = await HeadAsync(db, cancellationToken);
        foreach (var entry in added)
        {
            // PostgreSQL keeps microseconds and SQLite 100 ns ticks: hash what every store can give back unchanged.
            var at = entry.At;
            db.Entry(entry).Property(e => e.At).CurrentValue = Instant.FromUnixTimeTicks(at.ToUnixTimeTicks() / 10 * 10);
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = HashOf(previous, entry);
            previous = entry.Hash;
        }
    }

    /// <summary>
    /// Hashes entries written before the chain existed (the migration numbered them by time and left their hash
    /// empty), in sequence order. The triggers allow exactly this one update of an entry whose hash is empty.
    /// </summary>
    public static async Task<int> SealAsync(QuorumDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.AuditEntries.AnyAsync(e => e.Hash == "", cancellationToken))
        {
            return 0;
        }
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAsync(db, cancellationToken);
            var sealedCount = await SealUnlockedAsync(db, cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
            return sealedCount;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>Walks the whole chain in sequence order and reports the first broken link, if any.</summary>
    public static async Task<AuditVerification> VerifyAsync(QuorumDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        long count = 0;
        var previous = Genesis;
        long expected = 1;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = Check(entry, expected, previous);
            if (problem is not null)
            {
                return new AuditVerification(count, previous, problem);
            }
            count++;
            expected++;
            previous = entry.Hash;
        }
        return new AuditVerification(count, previous, null);
    }

    private static AuditBreak? Check(AuditEntry entry, long expected, string previous)
    {
        if (entry.Sequence != expected)
        {
            return entry.Sequence > expected
                ? new AuditBreak(expected, entry.At, Describe(entry), expected == entry.Sequence - 1
                    ? $"entry #{expected} is missing (deleted): the chain goes from #{expected - 1} to #{entry.Sequence} (time and entry shown are #{entry.Sequence}'s)"
                    : $"entries #{expected} to #{entry.Sequence - 1} are missing (deleted): the chain goes from #{expected - 1} to #{entry.Sequence} (time and entry shown are #{entry.Sequence}'s)")
                : new AuditBreak(entry.Sequence, entry.At, Describe(entry), $"entry #{entry.Sequence} is out of order (expected #{expected})");
        }
        if (entry.Hash.Length == 0)
        {
            return new AuditBreak(entry.Sequence, entry.At, Describe(entry), "the entry has no hash (run 'quorum migrate' to seal entries written before the chain)");
        }
        if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
        {
            return new AuditBreak(entry.Sequence, entry.At, Describe(entry), $"the entry does not follow #{expected - 1}: the previous hash it records is not that entry's hash (an earlier entry was rewritten)");
        }
        if (!string.Equals(entry.Hash, HashOf(previous, entry), StringComparison.Ordinal))
        {
            return new AuditBreak(entry.Sequence, entry.At, Describe(entry), "the entry's content does not match its hash: it was changed after it was written");
        }
        return null;
    }

    private static string Describe(AuditEntry entry) =>
        $"{entry.Actor}: {entry.Action} {entry.EntityType}{(entry.EntityId is { } id ? " " + id.ToString("D") : "")}";

    /// <summary>
    /// Takes the audit table's write lock for the rest of the transaction. PostgreSQL: a table lock that conflicts
    /// with itself and with inserts, not with readers. SQLite: a transaction holds the database's one write lock from
    /// its first write, so a write that changes nothing takes it now (EF's transactions begin IMMEDIATE anyway).
    /// </summary>
    private static async Task LockAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Provider == DatabaseProvider.Postgres
            ? "LOCK TABLE \"AuditEntries\" IN SHARE ROW EXCLUSIVE MODE"
            : "UPDATE \"AuditEntries\" SET \"Sequence\" = \"Sequence\" WHERE 0";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    private static async Task<(long Sequence, string Hash)> HeadAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is { Hash: "" })
        {
            // Entries from before the chain that 'quorum migrate' has not sealed yet: seal them first.
            await SealUnlockedAsync(db, cancellationToken);
            head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstAsync(cancellationToken);
        }
        return head is null ? (0, Genesis) : (head.Sequence, head.Hash);
    }

    private static async Task<int> SealUnlockedAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        var unsealed = await db.AuditEntries.AsNoTracking().Where(e => e.Hash == "").OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        if (unsealed.Count == 0)
        {
            return 0;
        }
        var first = unsealed[0].Sequence;
        var previous = first == 1
            ? Genesis
            : await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == first - 1).Select(e => e.Hash).SingleAsync(cancellationToken);
        foreach (var entry in unsealed)
        {
            var hash = HashOf(previous, entry);
            await db.AuditEntries.Where(e => e.Id == entry.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.PreviousHash, previous).SetProperty(e => e.Hash, hash), cancellationToken);
            previous = hash;
        }
        return unsealed.Count;
    }
}

/// <summary>What <see cref="AuditChain.VerifyAsync"/> found: how many entries hold, the last good hash, and the first break.</summary>
public sealed record AuditVerification(long Count, string HeadHash, AuditBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>The first broken link: the entry's sequence number, when it was written, what it records, and what is wrong.</summary>
public sealed record AuditBreak(long Sequence, Instant At, string Entry, string Problem);
