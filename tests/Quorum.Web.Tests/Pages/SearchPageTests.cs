using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>
/// The search page and <c>/api/search</c> over the small council on a real socket: the index is built from the store
/// when the site starts, results link to the public pages, and no input gives a server error.
/// </summary>
public sealed class SearchPageTests(SiteHost site) : IClassFixture<SiteHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await site.Client.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<JsonElement> ApiAsync(string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, body) = await GetAsync("/api/search?" + query);
        Assert.True(status == expected, $"{query} answered {(int)status}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_search_lists_highlighted_results_that_link_to_the_item_the_report_and_the_minute()
    {
        var (status, html) = await GetAsync("/search?q=community+safety");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>Search results for ‘community safety’ – Committees and meetings – London Borough of Harrow</title>", html);
        Assert.Contains("<mark>Community</mark> <mark>Safety</mark> Strategy 2017-2020", html);
        Assert.Contains("href=\"/meetings/2017-09-19/overview-and-scrutiny#item-3\"", html);
        Assert.Matches("href=\"/meetings/2017-09-19/overview-and-scrutiny/items/3#report-[0-9a-f-]{36}\"", html);
        Assert.Contains("href=\"/meetings/2017-09-19/overview-and-scrutiny#minute-226\"", html);
        Assert.Contains("Report page · Overview and Scrutiny Committee · 19 September 2017 · page 5 of the agenda pack", html);
        Assert.Matches(@"<h2 class=""govuk-heading-m"" id=""result-count"">\s*\d+ results\s*</h2>", html);
    }

    [Fact]
    public async Task The_site_header_links_to_search()
    {
        var (_, html) = await GetAsync("/");
        Assert.Contains("<a class=\"govuk-service-navigation__link\" href=\"/search\"", html);
    }

    [Fact]
    public async Task Filters_for_committee_type_dates_and_person_narrow_the_results()
    {
        var all = await ApiAsync("q=strategy");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 4, all.ToString());

        var reports = await ApiAsync("q=strategy&type=report-page");
        Assert.All(reports.GetProperty("results").EnumerateArray(), r => Assert.Equal("report-page", r.GetProperty("type").GetString()));
        // Both public reports recommend comments on "the draft strategy".
        Assert.Equal(2, reports.GetProperty("total").GetInt32());

        var cabinet = await ApiAsync("q=strategy&committee=cabinet");
        Assert.Equal(0, cabinet.GetProperty("total").GetInt32());

        var july = await ApiAsync("q=work+programme&from=2017-07-01&to=2017-07-31");
        Assert.Equal(["/meetings/2017-07-11/overview-and-scrutiny#minute-210"], Urls(july).Distinct());
        var september = await ApiAsync("q=work+programme&from=2017-09-01");
        Assert.DoesNotContain(Urls(september), u => u.Contains("2017-07-11", StringComparison.Ordinal));

        var anderson = await ApiAsync("person=jeff-anderson");
        Assert.Contains("/meetings/2017-09-19/overview-and-scrutiny#minute-225", Urls(anderson));
        Assert.Contains("/people/jeff-anderson", Urls(anderson));

        var facets = all.GetProperty("facets");
        Assert.Contains(facets.GetProperty("committees").EnumerateArray(), f => f.GetProperty("key").GetString() == "overview-and-scrutiny");
        Assert.Equal(total, facets.GetProperty("types").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_meeting_first()
    {
        var byDate = await ApiAsync("committee=overview-and-scrutiny&sort=date&type=minute");
        var dates = byDate.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("meetingDate").GetString()!).ToList();
        Assert.True(dates.Count >= 2);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Results_are_paged_with_next_and_previous_links_in_the_api_and_the_page()
    {
        var first = await ApiAsync("committee=overview-and-scrutiny");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 10, first.ToString());
        var links = first.GetProperty("links");
        Assert.Equal(JsonValueKind.Null, links.GetProperty("prev").ValueKind);
        Assert.Equal("/api/search?committee=overview-and-scrutiny&page=2", links.GetProperty("next").GetString());

        var second = await ApiAsync("committee=overview-and-scrutiny&page=2");
        Assert.Equal("/api/search?committee=overview-and-scrutiny", second.GetProperty("links").GetProperty("prev").GetString());
        // Ids, not URLs: a resolution links to its minute's anchor, so two hits can share a URL.
        Assert.Empty(Ids(first).Intersect(Ids(second)));

        var (_, html) = await GetAsync("/search?committee=overview-and-scrutiny");
        Assert.Contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of results\">", html);
        Assert.Contains("href=\"/search?committee=overview-and-scrutiny&amp;page=2\" rel=\"next\"", html);
    }

    [Fact]
    public async Task Every_result_links_to_a_public_page_that_opens()
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in new[] { "agenda-item", "report-page", "minute", "resolution", "person", "committee" })
        {
            for (var page = 1; ; page++)
            {
                var results = await ApiAsync($"type={type}&page={page}");
                urls.UnionWith(Urls(results).Select(u => u.Split('#')[0]));
                if (results.GetProperty("links").GetProperty("next").ValueKind == JsonValueKind.Null)
                {
                    break;
                }
            }
        }
        Assert.True(urls.Count > 15, string.Join(", ", urls));
        foreach (var url in urls)
        {
            var (status, _) = await GetAsync(url);
            Assert.True(status == HttpStatusCode.OK, $"{url} answered {(int)status}");
        }
    }

    [Fact]
    public async Task Publishing_an_agenda_makes_its_items_searchable_through_the_sites_publication_listeners()
    {
        Assert.Equal(0, (await ApiAsync("q=allotments")).GetProperty("total").GetInt32());
        var settings = site.Services.GetRequiredService<DatabaseSettings>();
        Guid councilId, meetingId;
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var meeting = db.Meetings.Single(m => m.Date == new LocalDate(2017, 10, 17));
            meeting.AgendaPublishedOn = new LocalDate(2017, 10, 9);
            db.Add(new AgendaItem { MeetingId = meeting.Id, Number = 1, Title = "Allotments review" });
            await db.SaveChangesAsync(Ct);
            councilId = db.Councils.Single().Id;
            meetingId = meeting.Id;
        }
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PublicationEvents>().PublishedAsync(new PublishedChange(councilId, meetingId, PublishedContent.Agenda), Ct);
        }

        var results = await ApiAsync("q=allotments");
        Assert.Equal(["/meetings/2017-10-17/overview-and-scrutiny#item-1"], Urls(results));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20%20")]
    public async Task An_empty_search_shows_the_form_and_advice_without_an_error(string query)
    {
        var (status, html) = await GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<input class=\"govuk-input\" id=\"q\" name=\"q\" type=\"search\"", html);
        Assert.DoesNotContain("There is a problem", html);
        Assert.DoesNotContain("result-count", html);

        var (apiStatus, body) = await GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, apiStatus);
        Assert.Contains("Enter words to search for", body);
    }

    [Theory]
    [InlineData("q=%22%20*%20(%20)%20NEAR%20AND%20-")]
    [InlineData("q=NEAR(community%20safety)")]
    [InlineData("q=community%20AND%20-%20OR%20*")]
    [InlineData("q=%27%3B%20DROP%20TABLE%20docs%3B%20--")]
    [InlineData("q=1%27%20OR%20%271%27%3D%271")]
    [InlineData("q=%22unclosed%20phrase")]
    [InlineData("q=safety&page=999")]
    public async Task Query_syntax_and_sql_characters_and_pages_beyond_the_last_give_sensible_results(string query)
    {
        var (status, html) = await GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"result-count\"", html);
        var json = await ApiAsync(query);
        Assert.True(json.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task A_page_beyond_the_last_offers_the_first_page()
    {
        var (_, html) = await GetAsync("/search?q=safety&page=999");
        Assert.Contains("There are only 1 page of results.", html);
        var json = await ApiAsync("q=safety&page=999");
        Assert.Empty(json.GetProperty("results").EnumerateArray());
        Assert.Equal("/api/search?q=safety", json.GetProperty("links").GetProperty("prev").GetString());
    }

    [Fact]
    public async Task A_search_with_no_matches_gives_advice()
    {
        var (status, html) = await GetAsync("/search?q=xylophone");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("0 results", html);
        Assert.Contains("There are no matching results.", html);
        Assert.Contains("double-checking your spelling", html);
    }

    [Fact]
    public async Task A_misspelt_search_that_finds_nothing_offers_the_words_of_the_index_on_the_page_and_in_the_api()
    {
        var (status, html) = await GetAsync("/search?q=comunity+safety");
        var json = await ApiAsync("q=comunity+safety");
        var found = await ApiAsync("q=community+safety");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("There are no matching results.", html);
        Assert.Matches("Did you mean <a class=\"govuk-link\" href=\"/search\\?q=community(\\+|%20)safety\">community safety</a>\\?", html);
        Assert.Equal("community safety", json.GetProperty("didYouMean").GetString());
        Assert.Equal(JsonValueKind.Null, found.GetProperty("didYouMean").ValueKind);
        Assert.All(found.GetProperty("results").EnumerateArray(), r => Assert.True(r.GetProperty("similarCount").GetInt32() >= 0));
    }

    [Theory]
    [InlineData("q=safety&from=yesterday", "from", "'from' must be a date in the form 2017-09-19, not 'yesterday'.")]
    [InlineData("q=safety&to=2017-02-30", "to", "'to' must be a date in the form 2017-09-19, not '2017-02-30'.")]
    [InlineData("q=safety&from=2018-01-01&to=2017-01-01", "from", "The 'from' date must be the same as or before the 'to' date.")]
    [InlineData("q=safety&page=0", "page", "'page' must be a page number from 1, not '0'.")]
    [InlineData("q=safety&page=abc", "page", "'page' must be a page number from 1, not 'abc'.")]
    [InlineData("q=safety&sort=random", "sort", "Sort by 'relevance' or 'date', not 'random'.")]
    [InlineData("q=safety&type=spreadsheet", "type", "Choose a document type from the list, not 'spreadsheet'.")]
    [InlineData("q=safety&committee=Bad%20Slug!", "committee", "'Bad Slug!' is not a committee in this index.")]
    [InlineData("q=-safety", "q", "Enter a word to search for, not only words to leave out.")]
    [InlineData("q=%5C%00%25_%2A", "q", "Enter words to search for.")]
    public async Task Bad_input_is_a_400_naming_the_field_on_the_page_and_in_the_api(string query, string field, string message)
    {
        var (status, html) = await GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("There is a problem", html);
        Assert.Contains(message, WebUtility.HtmlDecode(html));

        var json = await ApiAsync(query, HttpStatusCode.BadRequest);
        Assert.Equal(message, json.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_refused_with_a_message_not_an_error()
    {
        var query = "q=" + string.Concat(Enumerable.Repeat("safety ", 1430));
        var (status, html) = await GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Search text must be 1,000 characters or fewer; it has 10,009.", html);
        var json = await ApiAsync(query, HttpStatusCode.BadRequest);
        Assert.StartsWith("Search text must be 1,000 characters or fewer", json.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_search_api()
    {
        var (status, body) = await GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = JsonDocument.Parse(body).RootElement.GetProperty("paths");
        var get = paths.GetProperty("/api/search").GetProperty("get");
        Assert.Equal("Search", get.GetProperty("operationId").GetString());
        Assert.Contains("200", get.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.Contains("400", get.GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }

    private static List<string> Ids(JsonElement results) =>
        [.. results.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];

    private static List<string> Urls(JsonElement results) =>
        [.. results.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!)];
}
