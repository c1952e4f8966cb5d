using System.Net;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

/// <summary>
/// Crawls every public address (the sitemap, then every link found) and checks that no Part II report, exempt
/// appendix, unpublished agenda, draft report or draft/Part II minute leaks onto any page, and that no page shows an
/// internal name or a bare rule code (<see cref="PlainWords"/>).
/// </summary>
public sealed class CanaryCrawlTests(CanarySite site) : IClassFixture<CanarySite>
{
    [Fact]
    public async Task No_canary_from_exempt_unpublished_or_draft_records_appears_on_any_public_page()
    {
        var ct = TestContext.Current.CancellationToken;
        AssertCanariesAreStored();
        var sitemap = XDocument.Parse(await site.Client.GetStringAsync("/sitemap.xml", ct));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var queue = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).PathAndQuery).ToList();
        queue.Add("/sitemap.xml");
        // Search: broad words, prefixes and filter-only listings of every committee, whose result and page links
        // the crawl then follows. (A search for a canary itself would echo it in the search box.)
        foreach (var search in new[] { "q=canary", "q=canar*", "q=contract", "q=report", "committee=overview-and-scrutiny-committee&sort=date", "committee=cabinet", "type=report-page", "type=minute", "type=resolution", "type=executive-decision" })
        {
            queue.Add("/search?" + search);
            queue.Add("/api/search?" + search);
        }
        var crawled = 0;
        var seen = await PublicCrawl.CrawlAsync(site.Client, queue, answer =>
        {
            Interlocked.Increment(ref crawled);
            Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{answer.Path} answered {(int)answer.Status}");
            foreach (var canary in CanarySite.Canaries)
            {
                if (answer.Body.Contains(canary, StringComparison.Ordinal))
                {
                    Assert.Fail($"{canary} appears on {answer.Path}");
                }
            }
            if (answer.MediaType == "text/html")
            {
                PlainWords.AssertPlain(PlainWords.VisibleText(answer.Body), answer.Path);
            }
        });
        // Every page type was reached: committees, meetings (incl. the unpublished agenda's and the drafted minutes'), documents, people.
        Assert.Contains(site.UnpublishedAgendaMeeting, seen);
        Assert.Contains(site.DraftMinutesMeeting, seen);
        Assert.Contains(site.HeldMeeting, seen);
        Assert.Contains(site.PublicItem, seen);
        Assert.Contains("/decisions/executive", seen);
        Assert.Contains(seen, k => k.EndsWith("/interests", StringComparison.Ordinal));
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
}
