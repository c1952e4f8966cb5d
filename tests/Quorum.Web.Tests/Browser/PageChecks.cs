using Microsoft.Playwright;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// What every page a browser test shows is held to, as its user sees it: nothing scrolls sideways at the width, axe-core
/// finds no WCAG 2.2 AA violation, and a screenshot is saved when wanted (<see cref="Screenshots"/>).
/// </summary>
public static class PageChecks
{
    /// <summary>Desktop first, then phone.</summary>
    public static readonly int[] Widths = [1280, 375];

    /// <summary>
    /// Sets the window to <paramref name="width"/> and waits two frames, so the layout and GOV.UK Frontend's
    /// media-query listeners (menus, tabs) have caught up, as they do when a visitor turns a phone or narrows a window.
    /// A page is loaded once and checked at both widths rather than loaded again per width.
    /// </summary>
    public static async Task ShowAtAsync(IPage page, int width)
    {
        await page.SetViewportSizeAsync(width, 900);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    // resultTypes: only violations are wanted, so axe skips collecting every passing node (much of its time).
    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;

    // Names the innermost elements that reach past the window, so a failure says where to look.
    private const string Wide = """
        () => {
            const w = document.documentElement.clientWidth;
            const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w + 0.5);
            return wide.filter(e => !wide.some(c => c !== e && e.contains(c)))
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} reaching ${Math.round(e.getBoundingClientRect().right)} px ("${(e.textContent || '').trim().slice(0, 40)}")`);
        }
        """;

    public static async Task AssertFitsAndAccessibleAsync(IPage page, string name, int width, string? described = null)
    {
        described ??= $"{page.Url} at {width} px";
        await Screenshots.SaveAsync(page, name, width);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width)
        {
            var wide = await page.EvaluateAsync<string[]>(Wide);
            Assert.Fail($"{described} is {scrollWidth} px wide:\n" + string.Join("\n", wide));
        }
        await AxeScript.InjectAsync(page);
        var violations = await page.EvaluateAsync<string[]>(RunAxe);
        Assert.True(violations.Length == 0, $"{described}:\n" + string.Join("\n", violations));
    }
}
