using System.CommandLine;
using Quorum.Demo;
using Quorum.Domain.Committees;
using Spectre.Console;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary><c>quorum demo [--seed N] [--db PATH]</c>: loads the fictional London Borough of Brentmoor into an empty database.</summary>
    public static Command Demo()
    {
        var database = new CliDatabase();
        var seed = new Option<int>("--seed") { Description = "Seed for the generator; the same seed gives the same council.", DefaultValueFactory = _ => 1 };
        var command = new Command("demo", "Create a database holding a realistic demo council (three years of committees, meetings, reports and minutes).") { seed };
        database.AddTo(command);
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            var demo = await CliDatabase.Guard(() => AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Generating the demo council");
                    var progress = new SynchronousProgress<DemoProgress>(p =>
                    {
                        task.Description = p.Stage;
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                    });
                    return await DemoSeeder.SeedAsync(settings, parseResult.GetValue(seed), progress: progress, cancellationToken: cancellationToken);
                }));

            Console.Out.WriteLine($"{demo.Councils[0].Name} (seed {demo.Seed}, as at {demo.ReferenceDate:d MMMM uuuu})");
            var table = new Table().AddColumn("Records").AddColumn(new TableColumn("Count").RightAligned());
            table.AddRow("Committees", demo.Committees.Count.ToString());
            table.AddRow("Councillors", demo.People.Count(p => p.IsCouncillor).ToString());
            table.AddRow("Meetings", demo.Meetings.Count.ToString());
            table.AddRow("Agenda items", demo.AgendaItems.Count.ToString());
            table.AddRow("Reports", demo.Reports.Count.ToString());
            table.AddRow("Minutes", demo.Minutes.Count.ToString());
            AnsiConsole.Write(table);
            // Plain output: a path must not be wrapped at the console width.
            Console.Out.WriteLine($"Demo council written to {settings.Describe()}.");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Whether a council is the demo council. Only this command knows the demo; <c>quorum init</c> asks here so that a
    /// council of one's own is never set up in a database holding the demo.
    /// </summary>
    internal static bool IsDemoCouncil(Council council) => DemoAccounts.IsDemoCouncil(council);

    /// <summary>Reports on the calling thread, so the progress bar moves as the work does.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
