using System.CommandLine;
using NodaTime;
using Quorum.Application.Publication;
using Quorum.Application.Setup;
using Spectre.Console;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary>
    /// <c>quorum setup import FOLDER [--council SLUG] [--db PATH | --postgres CONNSTRING]</c>: a council's party groups,
    /// wards, people, bodies, memberships and reserve lists from CSV files (docs/setup.md). Every problem is printed as
    /// "file, row N, column X: …" and nothing is written; otherwise all of it is written in one transaction.
    /// </summary>
    public static Command Setup()
    {
        var database = new CliDatabase();
        var folder = new Argument<DirectoryInfo>("FOLDER") { Description = $"A folder holding any of {string.Join(", ", SetupImporter.FileNames)}." };
        var council = new Option<string?>("--council") { Description = "The council's slug, when the database holds more than one." };
        var import = new Command("import", "Check the set-up CSV files in FOLDER, then write them all in one transaction (nothing is written if any row is wrong); running it again changes nothing.")
        {
            folder,
            council,
        };
        database.AddTo(import);
        import.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            var path = parseResult.GetRequiredValue(folder).FullName;
            // The people and committees reach the public search index as they commit, as the site's own changes do.
            using var search = await CliDatabase.Guard(() => PublicSearch.ForCommandAsync(settings, SystemClock.Instance, cancellationToken));
            var importer = new SetupImporter(settings, SystemClock.Instance, search.Events, $"quorum setup import (as {Environment.UserName})");
            SetupImportResult result;
            try
            {
                result = await CliDatabase.Guard(() => importer.ImportAsync(path, parseResult.GetValue(council), cancellationToken));
            }
            catch (SetupRefusedException ex)
            {
                throw new CliException(ex.Message, ex);
            }
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    Console.Error.WriteLine($"error: {error}");
                }
                Console.Error.WriteLine($"Nothing was written: {result.Errors.Count} problem{(result.Errors.Count == 1 ? "" : "s")} in {path}.");
                return 1;
            }
            if (!result.ChangedAnything)
            {
                Console.Out.WriteLine($"Nothing to change: the {settings.Describe()} already holds what {path} sets up for {result.Council}.");
                return 0;
            }
            var waiting = await PublicSearch.CatchUpAsync(search, cancellationToken);
            var table = new Table().AddColumn("Records").AddColumn(new TableColumn("Added").RightAligned())
                .AddColumn(new TableColumn("Updated").RightAligned()).AddColumn(new TableColumn("Removed").RightAligned());
            foreach (var change in result.Changes)
            {
                table.AddRow(change.Records, change.Added.ToString(), change.Updated.ToString(), change.Removed.ToString());
            }
            AnsiConsole.Write(table);
            Console.Out.WriteLine($"Set up {result.Council} (slug {result.CouncilSlug}) in the {settings.Describe()}, in one transaction.");
            if (waiting > 0)
            {
                Console.Error.WriteLine($"warning: {waiting} search index updates could not be applied yet; a running site applies them, or run 'quorum reindex'.");
            }
            return 0;
        });
        return new Command("setup", "Set up your own council's records from files.") { import };
    }
}
