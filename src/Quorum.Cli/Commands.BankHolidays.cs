using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Quorum.Domain.Calendar;
using Spectre.Console;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary><c>quorum bank-holidays YEAR [--json]</c>: England and Wales bank holidays for one year (CAL-1).</summary>
    public static Command BankHolidays()
    {
        var year = new Argument<string>("YEAR") { Description = "Calendar year, 1974–2100." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of ISO dates." };
        var command = new Command("bank-holidays", "England and Wales bank holidays for a year.") { year, json };
        command.SetGuardedAction(parseResult =>
        {
            var text = parseResult.GetValue(year);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                throw new CliException($"YEAR '{text}' is not a year (expected four digits, e.g. 2022)");
            }
            var holidays = BankHolidayCalendar.EnglandAndWales.For(y);
            if (parseResult.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(holidays.Select(h => CliDates.Iso(h.Date)), CliDates.Json));
                return 0;
            }
            var table = new Table().Title($"Bank holidays in England and Wales, {y}").AddColumn("Date").AddColumn("Holiday");
            foreach (var h in holidays)
            {
                table.AddRow(Markup.Escape(CliDates.Long(h.Date)), Markup.Escape(h.Name));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
