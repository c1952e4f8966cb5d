using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Quorum.Data.Conversions;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.TestSupport;

namespace Quorum.Data.Tests;

/// <summary>The audit log's hash chain and append-only rule, on every provider (subclasses at the end of this file).</summary>
public abstract class AuditChainTests
{
    protected TestClock Clock { get; } = new();

    protected abstract DatabaseSettings CreateSettings();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<DatabaseSettings> MigratedAsync()
    {
        var settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
        return settings;
    }

    private QuorumDbContext Open(DatabaseSettings settings, string? actor = null)
    {
        var db = QuorumDatabase.CreateContext(settings, Clock);
        db.Actor = actor;
        return db;
    }

    private static AuditEntry Named(string actor, string action) =>
        new() { At = SystemClock.Instance.GetCurrentInstant(), Actor = actor, Action = action, EntityType = "Test" };

    [Fact]
    public async Task Each_entry_is_numbered_and_chained_to_the_one_before_and_the_chain_verifies()
    {
        var settings = await MigratedAsync();
        await using (var db = Open(settings, "clerk"))
        {
            db.Add(new Council { Name = "Chained", Slug = new Slug("chained") });
            db.AuditEntries.Add(Named("clerk", "Published agenda"));
            await db.SaveChangesAsync(Cancel);
            db.AuditEntries.Add(Named("clerk", "Signed out"));
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = Open(settings);
        var entries = await check.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Cancel);
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.All(entries, e => Assert.Equal(AuditChain.HashOf(e.PreviousHash, e), e.Hash));
        var verified = await AuditChain.VerifyAsync(check, Cancel);
        Assert.True(verified.Intact);
        Assert.Equal(3, verified.Count);
        Assert.Equal(entries[2].Hash, verified.HeadHash);
    }

    [Fact]
    public async Task A_new_records_entry_shows_when_it_was_created_not_the_zero_instant()
    {
        var settings = await MigratedAsync();
        await using (var db = Open(settings, "clerk"))
        {
            db.Add(new Council { Name = "Stamped", Slug = new Slug("stamped") });
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = Open(settings);
        var added = await check.AuditEntries.SingleAsync(e => e.Action == "Added" && e.EntityType == nameof(Council), Cancel);
        Assert.Contains($"\"Created\":\"{Clock.GetCurrentInstant()}\"", added.After, StringComparison.Ordinal);
        Assert.DoesNotContain("1970", added.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_writers_extend_one_chain_without_a_fork_or_a_gap()
    {
        var settings = await MigratedAsync();
        const int writers = 6, saves = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < saves; i++)
            {
                await using var db = Open(settings, $"writer-{w}");
                db.AuditEntries.Add(Named($"writer-{w}", $"Save {i}"));
                await db.SaveChangesAsync(Cancel);
            }
        }, Cancel)));

        await using var check = Open(settings);
        Assert.Equal(Enumerable.Range(1, writers * saves).Select(n => (long)n), await check.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(Cancel));
        var verified = await AuditChain.VerifyAsync(check, Cancel);
        Assert.True(verified.Intact, verified.Break?.Problem);
        Assert.Equal(writers * saves, verified.Count);
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_an_audit_entry()
    {
        var settings = await MigratedAsync();
        await using var db = Open(settings);
        db.AuditEntries.Add(Named("admin", "Reset password"));
        await db.SaveChangesAsync(Cancel);

        var update = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'mallory'", Cancel));
        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"", Cancel));

        Assert.Contains("append-only", update?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete?.Message, StringComparison.Ordinal);
        Assert.Equal("admin", await db.AuditEntries.Select(e => e.Actor).SingleAsync(Cancel));
    }

    [Fact]
    public async Task Changing_or_removing_a_saved_entry_through_the_context_is_refused()
    {
        var settings = await MigratedAsync();
        await using var db = Open(settings);
        db.AuditEntries.Add(Named("admin", "Disabled account"));
        await db.SaveChangesAsync(Cancel);
        var entry = await db.AuditEntries.SingleAsync(Cancel);

        db.AuditEntries.Remove(entry);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Cancel));
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_written_before_the_chain_are_numbered_in_time_order_and_sealed_by_migrate()
    {
        var settings = CreateSettings();
        await using (var db = Open(settings))
        {
            // The schema as it was before the chain, holding two entries written out of time order.
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_AuditChain", StringComparison.Ordinal)).Last(), Cancel);
            var earlier = Instant.FromUtc(2025, 1, 2, 9, 0);
            await InsertLegacyAsync(db, earlier.Plus(Duration.FromHours(1)), "Modified");
            await InsertLegacyAsync(db, earlier, "Added");
        }

        await QuorumDatabase.MigrateAsync(settings, Clock, Cancel);
        await using (var db = Open(settings, "clerk"))
        {
            db.AuditEntries.Add(Named("clerk", "After the upgrade"));
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = Open(settings);
        Assert.Equal(["Added", "Modified", "After the upgrade"], await check.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancel));
        var verified = await AuditChain.VerifyAsync(check, Cancel);
        Assert.True(verified.Intact, verified.Break?.Problem);
        Assert.Equal(3, verified.Count);
    }

    private static Task<int> InsertLegacyAsync(QuorumDbContext db, Instant at, string action)
    {
        var postgres = db.Provider == DatabaseProvider.Postgres;
        object id = postgres ? Guid.NewGuid() : Guid.NewGuid().ToString().ToUpperInvariant();
        object when = postgres ? at : NodaTimeTextConversions.Format(at);
        return db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"AuditEntries\" (\"Id\", \"At\", \"Actor\", \"Action\", \"EntityType\") VALUES ({0}, {1}, 'clerk', {2}, 'Meeting')",
            [id, when, action], Cancel);
    }
}

public sealed class SqliteAuditChainTests : AuditChainTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresAuditChainTests : AuditChainTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
