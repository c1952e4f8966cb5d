using System.CommandLine;
using NodaTime;
using Quorum.Data;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary><c>quorum migrate [--db PATH | --postgres CONNSTRING]</c>: creates or upgrades the database schema.</summary>
    public static Command Migrate()
    {
        var database = new CliDatabase();
        var command = new Command("migrate", "Create the database or bring its schema up to date.");
        database.AddTo(command);
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            var status = await CliDatabase.Guard(async () =>
            {
                await QuorumDatabase.MigrateAsync(settings, SystemClock.Instance, cancellationToken);
                return await QuorumDatabase.CheckAsync(settings, SystemClock.Instance, cancellationToken);
            });
            Console.Out.WriteLine($"Migrated {settings.Describe()} to {status.LatestMigration}.");
            return 0;
        });
        return command;
    }
}
