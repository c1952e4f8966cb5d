using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace Quorum.Web.Tests.Visibility;

/// <summary>
/// Walks a public site from some addresses, following every link a visitor (or an OParl harvester) could, a few
/// requests at a time, and hands each answer to a check. Agenda packs (PDFs) are left to the pack tests.
/// </summary>
public static partial class PublicCrawl
{
    /// <summary>One answer: its address, status and text (search highlights removed, as a visitor reads it).</summary>
    public sealed record Answer(string Path, HttpStatusCode Status, string? MediaType, string Body);

    /// <param name="client">The site; its default headers (a Host name, say) go with every request.</param>
    /// <param name="start">Site-relative addresses to begin with.</param>
    /// <param name="check">Called for every answer; it asserts.</param>
    /// <param name="host">Also follow absolute links to this host name (OParl's links are absolute); null for none.</param>
    /// <returns>Every address requested.</returns>
    public static async Task<IReadOnlyCollection<string>> CrawlAsync(HttpClient client, IEnumerable<string> start, Action<Answer> check, string? host = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var queue = new ConcurrentQueue<string>(start);
        var seen = new ConcurrentDictionary<string, bool>(queue.Select(p => KeyValuePair.Create(p, true)));
        var busy = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            while (true)
            {
                if (!queue.TryDequeue(out var path))
                {
                    if (Volatile.Read(ref busy) == 0 && queue.IsEmpty)
                    {
                        return;
                    }
                    await Task.Delay(5, ct);
                    continue;
                }
                Interlocked.Increment(ref busy);
                using (var response = await client.GetAsync(path, ct))
                {
                    // Highlights split a leaked canary into marked words; read the text as a visitor would.
                    var body = (await response.Content.ReadAsStringAsync(ct)).Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
                    check(new Answer(path, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
                    var links = Href().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
                    if (host is not null)
                    {
                        var absolute = $"http://{host}";
                        links = links.Concat(Quoted().Matches(body).Select(m => m.Groups[1].Value)
                            .Where(u => u.StartsWith(absolute + "/", StringComparison.OrdinalIgnoreCase))
                            .Select(u => u[absolute.Length..]));
                    }
                    foreach (var link in links)
                    {
                        var href = link.Split('#')[0];
                        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal)
                            && !href.StartsWith("/css/", StringComparison.Ordinal) && !href.EndsWith(".pdf", StringComparison.Ordinal) && seen.TryAdd(href, true))
                        {
                            queue.Enqueue(href);
                        }
                    }
                }
                Interlocked.Decrement(ref busy);
            }
        }));
        return [.. seen.Keys];
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("\"(https?://[^\"\\s]+)\"")]
    private static partial Regex Quoted();
}
