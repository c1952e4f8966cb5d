using Microsoft.Playwright;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>The demo council's site plus one headless Debian Chromium (never Playwright's own download) shared by a test class.</summary>
public sealed class BrowserSite : DemoSite
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ChromiumArgs, Headless = true });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    public async Task<IPage> NewPageAsync(int width, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }
}
