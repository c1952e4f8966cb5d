using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary>
    /// <c>quorum deadlines MEETING_DATE [--published DATE] [--json]</c>: the statutory and Harrow deadlines for a
    /// meeting (AI-2, CPR-4, EX-4), and with --published whether the agenda gave five clear working days.
    /// </summary>
    public static Command Deadlines()
    {
        var meetingArg = new Argument<string>("MEETING_DATE") { Description = "Meeting date, YYYY-MM-DD." };
        var publishedOption = new Option<string?>("--published") { Description = "Date the agenda was published, YYYY-MM-DD." };
        var json = new Option<bool>("--json") { Description = "Print a JSON object." };
        var command = new Command("deadlines", "Publication, public question and key decision deadlines for a meeting.")
        {
            meetingArg, publishedOption, json,
        };
        command.SetGuardedAction(parseResult =>
        {
            var meeting = CliDates.Parse(parseResult.GetValue(meetingArg), "MEETING_DATE");
            var publishedText = parseResult.GetValue(publishedOption);
            var published = publishedText is null ? (NodaTime.LocalDate?)null : CliDates.Parse(publishedText, "--published");
            var deadlines = Quorum.Domain.Rules.Deadlines.Harrow;
            var summary = deadlines.Summarise(meeting);
            var check = published is { } p ? deadlines.CheckPublication(p, meeting) : null;

            if (parseResult.GetValue(json))
            {
                var result = new Dictionary<string, object>
                {
                    ["meetingDate"] = CliDates.Iso(summary.MeetingDate),
                    ["latestPublication"] = CliDates.Iso(summary.LatestPublication),
                    ["publicQuestionDeadline"] = CliDates.Iso(summary.PublicQuestionDeadline),
                    ["keyDecisionNoticeBy"] = CliDates.Iso(summary.KeyDecisionNoticeBy),
                };
                if (check is not null)
                {
                    result["clearWorkingDays"] = check.ClearDays;
                    result["publishedInTime"] = check.InTime;
                }
                Console.Out.WriteLine(JsonSerializer.Serialize(result, CliDates.Json));
                return 0;
            }

            var table = new Table().Title($"Deadlines for the meeting on {CliDates.Long(meeting)}").AddColumn("Deadline").AddColumn("Date").AddColumn("Rule");
            table.AddRow($"Latest agenda publication ({Quorum.Domain.Rules.Deadlines.AgendaClearDays(meeting)} clear working days)", CliDates.Long(summary.LatestPublication), "LGA 1972 s100B(3)");
            table.AddRow("Planned publication (Monday of the week before)", CliDates.Long(summary.PlannedPublication), "Harrow practice");
            table.AddRow("Public questions close", CliDates.Long(summary.PublicQuestionDeadline), "Committee Procedure Rule 17");
            table.AddRow("Key decision notice by (28 clear days)", CliDates.Long(summary.KeyDecisionNoticeBy), "SI 2012/2089 reg 9");
            if (check is not null)
            {
                var verdict = check.InTime ? "[green]in time[/]" : "[red]late[/]";
                table.AddRow(
                    new Markup(Markup.Escape($"Published {CliDates.Long(check.Published)}")),
                    new Markup($"{check.ClearDays} clear working days: {verdict}"),
                    new Markup(Markup.Escape($"needs {check.RequiredClearDays}")));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
