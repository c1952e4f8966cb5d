using System.Text.Json.Nodes;
using NodaTime;
using Quorum.Web.Tests.Api.OParl;

namespace Quorum.Web.Tests.Api;

/// <summary>
/// Exempt, draft, unpublished and withdrawn material in <see cref="OpenDataServer.Council"/> carries a canary word; no
/// open-data output may ever contain it.
/// </summary>
public sealed class CanaryTests(OpenDataServer server) : IClassFixture<OpenDataServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_endpoint_feed_or_export_ever_shows_exempt_or_unpublished_material()
    {
        var crawler = new OParlCrawler(server);
        await crawler.CrawlAsync();
        var body = $"/oparl/v1.1/bodies/{server.Council.Council.Id}";
        var urls = new List<string>(crawler.Fetched)
        {
            "/feeds/meetings.ics", "/feeds/documents.rss", "/feeds/documents.atom", "/feeds/decisions.rss", "/feeds/decisions.atom",
            "/openapi/v1.json",
        };
        // Sync clients see tombstones too.
        urls.AddRange(new[] { "people", "papers", "files", "agenda-items", "meetings", "consultations", "memberships" }
            .Select(list => $"{body}/{list}?modified_since=2000-01-01T00:00:00Z"));
        foreach (var person in crawler.OfType("Person"))
        {
            urls.Add($"/feeds/people/{((string)person["id"]!).Split('/')[^1]}.ics");
        }
        foreach (var committee in crawler.OfType("Organization").Where(o => (string)o["organizationType"]! == "Gremium"))
        {
            var id = ((string)committee["id"]!).Split('/')[^1];
            urls.AddRange([$"/feeds/committees/{id}.ics", $"/feeds/committees/{id}.rss", $"/feeds/committees/{id}.atom"]);
        }
        foreach (var table in JsonNode.Parse(await server.Client.GetStringAsync("/export", Cancel))!.AsArray())
        {
            urls.AddRange([(string)table!["csv"]!, (string)table["jsonl"]!]);
        }
        foreach (var file in crawler.OfType("File"))
        {
            urls.Add((string)file["accessUrl"]!);
        }
        Assert.True(urls.Count > 60, $"Only {urls.Count} URLs checked.");
        foreach (var url in urls)
        {
            using var response = await server.Client.GetAsync(url, Cancel);
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
            Assert.False(text.Contains(OpenDataServer.Canary, StringComparison.OrdinalIgnoreCase), $"{url} leaks: {Excerpt(text)}");
        }
    }

    [Fact]
    public async Task Modified_since_returns_only_changed_objects_and_tombstones_of_public_ones()
    {
        var body = $"/oparl/v1.1/bodies/{server.Council.Council.Id}";
        // The fixture created everything at 09:00 and withdrew three records at 10:00.
        var since = Uri.EscapeDataString("2024-06-01T09:30:00+00:00");
        var papers = (await server.GetJsonAsync($"{body}/papers?modified_since={since}"))["data"]!.AsArray();
        var tombstone = Assert.Single(papers)!;
        Assert.EndsWith(server.Council.Report(OpenDataServer.WithdrawnReport).Id.ToString(), (string)tombstone["id"]!, StringComparison.Ordinal);
        Assert.True((bool)tombstone["deleted"]!);
        Assert.Equal("2024-06-01T10:00:00Z", (string)tombstone["modified"]!);
        var people = (await server.GetJsonAsync($"{body}/people?modified_since={since}"))["data"]!.AsArray();
        Assert.True(people.Count == 1, people.ToJsonString());
        Assert.Equal(server.Council.Person(OpenDataServer.WithdrawnPerson).Id.ToString(), ((string)people[0]!["id"]!).Split('/')[^1]);
        Assert.Empty((await server.GetJsonAsync($"{body}/meetings?modified_since={since}"))["data"]!.AsArray());

        // An edit moves one meeting into the window, and nothing else.
        server.Clock.Advance(Duration.FromHours(2));
        await using (var db = server.Open())
        {
            var meeting = await db.Meetings.FindAsync([server.Council.Meeting(OpenDataServer.CabinetOn).Id], Cancel);
            meeting!.IsSpecial = true;
            await db.SaveChangesAsync(Cancel);
        }
        var changed = (await server.GetJsonAsync($"{body}/meetings?modified_since={Uri.EscapeDataString("2024-06-01T11:00:00Z")}"))["data"]!.AsArray();
        Assert.True(changed.Count == 1, changed.ToJsonString());
        Assert.Equal(server.Council.Meeting(OpenDataServer.CabinetOn).Id.ToString(), ((string)changed[0]!["id"]!).Split('/')[^1]);
        var before = (await server.GetJsonAsync($"{body}/meetings?modified_until={Uri.EscapeDataString("2024-06-01T11:00:00Z")}"))["data"]!.AsArray();
        Assert.Equal(3, before.Count);
        // Without modified_since a list holds no tombstones.
        Assert.All((await server.GetJsonAsync($"{body}/papers"))["data"]!.AsArray(), p => Assert.False((bool)p!["deleted"]!));
    }

    private static string Excerpt(string text)
    {
        var at = text.IndexOf(OpenDataServer.Canary, StringComparison.OrdinalIgnoreCase);
        return text[Math.Max(0, at - 200)..Math.Min(text.Length, at + 100)];
    }
}
