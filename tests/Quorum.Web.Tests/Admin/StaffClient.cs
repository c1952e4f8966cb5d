using System.Net;
using System.Text.RegularExpressions;
using Quorum.Demo;

namespace Quorum.Web.Tests.Admin;

/// <summary>
/// A browser-like HTTP client for the staff side: keeps cookies, does not follow redirects (tests look at them),
/// and posts forms with the antiforgery token read from the page, as a browser would.
/// </summary>
public sealed partial class StaffClient : IDisposable
{
    private readonly HttpClient http;

    /// <param name="baseAddress">The site.</param>
    /// <param name="from">
    /// The client address a reverse proxy would report (X-Forwarded-For), for a site that trusts one
    /// (<see cref="Site.ProxiedSite"/>); null for a direct connection.
    /// </param>
    /// <param name="overTls">Whether that proxy says the request came over HTTPS (X-Forwarded-Proto).</param>
    /// <param name="host">The host name asked for (one council of several, see <see cref="Site.TwoCouncilsSite"/>); null for the address itself.</param>
    public StaffClient(Uri baseAddress, string? from = null, bool overTls = false, string? host = null)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        if (from is not null)
        {
            http.DefaultRequestHeaders.Add("X-Forwarded-For", from);
        }
        if (overTls)
        {
            http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
        Host = host;
    }

    /// <summary>The host name every request asks for; null for the site's address.</summary>
    public string? Host
    {
        get => http.DefaultRequestHeaders.Host;
        set => http.DefaultRequestHeaders.Host = value;
    }

    public CookieContainer Cookies { get; }

    /// <summary>Signs in as one of the demo accounts (see <see cref="DemoAccounts"/>).</summary>
    public static async Task<StaffClient> SignedInAsync(Uri baseAddress, string userName, string? host = null)
    {
        var client = new StaffClient(baseAddress, host: host);
        var password = DemoAccounts.All.Single(a => a.UserName == userName).Password;
        var response = await client.SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"signing in as {userName} answered {(int)response.StatusCode}");
        return client;
    }

    public Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        PostFormAsync("/admin/sign-in", new() { ["UserName"] = userName, ["Password"] = password });

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path, TestContext.Current.CancellationToken);

    public async Task<string> GetPageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a form the way the page's own form would: the token comes from <paramref name="formPage"/> (default: the target).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await (await GetAsync(formPage ?? path)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"{formPage ?? path} has no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await PostRawAsync(path, form);
    }

    /// <summary>Posts exactly these fields: no antiforgery token unless the test adds one.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, Dictionary<string, string> fields) =>
        http.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> PostAsync(string path, HttpContent content) => http.PostAsync(path, content, TestContext.Current.CancellationToken);

    public static string TokenFrom(string page) => TokenField().Match(page).Groups[1].Value;

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
