using System.Net;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>The footer's contact, accessibility and privacy pages, filled in with the council's own details.</summary>
public sealed class AboutPagesTests(SiteHost site) : IClassFixture<SiteHost>
{
    [Theory]
    [InlineData("/contact", "Contact Democratic Services")]
    [InlineData("/accessibility", "Accessibility statement for London Borough of Harrow's committee pages")]
    [InlineData("/privacy", "London Borough of Harrow is the data controller")]
    public async Task Each_page_names_the_council_and_how_to_reach_Democratic_Services(string path, string words)
    {
        var html = WebUtility.HtmlDecode(await site.Client.GetStringAsync(path, TestContext.Current.CancellationToken));
        Assert.Contains(words, html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:democratic.services@harrow.gov.uk\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_public_page_links_to_them_from_its_footer()
    {
        var home = await site.Client.GetStringAsync("/committees", TestContext.Current.CancellationToken);
        foreach (var path in new[] { "/contact", "/accessibility", "/privacy" })
        {
            Assert.Contains($"class=\"govuk-footer__link\" href=\"{path}\"", home, StringComparison.Ordinal);
            using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
