using Microsoft.Playwright;

namespace Quorum.Publishing.Packs;

/// <summary>
/// Prints HTML to A4 PDF with the system Chromium through Playwright. The browser is started once and kept
/// warm (starting it costs more than printing a report); a small pool of tabs lets reports print side by side.
/// Never downloads a browser: the launch is always given the executable path.
/// </summary>
public sealed class ChromiumPrinter : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly SemaphoreSlim tabs;
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> idle = [];
    private readonly IBrowserContext context;

    private ChromiumPrinter(IPlaywright playwright, IBrowser browser, IBrowserContext context, int parallelism)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        tabs = new SemaphoreSlim(parallelism, parallelism);
    }

    public static async Task<ChromiumPrinter> StartAsync(string executablePath = DefaultExecutable, int parallelism = 2)
    {
        if (!File.Exists(executablePath))
        {
            throw new FileNotFoundException($"Chromium was not found at {executablePath}; install the 'chromium' package (test.sh does).", executablePath);
        }
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = Arguments,
            }).ConfigureAwait(false);
            var context = await browser.NewContextAsync().ConfigureAwait(false);
            return new ChromiumPrinter(playwright, browser, context, Math.Max(1, parallelism));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Prints one HTML document as a tagged PDF; the page size and margins come from its CSS <c>@page</c> rule, the
    /// PDF's title and language from its <c>title</c> and <c>lang</c>.
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        await tabs.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Tabs are kept open between prints: opening one costs more than printing a short report.
            if (!idle.TryTake(out var page))
            {
                page = await context.NewPageAsync().ConfigureAwait(false);
            }
            try
            {
                // The HTML is self-contained (inline CSS, system fonts), so nothing is fetched.
                await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                // Tagged: the structure tree (headings, paragraphs, tables, language) that screen readers and the
                // accessibility regulations need; Outline: bookmarks from the headings, which the pack assembler
                // reads to find where each agenda item is listed on the front sheet.
                var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Format = "A4", Tagged = true, Outline = true }).ConfigureAwait(false);
                idle.Add(page);
                return pdf;
            }
            catch
            {
                // A tab that failed may be in any state; the next print opens a fresh one.
                await page.CloseAsync().ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            tabs.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync().ConfigureAwait(false);
        playwright.Dispose();
        tabs.Dispose();
    }
}
