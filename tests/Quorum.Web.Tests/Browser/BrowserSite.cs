using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Demo;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// The demo council's site plus pages on the test process's Chromium (<see cref="TestChromium"/>), shared by a test class
/// that changes the site, or by the classes of the <see cref="ReadOnlyBrowserSite"/> collection, which only read it.
/// </summary>
public sealed class BrowserSite : DemoSite
{
    private readonly TestChromium chromium = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> signedIn = new();

    // The demo with the packs of the meetings the pages show, printed once per test process: every browser site
    // starts from a copy of it instead of printing the same packs again (each print is seconds of Chromium).
    private static readonly Lazy<Task<string>> Printed = new(PrintOnceAsync);

    protected override Task<string> TemplateAsync() => Printed.Value;

    public override async ValueTask DisposeAsync()
    {
        await chromium.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>
    /// The demo's published packs are printed at start-up in the background, which test hosts turn off; the meetings
    /// the screenshots show get theirs here, on a demo host of their own, so the pages link to them as the demo site does.
    /// </summary>
    private static async Task<string> PrintOnceAsync()
    {
        var site = new DemoSite();
        await site.InitializeAsync();
        try
        {
            await PrintPacksAsync(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
        await FoldWriteAheadLogsAsync(site.DatabasePath);
        return site.DatabasePath;
    }

    private static async Task PrintPacksAsync(DemoSite site)
    {
        var settings = DatabaseSettings.ForSqliteFile(site.DatabasePath);
        var builder = site.Services.GetRequiredService<AgendaPackBuilder>();
        List<Guid> shown;
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var meetings = PageTypes.All.Select(row => row.Data.Item2).Where(path => path.StartsWith("/meetings/", StringComparison.Ordinal) && !path.Contains('{', StringComparison.Ordinal))
                .Select(path => path.Split('/')).Select(parts => (Date: NodaTime.Text.LocalDatePattern.Iso.Parse(parts[2]).Value, Committee: parts[3])).Distinct().ToList();
            var published = await db.Meetings.Include(m => m.Committee).Where(m => m.AgendaPublishedOn != null).ToListAsync();
            shown = [.. published.Where(m => meetings.Contains((m.Date, m.Committee!.Slug.ToString()))).Select(m => m.Id)];
        }
        foreach (var meeting in shown)
        {
            await using var db = QuorumDatabase.CreateContext(settings, site.Clock);
            await builder.PublishAsync(db, meeting);
        }
    }

    public async Task<IPage> NewPageAsync(int width, bool javaScript = true, string? storageState = null)
    {
        return await chromium.NewPageAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            StorageState = storageState,
        });
    }

    /// <summary>
    /// A new page already signed in as a demo account: the account signs in once through the sign-in page and later
    /// pages reuse its cookies, so fifty staff screenshots do not mean fifty password hashes on a busy machine.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(int width, string account)
    {
        var state = await signedIn.GetOrAdd(account, async name =>
        {
            var page = await NewPageAsync(1280);
            page.SetDefaultTimeout(90_000);
            try
            {
                // Once more if the first answer is not the staff home (a machine under load can time a request
                // out); a second refusal fails with what the page said.
                for (var attempt = 1; ; attempt++)
                {
                    await page.GotoAsync("/admin/sign-in");
                    await page.FillAsync("#username", name);
                    await page.FillAsync("#password", DemoAccounts.All.Single(a => a.UserName == name).Password);
                    // The form's own button: when an earlier attempt did sign in and only its answer was slow, the
                    // page also shows the staff bar's "Sign out" button, which comes first (a retry clicked it, was
                    // signed out and waited on the sign-in page until it failed).
                    await page.ClickAsync("main button[type=submit]");
                    try
                    {
                        // Signed in once the staff home starts to arrive with the cookie; its styles and scripts are not needed.
                        await page.WaitForURLAsync(url => !url.Contains("/admin/sign-in", StringComparison.Ordinal), new() { Timeout = 45_000, WaitUntil = WaitUntilState.Commit });
                        return await page.Context.StorageStateAsync();
                    }
                    catch (TimeoutException) when (attempt == 1)
                    {
                    }
                    catch (TimeoutException ex)
                    {
                        var said = await page.Locator("main").InnerTextAsync();
                        throw new InvalidOperationException($"Signing in as {name} in the browser stayed on {page.Url}: {said}", ex);
                    }
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        });
        return await NewPageAsync(width, storageState: state);
    }
}

/// <summary>
/// Test classes that only look at the demo site in the browser (pages, links, screenshots; signing in but never
/// posting a change) share one <see cref="BrowserSite"/>, so the site starts once.
/// Classes in the collection run one after another; a class that changes the site takes its own fixture.
/// </summary>
[CollectionDefinition(nameof(ReadOnlyBrowserSite))]
public sealed class ReadOnlyBrowserSite : ICollectionFixture<BrowserSite>;

/// <summary>
/// The staff page checks read the site too, but are the longest browser work in the run: they take two site-and-browser
/// pairs of their own, so they run beside the public checks and each other instead of after them.
/// </summary>
[CollectionDefinition(nameof(StaffMeetingPagesBrowserSite))]
public sealed class StaffMeetingPagesBrowserSite : ICollectionFixture<BrowserSite>;

/// <inheritdoc cref="StaffMeetingPagesBrowserSite"/>
[CollectionDefinition(nameof(StaffCouncilPagesBrowserSite))]
public sealed class StaffCouncilPagesBrowserSite : ICollectionFixture<BrowserSite>;
