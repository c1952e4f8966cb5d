using System.Net;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>Unknown addresses get the GOV.UK-style 404 page; malformed query strings a 400 naming the problem; never a 500.</summary>
public sealed class BadInputTests(SiteHost site) : IClassFixture<SiteHost>
{
    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/committees/no-such-committee")]
    [InlineData("/committees/Not_A_Slug")]
    [InlineData("/meetings/2017-09-20/overview-and-scrutiny")]
    [InlineData("/meetings/2017-02-30/overview-and-scrutiny")]
    [InlineData("/meetings/19-09-2017/overview-and-scrutiny")]
    [InlineData("/meetings/2017-09-19/no-such-committee")]
    [InlineData("/meetings/2017-09-19/overview-and-scrutiny/items/99")]
    [InlineData("/meetings/2017-09-19/overview-and-scrutiny/items/abc")]
    [InlineData("/meetings/2017-09-20/overview-and-scrutiny/agenda.pdf")]
    [InlineData("/people/nobody-at-all")]
    [InlineData("/no/such/page")]
    [InlineData("/errors/500")]
    public async Task Unknown_addresses_get_the_page_not_found_page(string path)
    {
        var (status, html) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", html);
        Assert.Contains("<title>Page not found – Committees and meetings – London Borough of Harrow</title>", html);
    }

    [Theory]
    [InlineData("/meetings", "/calendar")]
    [InlineData("/meetings?committee=overview-and-scrutiny", "/calendar?committee=overview-and-scrutiny")]
    public async Task The_meetings_address_a_resident_types_goes_to_the_calendar(string typed, string shown)
    {
        using var response = await site.Client.GetAsync(typed, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(shown, response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("Meetings in", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/calendar?month=2017-13", "'month' must be a month in the form 2017-09, not '2017-13'.")]
    [InlineData("/calendar?month=september", "'month' must be a month in the form 2017-09, not 'september'.")]
    [InlineData("/calendar?view=grid", "'view' must be 'month' or 'list', not 'grid'.")]
    [InlineData("/calendar?view=list&year=20x7", "'year' must be a year such as 2017, not '20x7'.")]
    [InlineData("/calendar?committee=Bad%20Slug!", "'committee' must be the name part of an address such as 'overview-and-scrutiny', not 'Bad Slug!'.")]
    [InlineData("/calendar?committee=no-such-committee", "There is no committee 'no-such-committee'. Choose one from the list.")]
    [InlineData("/decisions?from=yesterday", "'from' must be a date in the form 2017-09-19, not 'yesterday'.")]
    [InlineData("/decisions?to=2017-02-30", "'to' must be a date in the form 2017-09-19, not '2017-02-30'.")]
    [InlineData("/decisions?from=2018-01-01&to=2017-01-01", "The 'from' date (2018-01-01) is after the 'to' date (2017-01-01).")]
    [InlineData("/decisions?page=0", "'page' must be a page number from 1, not '0'.")]
    [InlineData("/decisions?page=-1", "'page' must be a page number from 1, not '-1'.")]
    [InlineData("/decisions?page=99999999999999999999", "'page' must be a page number from 1, not '99999999999999999999'.")]
    public async Task Malformed_query_strings_get_a_400_naming_the_problem(string path, string message)
    {
        var (status, html) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("There is a problem with the address", html);
        Assert.Contains(message, WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task An_address_with_undecodable_bytes_is_refused_as_a_bad_request_not_a_server_error()
    {
        var (status, _) = await GetAsync("/people/%00%ff");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_page_beyond_the_last_is_empty_rather_than_an_error()
    {
        var (status, html) = await GetAsync("/decisions?page=500");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("3 decisions", html);
    }
}
