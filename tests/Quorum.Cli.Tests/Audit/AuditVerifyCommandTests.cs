using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Audit;

/// <summary>
/// <c>quorum audit verify</c> against a real database whose audit log is then changed with SQL behind the
/// application's back, as someone with database access would: the triggers dropped first, then a row edited or
/// deleted. The chain names the first entry that no longer holds. Subclasses at the end run it on each provider.
/// </summary>
public abstract class AuditVerifyCommandTests
{
    private const int Entries = 5;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings CreateSettings();

    /// <summary>The command-line options naming the database.</summary>
    protected abstract string[] Target(DatabaseSettings settings);

    /// <summary>SQL that removes the append-only triggers, as a person with the database's owner rights could.</summary>
    protected abstract string DropTriggers { get; }

    private async Task<DatabaseSettings> LogAsync()
    {
        var settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, SystemClock.Instance, Cancel);
        for (var i = 1; i <= Entries; i++)
        {
            await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
            db.AuditEntries.Add(new AuditEntry { At = SystemClock.Instance.GetCurrentInstant(), Actor = "admin", Action = $"Change {i}", EntityType = "Meeting", Before = "{\"Venue\":\"Room 1\"}", After = "{\"Venue\":\"Room 2\"}" });
            await db.SaveChangesAsync(Cancel);
        }
        return settings;
    }

    private async Task TamperAsync(DatabaseSettings settings, string sql)
    {
        await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
        await db.Database.ExecuteSqlRawAsync(DropTriggers, Cancel);
        await db.Database.ExecuteSqlRawAsync(sql, Cancel);
    }

    [Fact]
    public async Task An_untouched_log_is_OK_with_its_entry_count()
    {
        var settings = await LogAsync();

        var run = await CliRunner.RunAsync(["audit", "verify", .. Target(settings)]);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.StartsWith($"OK: {Entries} audit entries, chain intact", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_changed_with_SQL_is_reported_by_its_sequence_number()
    {
        var settings = await LogAsync();
        await TamperAsync(settings, "UPDATE \"AuditEntries\" SET \"After\" = 'Somewhere else' WHERE \"Sequence\" = 3");

        var run = await CliRunner.RunAsync(["audit", "verify", .. Target(settings)]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("BROKEN at entry #3 (written ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("admin: Change 3 Meeting", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("changed after it was written", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("The 2 entries before it are intact.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_deleted_with_SQL_is_reported_by_its_sequence_number()
    {
        var settings = await LogAsync();
        await TamperAsync(settings, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2");

        var run = await CliRunner.RunAsync(["audit", "verify", .. Target(settings)]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("BROKEN at entry #2 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("entry #2 is missing (deleted)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_row_given_a_recomputed_hash_still_breaks_the_link_to_the_next_entry()
    {
        var settings = await LogAsync();
        AuditEntry forged;
        await using (var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance))
        {
            var original = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 3, Cancel);
            forged = new AuditEntry { Id = original.Id, At = original.At, Actor = "someone else", Action = original.Action, EntityType = original.EntityType, Before = original.Before, After = original.After };
            typeof(AuditEntry).GetProperty(nameof(AuditEntry.Sequence))!.SetValue(forged, 3L);
        }
        var hash = AuditChain.HashOf((await HashOfAsync(settings, 2))!, forged);
        await TamperAsync(settings, $"UPDATE \"AuditEntries\" SET \"Actor\" = 'someone else', \"Hash\" = '{hash}' WHERE \"Sequence\" = 3");

        var run = await CliRunner.RunAsync(["audit", "verify", .. Target(settings)]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("BROKEN at entry #4 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("does not follow #3", run.Stdout, StringComparison.Ordinal);
    }

    private static async Task<string?> HashOfAsync(DatabaseSettings settings, long sequence)
    {
        await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
        return await db.AuditEntries.Where(e => e.Sequence == sequence).Select(e => e.Hash).SingleAsync(Cancel);
    }
}

public sealed class SqliteAuditVerifyCommandTests : AuditVerifyCommandTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());

    protected override string[] Target(DatabaseSettings settings) => ["--db", settings.SqlitePath!];

    protected override string DropTriggers => "DROP TRIGGER \"AuditEntries_no_update\"; DROP TRIGGER \"AuditEntries_no_delete\";";
}

public sealed class PostgresAuditVerifyCommandTests : AuditVerifyCommandTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());

    protected override string[] Target(DatabaseSettings settings) => ["--postgres", settings.ConnectionString];

    protected override string DropTriggers => "DROP TRIGGER \"AuditEntries_append_only\" ON \"AuditEntries\";";
}
