using System.CommandLine;
using NodaTime;
using Quorum.Application.Imports;
using Quorum.Application.Publication;
using Quorum.Data;
using Spectre.Console;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary><c>quorum import PACK... [--db PATH | --postgres CONNSTRING] [--council NAME]</c>: stores legacy agenda
    /// packs (text or PDF) as meetings, members, attendance, agenda items, reports, minutes and resolutions.</summary>
    public static Command Import()
    {
        var database = new CliDatabase();
        var packs = new Argument<FileInfo[]>("PACK") { Description = "Agenda packs: text conversions or PDFs.", Arity = ArgumentArity.OneOrMore };
        var council = new Option<string?>("--council")
        {
            Description = "The council the packs belong to. By default it is read from the contact e-mail (…@harrow.gov.uk gives Harrow Council), else the database's only council.",
        };
        var command = new Command("import", "Import legacy agenda packs into the database; each pack is one transaction, and re-importing a pack changes nothing.")
        {
            packs,
            council,
        };
        database.AddTo(command);
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            var files = parseResult.GetRequiredValue(packs);
            await CliDatabase.Guard(async () =>
            {
                await QuorumDatabase.MigrateAsync(settings, SystemClock.Instance, cancellationToken);
                return 0;
            });
            // Each imported pack reaches the public search index as it commits, as a publication on the web does.
            using var search = await PublicSearch.ForCommandAsync(settings, SystemClock.Instance, cancellationToken);
            var importer = new PackImporter(settings, SystemClock.Instance, search.Events, parseResult.GetValue(council));
            var results = new List<PackImportResult>(files.Length);
            if (files.Length == 1)
            {
                results.Add(await importer.ImportAsync(files[0].FullName, cancellationToken));
            }
            else
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("Importing packs", maxValue: files.Length);
                        foreach (var file in files)
                        {
                            task.Description = Markup.Escape(file.Name);
                            results.Add(await importer.ImportAsync(file.FullName, cancellationToken));
                            task.Increment(1);
                        }
                        task.Description = "Imported";
                    });
            }
            var waiting = await PublicSearch.CatchUpAsync(search, cancellationToken);
            if (waiting > 0)
            {
                // Kept in the outbox, not lost: the site applies them, or the next import or reindex does.
                Console.Error.WriteLine($"warning: {waiting} search index updates could not be applied yet; a running site applies them, or run 'quorum reindex'.");
            }
            return Summarise(results, settings);
        });
        return command;
    }

    private static int Summarise(List<PackImportResult> results, DatabaseSettings settings)
    {
        var done = results.Where(r => r.Outcome != PackImportOutcome.Failed).ToList();
        var table = new Table().AddColumn("Import").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Packs imported", results.Count(r => r.Outcome == PackImportOutcome.Imported).ToString());
        table.AddRow("Newer versions", results.Count(r => r.Outcome == PackImportOutcome.NewVersion).ToString());
        table.AddRow("Unchanged (imported before)", results.Count(r => r.Outcome == PackImportOutcome.Unchanged).ToString());
        table.AddRow("Meetings", done.Sum(r => r.Meetings).ToString());
        table.AddRow("Agenda items", done.Sum(r => r.AgendaItems).ToString());
        table.AddRow("Reports", done.Sum(r => r.Reports).ToString());
        table.AddRow("Minutes", done.Sum(r => r.Minutes).ToString());
        table.AddRow("Pages of text", done.Sum(r => r.Pages).ToString());
        table.AddRow("Warnings", done.Sum(r => r.Warnings).ToString());
        table.AddRow("Failed", results.Count(r => r.Outcome == PackImportOutcome.Failed).ToString());
        AnsiConsole.Write(table);
        Console.Out.WriteLine($"Database: {settings.Describe()}.");
        var failed = results.Where(r => r.Outcome == PackImportOutcome.Failed).ToList();
        foreach (var failure in failed)
        {
            // One line per failed pack: the file and the reason; nothing of it was written.
            Console.Error.WriteLine($"error: {failure.Reason}");
        }
        return failed.Count == 0 ? 0 : 1;
    }
}
