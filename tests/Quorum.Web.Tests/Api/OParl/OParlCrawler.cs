using System.Text.Json.Nodes;

namespace Quorum.Web.Tests.Api.OParl;

/// <summary>
/// Walks an OParl API the way a re-publisher does: from System, following every URL in every response (list
/// pages through <c>links.next</c>), and records each object it meets, where it met it and how often each list
/// returned it.
/// </summary>
public sealed class OParlCrawler(OpenDataServer server)
{
    public Dictionary<string, JsonObject> Objects { get; } = [];

    /// <summary>Per list URL (without paging), how many times each object id appeared across its pages.</summary>
    public Dictionary<string, Dictionary<string, int>> ListCounts { get; } = [];

    public List<string> Fetched { get; } = [];

    public async Task CrawlAsync()
    {
        var root = new Uri(server.BaseAddress, "/oparl/v1.1/").ToString();
        var prefix = new Uri(server.BaseAddress, "/oparl/v1.1").ToString();
        var queue = new Queue<string>([root]);
        var seen = new HashSet<string>([root]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var json = await server.GetJsonAsync(url);
            Fetched.Add(url);
            if (json["data"] is JsonArray data)
            {
                var list = url.Split('?')[0];
                var counts = ListCounts.TryGetValue(list, out var c) ? c : ListCounts[list] = [];
                foreach (var item in data)
                {
                    var id = (string)item!["id"]!;
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
            else if (json["id"] is not null && url != root)
            {
                Assert.Equal(url.Split('?')[0], (string)json["id"]!);
            }
            Visit(json, url, (link) =>
            {
                if (link.StartsWith(prefix, StringComparison.Ordinal) && !link.EndsWith("/access", StringComparison.Ordinal)
                    && !link.EndsWith("/download", StringComparison.Ordinal) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            });
        }
    }

    private void Visit(JsonNode? node, string source, Action<string> link)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && ((string)type!).StartsWith("https://schema.oparl.org/1.1/", StringComparison.Ordinal) && obj["id"] is JsonValue id)
                {
                    Objects.TryAdd((string)id!, obj);
                }
                foreach (var (name, value) in obj)
                {
                    // "first"/"last"/"prev" pages are reached by following "next" from page one.
                    if (name is "first" or "last" or "prev")
                    {
                        continue;
                    }
                    Visit(value, source, link);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item, source, link);
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith("http", StringComparison.Ordinal):
                link(text);
                break;
        }
    }

    public IEnumerable<JsonObject> OfType(string typeName) =>
        Objects.Values.Where(o => (string)o["type"]! == "https://schema.oparl.org/1.1/" + typeName);
}
