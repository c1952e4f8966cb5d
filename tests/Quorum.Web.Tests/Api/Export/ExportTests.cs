using System.Text.Json.Nodes;

namespace Quorum.Web.Tests.Api.Export;

public sealed class ExportTests(OpenDataServer server) : IClassFixture<OpenDataServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Meetings_export_as_CSV_with_a_header_and_one_row_per_public_meeting()
    {
        using var response = await server.Client.GetAsync("/export/meetings.csv", Cancel);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,committee_id,date,start_time,venue", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"Council Chamber, Anytown Civic Centre\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_table_is_listed_and_downloads_as_CSV_and_JSON_Lines()
    {
        var tables = JsonNode.Parse(await server.Client.GetStringAsync("/export", Cancel))!.AsArray();
        Assert.Equal(19, tables.Count);
        foreach (var table in tables)
        {
            using var csv = await server.Client.GetAsync((string)table!["csv"]!, Cancel);
            Assert.True(csv.IsSuccessStatusCode, (string)table["csv"]!);
            using var jsonl = await server.Client.GetAsync((string)table["jsonl"]!, Cancel);
            var text = await jsonl.Content.ReadAsStringAsync(Cancel);
            Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.NotNull(JsonNode.Parse(line)!["id"]));
        }
        using var unknown = await server.Client.GetAsync("/export/secrets.csv", Cancel);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
