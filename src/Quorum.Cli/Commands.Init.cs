using System.CommandLine;
using NodaTime;
using Quorum.Application.Setup;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary>
    /// <c>quorum init --council NAME [--slug SLUG] [--year-starts DATE] [--db PATH | --postgres CONNSTRING]</c>: a new
    /// install for a council of its own: migrates, then stores the council and its current municipal year and nothing
    /// else. The web site never loads the demo into a database that holds a council.
    /// </summary>
    public static Command Init()
    {
        var database = new CliDatabase();
        var council = new Option<string>("--council") { Description = "The council's name, as it prints it (\"Anytown Borough Council\").", Required = true };
        var slug = new Option<string?>("--slug") { Description = "The council's short name in addresses and for --council elsewhere (default: made from the name)." };
        var yearStarts = new Option<string?>("--year-starts")
        {
            Description = "The first day of the current municipal year, the annual meeting (yyyy-MM-dd; default: the 1 May before today).",
        };
        var command = new Command("init", "Create an empty database for your own council (no demo data): the council and its current municipal year.")
        {
            council,
            slug,
            yearStarts,
        };
        database.AddTo(command);
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            LocalDate? starts = parseResult.GetValue(yearStarts) is { } text ? CliDates.Parse(text, "--year-starts") : null;
            var initialiser = new CouncilInitialiser(settings, SystemClock.Instance, IsDemoCouncil, $"quorum init (as {Environment.UserName})");
            InitialisedCouncil made;
            try
            {
                made = await CliDatabase.Guard(() => initialiser.InitAsync(new NewCouncil(parseResult.GetValue(council)!, parseResult.GetValue(slug), starts), cancellationToken));
            }
            catch (SetupRefusedException ex)
            {
                throw new CliException(ex.Message, ex);
            }
            var target = settings.SqlitePath is { } path ? $"--db {Quoted(path)}" : "--postgres \"…\"";
            Console.Out.WriteLine($"Created {made.Name} (slug {made.Slug}) in the {settings.Describe()}, with the municipal year {made.Year} ({made.YearStarts:d MMMM uuuu} to {made.YearEnds:d MMMM uuuu}).");
            Console.Out.WriteLine("Next steps:");
            Console.Out.WriteLine($"  1. Create the first administrator: quorum admin create --user NAME --role Administrator --name \"Name, job title\" {target}");
            Console.Out.WriteLine($"  2. Load your bodies, people and memberships (format: docs/setup.md): quorum setup import FOLDER {target}");
            Console.Out.WriteLine($"  3. Run the site on this database (the demo is never loaded into it): dotnet run --project src/Quorum.Web -- --ConnectionStrings:Quorum={(settings.SqlitePath is { } file ? Quoted(file) : "\"…\"")}");
            return 0;
        });
        return command;
    }

    private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
