using System.Collections.Concurrent;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Quorum.Web.Tests.Browser.ChromiumAtExit))]

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// One headless Debian Chromium (never Playwright's own download) for the whole test process. Each browser fixture
/// opens its pages through a <see cref="TestChromium"/> of its own, in contexts of their own (cookies and storage
/// apart), which it closes when it is done; the browser, its GPU and network processes and Playwright's driver start
/// once instead of once per fixture (ten fixtures started ten of each).
/// </summary>
public sealed class TestChromium : IAsyncDisposable
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Shared = new(LaunchAsync);

    private readonly ConcurrentBag<IBrowserContext> contexts = [];

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return (playwright, await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = Args, Headless = true }));
    }

    /// <summary>A page in a new context of its own on the shared browser.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        var (_, browser) = await Shared.Value;
        var context = await browser.NewContextAsync(options);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Closes the contexts this fixture opened (closing one twice is harmless); the browser stays for the others.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Closes the shared browser when the test process is done (see <see cref="ChromiumAtExit"/>).</summary>
    internal static async Task CloseSharedAsync()
    {
        if (Shared.IsValueCreated)
        {
            var (playwright, browser) = await Shared.Value;
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}

/// <summary>Disposed by xUnit after the last test of the assembly: closes the shared browser if one was started.</summary>
public sealed class ChromiumAtExit : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await TestChromium.CloseSharedAsync();
}
