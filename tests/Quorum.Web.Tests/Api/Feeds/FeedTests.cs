using System.Text;
using System.Xml.Linq;
using ICalendar = Ical.Net.Calendar;

namespace Quorum.Web.Tests.Api.Feeds;

public sealed class FeedTests(OpenDataServer server) : IClassFixture<OpenDataServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(string Text, string ContentType)> GetAsync(string path)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return (text, response.Content.Headers.ContentType!.MediaType!);
    }

    [Fact]
    public async Task The_meetings_calendar_parses_back_with_London_times_and_a_VTIMEZONE()
    {
        var (text, type) = await GetAsync("/feeds/meetings.ics");
        Assert.Equal("text/calendar", type);
        var calendar = ICalendar.Load(text)!;
        Assert.Equal(4, calendar.Events.Count);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/London");
        var held = calendar.Events.Single(e => e.Uid!.StartsWith(server.Council.Meeting(OpenDataServer.HeldOn).Id.ToString(), StringComparison.Ordinal));
        Assert.Equal("Europe/London", held.DtStart!.TzId);
        Assert.Equal(19, held.DtStart.Hour);
        // 19:30 BST is 18:30 UTC.
        Assert.Equal(new DateTime(2024, 7, 10, 18, 30, 0, DateTimeKind.Utc), held.DtStart.AsUtc);
        Assert.Equal("Council Chamber, Anytown Civic Centre", held.Location);
        Assert.Contains(calendar.Events, e => e.Status == "CANCELLED" && e.Summary!.StartsWith("CANCELLED:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_lines_are_folded_to_75_octets_and_text_is_escaped()
    {
        var (text, _) = await GetAsync("/feeds/meetings.ics");
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line longer than 75 octets: {line}"));
        // The cancellation reason has a semicolon, which RFC 5545 escapes in TEXT values.
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains(@"No business\; the applications were withdrawn.", unfolded, StringComparison.Ordinal);
        Assert.Contains(@"LOCATION:Council Chamber\, Anytown Civic Centre", unfolded, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committee_and_person_calendars_hold_only_their_meetings()
    {
        var planning = ICalendar.Load((await GetAsync($"/feeds/committees/{server.Council.Committee(OpenDataServer.Planning).Id}.ics")).Text)!;
        Assert.Equal(2, planning.Events.Count);
        Assert.All(planning.Events, e => Assert.Equal("Planning Committee", e.Summary));
        var chair = ICalendar.Load((await GetAsync($"/feeds/people/{server.Council.Person("Amara Okafor").Id}.ics")).Text)!;
        // Planning (two meetings) and Cabinet (one).
        Assert.Equal(3, chair.Events.Count);
        using var missing = await server.Client.GetAsync($"/feeds/people/{Guid.NewGuid()}.ics", Cancel);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_documents_RSS_feed_is_RSS_2_0_with_an_item_per_public_report()
    {
        var (text, type) = await GetAsync("/feeds/documents.rss");
        Assert.Equal("application/rss+xml", type);
        var rss = XDocument.Parse(text).Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = rss.Element("channel")!;
        Assert.Equal("New documents", (string?)channel.Element("title"));
        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal("Local Plan: Site Allocations", (string?)item.Element("title"));
        Assert.NotNull(item.Element("link"));
        Assert.NotNull(item.Element("guid"));
        Assert.NotNull(item.Element("pubDate"));
    }

    [Fact]
    public async Task The_decisions_Atom_feed_is_Atom_1_0_with_an_entry_per_published_decision()
    {
        var (text, type) = await GetAsync("/feeds/decisions.atom");
        Assert.Equal("application/atom+xml", type);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(text).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(atom + "id"));
        Assert.NotNull(feed.Element(atom + "updated"));
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.Equal("Minute 41: Local Plan: Site Allocations", (string?)entry.Element(atom + "title"));
        Assert.Contains("RESOLVED:", (string?)entry.Element(atom + "summary"), StringComparison.Ordinal);
        Assert.NotNull(entry.Element(atom + "link")?.Attribute("href"));
    }

    [Fact]
    public async Task A_committee_feed_has_its_agendas_documents_and_decisions()
    {
        var (text, _) = await GetAsync($"/feeds/committees/{server.Council.Committee(OpenDataServer.Planning).Id}.rss");
        var items = XDocument.Parse(text).Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal(["Agenda", "Decision", "Document"], items.Select(i => (string)i.Element("category")!).Order().ToArray());
        using var wrongFormat = await server.Client.GetAsync($"/feeds/committees/{server.Council.Committee(OpenDataServer.Planning).Id}.xml", Cancel);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, wrongFormat.StatusCode);
    }
}
