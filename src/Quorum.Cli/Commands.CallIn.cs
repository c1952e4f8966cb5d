using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary><c>quorum call-in PUBLISHED_DATE [--json]</c>: the call-in window for an executive decision (EX-8).</summary>
    public static Command CallIn()
    {
        var publishedArg = new Argument<string>("PUBLISHED_DATE") { Description = "Date the decision was published, YYYY-MM-DD." };
        var json = new Option<bool>("--json") { Description = "Print a JSON object." };
        var command = new Command("call-in", "Call-in window and implementation date for a published decision.") { publishedArg, json };
        command.SetGuardedAction(parseResult =>
        {
            var published = CliDates.Parse(parseResult.GetValue(publishedArg), "PUBLISHED_DATE");
            var window = Quorum.Domain.Rules.Deadlines.Harrow.CallIn(published);
            if (parseResult.GetValue(json))
            {
                var result = new Dictionary<string, string>
                {
                    ["windowEnds"] = CliDates.Iso(window.WindowEnds),
                    ["implementFrom"] = CliDates.Iso(window.ImplementFrom),
                };
                Console.Out.WriteLine(JsonSerializer.Serialize(result, CliDates.Json));
                return 0;
            }
            var table = new Table().Title($"Call-in for a decision published {CliDates.Long(published)}").AddColumn("").AddColumn("Date");
            table.AddRow("Call-in window opens", CliDates.Long(window.Opens));
            table.AddRow("Call-in window ends", CliDates.Long(window.WindowEnds));
            table.AddRow("Decision may be implemented from", CliDates.Long(window.ImplementFrom));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
