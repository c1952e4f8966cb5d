using System.Net;
using System.Text.Json.Nodes;
using NJsonSchema;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Api.OParl;

public sealed class OParlApiTests(OpenDataServer server) : IClassFixture<OpenDataServer>
{
    private static readonly string[] ObjectTypes =
        ["System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private string BodyUrl => Url($"/oparl/v1.1/bodies/{server.Council.Council.Id}");

    [Fact]
    public async Task Crawling_from_System_finds_every_public_object_exactly_once_per_list()
    {
        var crawler = new OParlCrawler(server);
        await crawler.CrawlAsync();

        var expected = new Dictionary<string, int>
        {
            ["System"] = 1,
            ["Body"] = 1,
            ["LegislativeTerm"] = 1,
            // Three committees and two party groups.
            ["Organization"] = 5,
            // Six people less the withdrawn one.
            ["Person"] = 5,
            // Four seats and one reserve place.
            ["Membership"] = 5,
            ["Meeting"] = 4,
            // The unpublished agenda's item is not public; the Part II item's title is.
            ["AgendaItem"] = 4,
            ["Paper"] = 1,
            ["Consultation"] = 1,
            ["File"] = 1,
            ["Location"] = 2,
        };
        foreach (var (type, count) in expected)
        {
            Assert.True(count == crawler.OfType(type).Count(), $"{type}: expected {count}, crawled {crawler.OfType(type).Count()} ({string.Join(", ", crawler.OfType(type).Select(o => o["name"]))})");
        }
        Assert.Contains(Url($"/oparl/v1.1/papers/{server.Council.Report(OpenDataServer.PublicReport).Id}"), crawler.Objects.Keys);
        Assert.DoesNotContain(Url($"/oparl/v1.1/papers/{server.Council.Report(OpenDataServer.WithdrawnReport).Id}"), crawler.Objects.Keys);

        // Every body list was walked to its end and named each of its objects exactly once.
        var bodyLists = crawler.ListCounts.Where(l => l.Key.StartsWith(BodyUrl + "/", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, bodyLists.Count);
        foreach (var (list, counts) in bodyLists)
        {
            Assert.All(counts, c => Assert.True(c.Value == 1, $"{c.Key} appears {c.Value} times in {list}"));
        }
        var listed = bodyLists.SelectMany(l => l.Value.Keys).ToHashSet();
        var everyObject = crawler.Objects.Values.Where(o => (string)o["type"]! is not ("https://schema.oparl.org/1.1/System" or "https://schema.oparl.org/1.1/Body")).Select(o => (string)o["id"]!);
        Assert.All(everyObject, id => Assert.Contains(id, listed));
    }

    [Fact]
    public async Task Every_object_type_validates_against_the_OParl_1_1_schema()
    {
        Assert.SkipWhen(RepoPaths.Shared is null, "../shared is absent (a bare clone); the OParl schemas live in ../shared/reference/oparl-1.1-schema.");
        var schemaFolder = Path.Combine(RepoPaths.Shared!, "reference", "oparl-1.1-schema");
        var crawler = new OParlCrawler(server);
        await crawler.CrawlAsync();
        foreach (var type in ObjectTypes)
        {
            var schema = await JsonSchema.FromFileAsync(Path.Combine(schemaFolder, type + ".json"), Cancel);
            var objects = crawler.OfType(type).ToList();
            Assert.True(objects.Count > 0, $"No {type} object was crawled.");
            foreach (var obj in objects)
            {
                var errors = schema.Validate(obj.ToJsonString());
                Assert.True(errors.Count == 0, $"{obj["id"]} is not a valid {type}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
            }
        }
    }

    [Fact]
    public async Task Identifiers_are_absolute_URLs_that_answer_with_the_same_object()
    {
        var meeting = await server.GetJsonAsync(Url($"/oparl/v1.1/meetings/{server.Council.Meeting(OpenDataServer.HeldOn).Id}"));
        Assert.Equal(Url($"/oparl/v1.1/meetings/{server.Council.Meeting(OpenDataServer.HeldOn).Id}"), (string)meeting["id"]!);
        var item = meeting["agendaItem"]!.AsArray()[1]!;
        var again = await server.GetJsonAsync((string)item["id"]!);
        Assert.Equal((string)item["name"]!, (string)again["name"]!);
        Assert.Equal("2024-07-10T19:30:00+01:00", (string)meeting["start"]!);
    }

    [Fact]
    public async Task Lists_page_with_next_and_prev_links_that_keep_the_filters()
    {
        var first = await server.GetJsonAsync(BodyUrl + "/people?limit=4&created_since=2024-01-01T00:00:00Z");
        Assert.Equal(4, first["data"]!.AsArray().Count);
        Assert.Equal(2, (int)first["pagination"]!["totalPages"]!);
        Assert.Null(first["links"]!["prev"]);
        var next = (string)first["links"]!["next"]!;
        Assert.Contains("created_since=", next, StringComparison.Ordinal);
        Assert.Contains("limit=4", next, StringComparison.Ordinal);
        var second = await server.GetJsonAsync(next);
        Assert.Single(second["data"]!.AsArray());
        Assert.Null(second["links"]!["next"]);
        Assert.NotNull(second["links"]!["prev"]);
        var ids = first["data"]!.AsArray().Concat(second["data"]!.AsArray()).Select(o => (string)o!["id"]!).ToList();
        Assert.Equal(5, ids.Distinct().Count());
    }

    [Fact]
    public async Task Part_II_items_show_their_title_and_Schedule_12A_paragraph_but_no_content()
    {
        var meeting = await server.GetJsonAsync(Url($"/oparl/v1.1/meetings/{server.Council.Meeting(OpenDataServer.HeldOn).Id}"));
        var land = meeting["agendaItem"]!.AsArray().Single(i => (int)i!["order"]! == 3)!;
        Assert.False((bool)land["public"]!);
        Assert.Equal("Disposal of land at Mill Lane", (string)land["name"]!);
        Assert.Equal(3, (int)land["quorum:exemption"]!["paragraph"]!);
        Assert.Null(land["resolutionText"]);
        Assert.Null(land["consultation"]);
        Assert.Null(land["quorum:votes"]);
    }

    [Fact]
    public async Task Extensions_carry_recorded_votes_declarations_actions_and_reserve_substitutions()
    {
        var meeting = await server.GetJsonAsync(Url($"/oparl/v1.1/meetings/{server.Council.Meeting(OpenDataServer.HeldOn).Id}"));
        var plan = meeting["agendaItem"]!.AsArray().Single(i => (int)i!["order"]! == 2)!;
        var vote = plan["quorum:votes"]!.AsArray().Single()!;
        Assert.Equal(2, (int)vote["for"]!);
        Assert.Equal(1, (int)vote["against"]!);
        Assert.Equal(3, vote["memberVotes"]!.AsArray().Count);
        Assert.Contains(vote["memberVotes"]!.AsArray(), v => (string)v!["person"]! == Url($"/oparl/v1.1/people/{server.Council.Person("Dev Patel").Id}") && (string)v["choice"]! == "For");
        var declarations = plan["quorum:declarations"]!.AsArray();
        Assert.Equal(2, declarations.Count);
        Assert.Contains(declarations, d => (string?)d!["nature"] == "Lives near one of the sites.");
        // The sensitive interest is declared, but without its details.
        Assert.Contains(declarations, d => (bool)d!["sensitive"]! && d["nature"] is null);
        Assert.Equal("Publish the approved allocations.", (string)plan["quorum:actions"]!.AsArray().Single()!["description"]!);
        Assert.StartsWith("RESOLVED:", (string)plan["resolutionText"]!, StringComparison.Ordinal);
        var substitution = meeting["quorum:substitutions"]!.AsArray().Single()!;
        Assert.Equal("reserve", (string)substitution["kind"]!);
        Assert.Equal(Url($"/oparl/v1.1/people/{server.Council.Person("Dev Patel").Id}"), (string)substitution["person"]!);

        var reserveSeat = (await server.GetJsonAsync(BodyUrl + "/memberships"))["data"]!.AsArray().Single(m => (string)m!["role"]! == "Reserve")!;
        Assert.False((bool)reserveSeat["votingRight"]!);
        Assert.NotNull(reserveSeat["onBehalfOf"]);
    }

    [Fact]
    public async Task Files_carry_access_and_download_URLs_size_hash_and_text()
    {
        var files = await server.GetJsonAsync(BodyUrl + "/files");
        var file = files["data"]!.AsArray().Single()!;
        Assert.Equal(server.AppendixBytes.Length, (long)file["size"]!);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA512.HashData(server.AppendixBytes)), (string)file["sha512Checksum"]!);
        Assert.Contains("Site assessments", (string)file["text"]!, StringComparison.Ordinal);
        using var download = await server.Client.GetAsync((string)file["downloadUrl"]!, Cancel);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("site-assessments.pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(server.AppendixBytes, await download.Content.ReadAsByteArrayAsync(Cancel));
        using var access = await server.Client.GetAsync((string)file["accessUrl"]!, Cancel);
        Assert.Equal("application/pdf", access.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/people?modified_since=yesterday", HttpStatusCode.BadRequest, "modified_since")]
    [InlineData("/meetings?created_until=2024-13-01T00:00:00Z", HttpStatusCode.BadRequest, "created_until")]
    [InlineData("/meetings?page=0", HttpStatusCode.BadRequest, "page")]
    [InlineData("/meetings?page=abc", HttpStatusCode.BadRequest, "page")]
    [InlineData("/meetings?limit=101", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/meetings?page=99", HttpStatusCode.NotFound, "Page 99 is out of range")]
    [InlineData("/committees", HttpStatusCode.NotFound, "no list 'committees'")]
    public async Task Bad_list_requests_get_an_OParl_error_naming_the_problem(string list, HttpStatusCode status, string mention)
    {
        using var response = await server.Client.GetAsync(BodyUrl + list, Cancel);
        await AssertErrorAsync(response, status, mention);
    }

    [Theory]
    [InlineData("/oparl/v1.1/meetings/00000000-0000-0000-0000-000000000001", "no public Meeting")]
    [InlineData("/oparl/v1.1/meetings/not-a-guid", "no public Meeting")]
    [InlineData("/oparl/v1.1/bodies/00000000-0000-0000-0000-000000000001/meetings", "no body")]
    [InlineData("/oparl/v1.1/widgets/00000000-0000-0000-0000-000000000001", "no OParl object type 'widgets'")]
    public async Task Unknown_ids_get_a_404_OParl_error(string path, string mention)
    {
        using var response = await server.Client.GetAsync(path, Cancel);
        await AssertErrorAsync(response, HttpStatusCode.NotFound, mention);
    }

    [Fact]
    public async Task Unpublished_and_exempt_objects_are_not_found_by_id()
    {
        using var futureItem = await server.Client.GetAsync($"/oparl/v1.1/papers/{server.Council.Report(OpenDataServer.WithdrawnReport).Id}", Cancel);
        var tombstone = JsonNode.Parse(await futureItem.Content.ReadAsStringAsync(Cancel))!;
        // A withdrawn public report stays reachable as a tombstone.
        Assert.Equal(HttpStatusCode.OK, futureItem.StatusCode);
        Assert.True((bool)tombstone["deleted"]!);
        Assert.Null(tombstone["name"]);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string mention)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(status, response.StatusCode);
        var error = JsonNode.Parse(body)!;
        Assert.Equal("https://schema.oparl.org/1.1/Error", (string)error["type"]!);
        Assert.Contains(mention, (string)error["message"]!, StringComparison.Ordinal);
    }
}
