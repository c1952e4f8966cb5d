using System.Text.Json;

namespace Quorum.Cli.Tests.Rules;

public class DeadlineCommandsTests
{
    [Fact]
    public async Task Bank_holidays_json_lists_the_2022_dates_including_the_State_Funeral()
    {
        var run = await CliRunner.RunAsync("bank-holidays", "2022", "--json");
        Assert.Equal(0, run.ExitCode);
        var dates = JsonSerializer.Deserialize<string[]>(run.Stdout)!;
        Assert.Equal(
            ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
            dates);
    }

    [Fact]
    public async Task Bank_holidays_without_json_prints_a_table_with_holiday_names()
    {
        var run = await CliRunner.RunAsync("bank-holidays", "2021");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Monday 27 December 2021", run.Stdout);
        Assert.Contains("Christmas Day (substitute day)", run.Stdout);
    }

    [Fact]
    public async Task Deadlines_json_for_Tuesday_19_September_2017_published_on_the_limit()
    {
        var run = await CliRunner.RunAsync("deadlines", "2017-09-19", "--published", "2017-09-11", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("2017-09-19", root.GetProperty("meetingDate").GetString());
        Assert.Equal("2017-09-11", root.GetProperty("latestPublication").GetString());
        Assert.Equal("2017-09-14T15:00:00", root.GetProperty("publicQuestionDeadline").GetString());
        Assert.Equal("2017-08-21", root.GetProperty("keyDecisionNoticeBy").GetString());
        Assert.Equal(5, root.GetProperty("clearWorkingDays").GetInt32());
        Assert.True(root.GetProperty("publishedInTime").GetBoolean());
    }

    [Fact]
    public async Task Deadlines_json_without_published_omits_the_publication_check()
    {
        var run = await CliRunner.RunAsync("deadlines", "2020-10-07", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2020-09-29", doc.RootElement.GetProperty("latestPublication").GetString());
        Assert.Equal("2020-10-02T15:00:00", doc.RootElement.GetProperty("publicQuestionDeadline").GetString());
        Assert.False(doc.RootElement.TryGetProperty("clearWorkingDays", out _));
        Assert.False(doc.RootElement.TryGetProperty("publishedInTime", out _));
    }

    [Fact]
    public async Task Deadlines_reports_a_late_agenda()
    {
        var run = await CliRunner.RunAsync("deadlines", "2017-09-19", "--published", "2017-09-12", "--json");
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(4, doc.RootElement.GetProperty("clearWorkingDays").GetInt32());
        Assert.False(doc.RootElement.GetProperty("publishedInTime").GetBoolean());
    }

    [Fact]
    public async Task Deadlines_without_json_prints_a_readable_table()
    {
        var run = await CliRunner.RunAsync("deadlines", "2017-09-19", "--published", "2017-09-11");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Thursday 14", run.Stdout);
        Assert.Contains("in time", run.Stdout);
    }

    [Fact]
    public async Task Call_in_json_for_a_decision_published_Wednesday_14_September_2022()
    {
        var run = await CliRunner.RunAsync("call-in", "2022-09-14", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2022-09-22", doc.RootElement.GetProperty("windowEnds").GetString());
        Assert.Equal("2022-09-23", doc.RootElement.GetProperty("implementFrom").GetString());
    }

    [Fact]
    public async Task Call_in_without_json_prints_a_readable_table()
    {
        var run = await CliRunner.RunAsync("call-in", "2017-10-20");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Monday 30 October 2017", run.Stdout);
    }

    [Theory]
    [InlineData("CAL-1", "bank-holidays", "1973", "--json")]
    [InlineData("CAL-1", "bank-holidays", "2101")]
    [InlineData("YEAR 'twenty' is not a year", "bank-holidays", "twenty")]
    [InlineData("MEETING_DATE '2023-02-30' is not a real date", "deadlines", "2023-02-30", "--json")]
    [InlineData("--published '2017-13-01' is not a real date", "deadlines", "2017-09-19", "--published", "2017-13-01")]
    [InlineData("error: The meeting on 2017-09-19 is before the agenda's publication date 2017-09-25. Rule: ", "deadlines", "2017-09-19", "--published", "2017-09-25", "--json")]
    [InlineData("PUBLISHED_DATE '2022-02-29' is not a real date", "call-in", "2022-02-29", "--json")]
    [InlineData("CAL-1", "call-in", "2100-12-30")]
    public async Task Bad_input_fails_with_one_line_in_words_naming_the_rule_and_no_stack_trace(string expected, params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain(" at ", run.Stderr);
        // A rule code comes only after the rule's name: "Rule: <name> (CAL-1)."
        Assert.DoesNotMatch(@"error: [A-Z]+-\d", line);
    }
}
