using Microsoft.Playwright;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Puts axe-core into a page. The site's content security policy refuses inline script, as it should, so axe is
/// evaluated through the browser's debugging protocol (which the policy does not govern) instead of as a script tag:
/// the pages are checked with their real policy in force.
/// </summary>
public static class AxeScript
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe.min.js")));

    /// <summary>Puts axe into the page unless it is there already (a page checked at a second width keeps it).</summary>
    public static async Task InjectAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(Source.Value);
        }
    }

    /// <summary>Collects what the page's content security policy refused (inline script or style, another site's file).</summary>
    public static List<string> PolicyRefusals(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (refused)
                {
                    refused.Add(message.Text);
                }
            }
        };
        return refused;
    }
}
