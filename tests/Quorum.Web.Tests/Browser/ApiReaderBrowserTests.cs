using Microsoft.Playwright;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// The API reader at /scalar as a developer's browser sees it, at 1280 and 375 px: it draws the API from this site
/// alone (no fonts, scripts or calls to anywhere else), offers nothing to buy or sign up to, fits the width and passes axe.
/// </summary>
[Collection(nameof(ReadOnlyBrowserSite))]
public sealed class ApiReaderBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_api_reader_loads_nothing_from_elsewhere_offers_no_upsell_and_passes_the_page_checks()
    {
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await site.NewPageAsync(width);
            page.SetDefaultTimeout(90_000);
            var elsewhere = new List<string>();
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(site.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    lock (elsewhere)
                    {
                        elsewhere.Add(request.Url);
                    }
                }
            };
            try
            {
                await page.GotoAsync("/scalar");
                // The reader draws the document in the browser: slow on a busy machine.
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quorum open data" }).First).ToBeVisibleAsync(new() { Timeout = 90_000 });
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
                var text = await page.InnerTextAsync("body");
                foreach (var upsell in new[] { "Open API Client", "Ask AI", "Powered by Scalar", "Share", "Deploy", "Sign up" })
                {
                    Assert.DoesNotContain(upsell, text, StringComparison.OrdinalIgnoreCase);
                }
                await PageChecks.AssertFitsAndAccessibleAsync(page, "api-reader", width, $"/scalar at {width} px");
                Assert.True(elsewhere.Count == 0, $"/scalar at {width} px asked other sites for:\n" + string.Join("\n", elsewhere));
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }
}
