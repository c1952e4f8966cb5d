using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

/// <summary>
/// Crawls every public address (the sitemap, then every link found) and checks that no Part II report, exempt
/// appendix, unpublished agenda, draft report or draft/Part II minute leaks onto any page, and that no page shows an
/// internal name or a bare rule code (<see cref="PlainWords"/>).
/// </summary>
public sealed partial class CanaryCrawlTests(CanarySite site) : IClassFixture<CanarySite>
{
    [Fact]
    public async Task No_canary_from_exempt_unpublished_or_draft_records_appears_on_any_public_page()
    {
        var ct = TestContext.Current.CancellationToken;
        AssertCanariesAreStored();
        var sitemap = XDocument.Parse(await site.Client.GetStringAsync("/sitemap.xml", ct));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var queue = new ConcurrentQueue<string>(sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).PathAndQuery));
        queue.Enqueue("/sitemap.xml");
        // Search: broad words, prefixes and filter-only listings of every committee, whose result and page links
        // the crawl then follows. (A search for a canary itself would echo it in the search box.)
        foreach (var search in new[] { "q=canary", "q=canar*", "q=contract", "q=report", "committee=overview-and-scrutiny-committee&sort=date", "committee=cabinet", "type=report-page", "type=minute", "type=resolution", "type=executive-decision" })
        {
            queue.Enqueue("/search?" + search);
            queue.Enqueue("/api/search?" + search);
        }
        var seen = new ConcurrentDictionary<string, bool>(queue.Select(p => KeyValuePair.Create(p, true)));
        var crawled = 0;
        var busy = 0;
        // A few crawlers side by side: the demo council has thousands of pages. Agenda packs (PDFs, built on first
        // request) are left to AgendaPackTests, which check their canaries.
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
                using (var response = await site.Client.GetAsync(path, ct))
                {
                    // Highlights split a leaked canary into marked words; read the text as a visitor would.
                    var body = (await response.Content.ReadAsStringAsync(ct)).Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
                    Interlocked.Increment(ref crawled);
                    Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");
                    foreach (var canary in CanarySite.Canaries)
                    {
                        if (body.Contains(canary, StringComparison.Ordinal))
                        {
                            Assert.Fail($"{canary} appears on {path}");
                        }
                    }
                    if (response.Content.Headers.ContentType?.MediaType == "text/html")
                    {
                        PlainWords.AssertPlain(PlainWords.VisibleText(body), path);
                    }
                    foreach (Match link in Href().Matches(body))
                    {
                        var href = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
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
        // Every page type was reached: committees, meetings (incl. the unpublished agenda's and the drafted minutes'), documents, people.
        Assert.Contains(site.UnpublishedAgendaMeeting, seen.Keys);
        Assert.Contains(site.DraftMinutesMeeting, seen.Keys);
        Assert.Contains(site.HeldMeeting, seen.Keys);
        Assert.Contains(site.PublicItem, seen.Keys);
        Assert.Contains("/decisions/executive", seen.Keys);
        Assert.Contains(seen.Keys, k => k.EndsWith("/interests", StringComparison.Ordinal));
        Assert.True(crawled > 1000, $"only {crawled} pages crawled");
    }

    [Fact]
    public async Task Searching_for_any_canary_finds_nothing_and_counts_nothing()
    {
        foreach (var canary in CanarySite.Canaries)
        {
            var json = await site.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(canary), TestContext.Current.CancellationToken);
            Assert.Contains("\"results\":[],\"total\":0,", json);
            Assert.Contains("\"facets\":{\"committees\":[],\"types\":[],\"people\":[],\"years\":[]}", json);
        }
    }

    [Fact]
    public async Task Items_of_an_unpublished_agenda_are_not_found()
    {
        using var response = await site.Client.GetAsync($"{site.UnpublishedAgendaMeeting}/items/{site.UnpublishedItemNumber}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_sensitive_interest_is_declared_without_its_details()
    {
        var html = await site.Client.GetStringAsync(site.HeldMeeting, TestContext.Current.CancellationToken);
        Assert.Contains("Disclosable pecuniary interest: a sensitive interest; its details are withheld under section 32 of the Localism Act 2011. Left the room for the item.", html);
    }

    /// <summary>Guards against a vacuous pass: the canaries really are in the store the site reads.</summary>
    private void AssertCanariesAreStored()
    {
        using var connection = new SqliteConnection($"Data Source={site.DatabasePath}");
        connection.Open();
        foreach (var canary in CanarySite.Canaries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT COUNT(*) FROM Reports WHERE Subject LIKE $c OR Body LIKE $c)
                     + (SELECT COUNT(*) FROM Enclosures WHERE Title LIKE $c)
                     + (SELECT COUNT(*) FROM AgendaItems WHERE Title LIKE $c)
                     + (SELECT COUNT(*) FROM Minutes WHERE Title LIKE $c OR Body LIKE $c)
                     + (SELECT COUNT(*) FROM Resolutions WHERE Text LIKE $c)
                     + (SELECT COUNT(*) FROM Declarations WHERE Nature LIKE $c)
                     + (SELECT COUNT(*) FROM RegisteredInterests WHERE Description LIKE $c)
                     + (SELECT COUNT(*) FROM ExecutiveDecisions WHERE Title LIKE $c)
                """;
            command.Parameters.AddWithValue("$c", $"%{canary}%");
            Assert.True((long)command.ExecuteScalar()! > 0, $"{canary} was not stored");
        }
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
