using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;

namespace Quorum.Demo;

/// <summary>How far the demo load has got: the stage and records written out of the total.</summary>
public sealed record DemoProgress(string Stage, int Done, int Total);

/// <summary>Writes a generated <see cref="DemoCouncil"/> into an empty database in one transaction.</summary>
public static class DemoSeeder
{
    private const int BatchSize = 2000;

    /// <summary>Migrates the database, then loads the demo council. Fails, writing nothing, if the database already holds a council.</summary>
    public static async Task<DemoCouncil> SeedAsync(
        DatabaseSettings settings,
        int seed,
        LocalDate? referenceDate = null,
        IProgress<DemoProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await QuorumDatabase.MigrateAsync(settings, SystemClock.Instance, cancellationToken);
        var demo = DemoCouncil.Generate(seed, referenceDate);
        // Records the generator did not stamp are stamped at the reference date, never from the real clock.
        var clock = new FixedClock(demo.ReferenceDate.At(new LocalTime(9, 0)).InUtc().ToInstant());
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        if (await db.Councils.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            throw new DatabaseUnavailableException($"{settings.Describe()} already holds data; the demo council is only loaded into an empty database.");
        }
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stages = demo.Stages().ToList();
        var total = stages.Sum(s => s.Records.Count);
        var done = 0;
        foreach (var (stage, records) in stages)
        {
            progress?.Report(new DemoProgress(stage, done, total));
            foreach (var batch in records.Chunk(BatchSize))
            {
                foreach (var record in batch)
                {
                    Track(db, record);
                }
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                done += batch.Length;
                progress?.Report(new DemoProgress(stage, done, total));
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return demo;
    }

    /// <summary>
    /// Adds a record with the children it owns (clearances, enclosures, resolution parts, reserve entries), but not
    /// the records it merely points to, which are written in their own stage.
    /// </summary>
    private static void Track(QuorumDbContext db, Entity record) =>
        db.ChangeTracker.TrackGraph(record, node =>
        {
            if (node.SourceEntry is null || node.InboundNavigation?.IsCollection == true)
            {
                node.Entry.State = EntityState.Added;
            }
        });

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
