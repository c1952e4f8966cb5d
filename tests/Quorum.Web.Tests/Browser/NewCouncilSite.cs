using Microsoft.Playwright;
using NodaTime;
using Quorum.Data;
using Quorum.Web.Tests.Hosting;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// A council's own install as its README starts it: the real <c>quorum init</c> and <c>quorum admin create</c> on an
/// empty SQLite file, then the site over it (on a real socket, its clock fixed at 1 June 2026, 9am, so a test can
/// move it to a meeting's evening) and pages on the test process's Chromium (<see cref="TestChromium"/>). Nothing else: no demo, no accounts but the administrator.
/// </summary>
public sealed class NewCouncilSite() : SiteHost(Instant.FromUtc(2026, 6, 1, 8, 0))
{
    public const string Council = "Fernbridge District Council";

    /// <summary>The first day of the municipal year <c>quorum init</c> is given: the annual meeting.</summary>
    public static readonly LocalDate YearStarts = new(2026, 5, 21);

    public const string Administrator = "jo.frost";

    public const string AdministratorPassword = "fernbridge-first-administrator";

    private readonly TestChromium chromium = new();

    /// <summary>What <c>quorum init</c> printed.</summary>
    public string InitOutput { get; private set; } = "";

    protected override async Task CreateDatabaseAsync(DatabaseSettings settings)
    {
        var init = await SiteProcess.RunCliAsync("", "init", "--council", Council, "--year-starts", YearStarts.ToString("uuuu-MM-dd", null), "--db", DatabasePath);
        Assert.True(init.ExitCode == 0, $"quorum init failed: {init.Output}");
        InitOutput = init.Output;
        var admin = await SiteProcess.RunCliAsync(
            AdministratorPassword + "\n", "admin", "create", "--user", Administrator, "--role", "Administrator",
            "--name", "Jo Frost, Head of Democratic Services", "--password-stdin", "--db", DatabasePath);
        Assert.True(admin.ExitCode == 0, $"quorum admin create failed: {admin.Output}");
    }

    public override async ValueTask DisposeAsync()
    {
        await chromium.DisposeAsync();
        await base.DisposeAsync();
    }

    public async Task<IPage> NewPageAsync(int width, string? storageState = null)
    {
        var page = await chromium.NewPageAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 900 }, StorageState = storageState });
        page.SetDefaultTimeout(90_000);
        return page;
    }

    /// <summary>A new page signed in through the sign-in page as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignInAsync(string userName, string password)
    {
        var page = await NewPageAsync(1280);
        await page.GotoAsync("/admin/sign-in");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/admin/sign-in", StringComparison.Ordinal));
        return page;
    }
}
