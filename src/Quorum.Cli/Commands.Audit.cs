using System.CommandLine;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Conversions;
using Quorum.Data.Staff;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary>Exit code of <c>quorum audit verify</c> for a broken chain, apart from 1 for "could not check".</summary>
    public const int AuditBroken = 2;

    /// <summary>
    /// <c>quorum audit verify [--db PATH | --postgres CONNSTRING]</c>: walks the audit log's hash chain and reports
    /// "OK" with the number of entries, or the first broken link (sequence number, when, what) with exit code 2.
    /// </summary>
    public static Command Audit()
    {
        var database = new CliDatabase();
        var verify = new Command("verify", "Check that no audit entry was changed or deleted since it was written (exit code 2 if one was).");
        database.AddTo(verify);
        verify.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            await RequireCurrentDatabaseAsync(settings, cancellationToken);
            await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
            var result = await AuditChain.VerifyAsync(db, cancellationToken);
            if (result.Break is not { } broken)
            {
                Console.Out.WriteLine($"OK: {result.Count:N0} audit entries, chain intact (last hash {result.HeadHash}).");
                return 0;
            }
            Console.Out.WriteLine($"BROKEN at entry #{broken.Sequence} (written {NodaTimeTextConversions.Format(broken.At)}; {broken.Entry}): {broken.Problem}.");
            Console.Out.WriteLine($"The {result.Count:N0} entries before it are intact.");
            return AuditBroken;
        });
        return new Command("audit", "The tamper-evident audit log.") { verify };
    }

    /// <summary>Refuses a missing SQLite file, an unreachable server or an out-of-date schema, each in one line.</summary>
    private static async Task RequireCurrentDatabaseAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (settings.SqlitePath is { } path && !File.Exists(path))
        {
            throw new CliException($"No database at '{path}': give --db or --postgres.");
        }
        var status = await QuorumDatabase.CheckAsync(settings, SystemClock.Instance, cancellationToken);
        if (!status.Reachable)
        {
            throw new CliException($"Cannot open the {settings.Describe()}.");
        }
        if (!status.SchemaCurrent)
        {
            throw new CliException($"The {settings.Describe()} is not up to date: run 'quorum migrate' first.");
        }
    }
}
