using Microsoft.Playwright;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// What every page a browser test shows is held to, as its user sees it: nothing scrolls sideways at the width, axe-core
/// finds no WCAG 2.2 AA violation, and a screenshot is saved when wanted (<see cref="Screenshots"/>).
/// </summary>
public static class PageChecks
{
    // resultTypes: only violations are wanted, so axe skips collecting every passing node (much of its time).
    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;

    public static async Task AssertFitsAndAccessibleAsync(IPage page, string name, int width, string? described = null)
    {
        described ??= $"{page.Url} at {width} px";
        await Screenshots.SaveAsync(page, name, width);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{described} is {scrollWidth} px wide");
        await AxeScript.InjectAsync(page);
        var violations = await page.EvaluateAsync<string[]>(RunAxe);
        Assert.True(violations.Length == 0, $"{described}:\n" + string.Join("\n", violations));
    }
}
