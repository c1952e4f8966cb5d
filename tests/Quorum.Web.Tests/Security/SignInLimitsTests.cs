using System.Diagnostics;
using System.Net;
using Quorum.Data.Staff;
using Quorum.Demo;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Security;

/// <summary>
/// Sign-in under attack, through a proxy that reports many client addresses: one address is paused after ten
/// failures whatever names it tries, a name after twenty from anywhere; a real name and an unknown one are answered
/// alike and in the same time, so the page tells an attacker nothing; and one address can no longer lock somebody
/// else's account.
/// </summary>
public sealed class SignInLimitsTests(ProxiedSite site) : IClassFixture<ProxiedSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string NotRight = "The user name or password is not right.";

    private const string Paused = "Too many sign-in attempts.";

    private static readonly string ClerkPassword = DemoAccounts.All.Single(a => a.UserName == "clerk").Password;

    [Fact]
    public async Task Thirty_wrong_sign_ins_for_a_real_and_an_unknown_name_from_one_address_are_refused_alike_in_equal_time_with_429_after_the_limit()
    {
        using var attacker = new StaffClient(site.BaseAddress, from: "203.0.113.7");
        var real = new List<(HttpStatusCode Status, string Message, TimeSpan Took)>();
        var unknown = new List<(HttpStatusCode Status, string Message, TimeSpan Took)>();
        for (var i = 0; i < 30; i++)
        {
            var name = i % 2 == 0 ? "clerk" : "no-such-officer";
            var started = Stopwatch.GetTimestamp();
            var response = await attacker.SignInAsync(name, $"guess-{i}");
            var took = Stopwatch.GetElapsedTime(started);
            var page = await response.Content.ReadAsStringAsync(Ct);
            var message = page.Contains(Paused, StringComparison.Ordinal) ? Paused : page.Contains(NotRight, StringComparison.Ordinal) ? NotRight : "other";
            (i % 2 == 0 ? real : unknown).Add((response.StatusCode, message, took));
        }

        // Ten failures from the address (five for each name), then 429 for both, with the same words.
        Assert.All(real.Take(5).Concat(unknown.Take(5)), r => Assert.Equal((HttpStatusCode.OK, NotRight), (r.Status, r.Message)));
        Assert.All(real.Skip(5).Concat(unknown.Skip(5)), r => Assert.Equal((HttpStatusCode.TooManyRequests, Paused), (r.Status, r.Message)));
        Assert.Equal(real.Select(r => (r.Status, r.Message)), unknown.Select(r => (r.Status, r.Message)));

        // The same time: every refusal takes the configured minimum; the hash of a real account costs no more than the decoy.
        // Compared by the quickest of each (what an attacker timing many tries would also use): load on the machine only
        // ever adds time, so the quickest shows the work each refusal really costs. A second address's ten tries before
        // its own pause double the samples, so that one busy moment on a shared test machine cannot decide it (the name
        // stays under its own limit of twenty).
        using var second = new StaffClient(site.BaseAddress, from: "203.0.113.8");
        var moreReal = new List<TimeSpan>();
        var moreUnknown = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await second.SignInAsync(i % 2 == 0 ? "clerk" : "no-such-officer", $"guess-again-{i}");
            (i % 2 == 0 ? moreReal : moreUnknown).Add(Stopwatch.GetElapsedTime(started));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var realTime = real.Take(5).Select(r => r.Took).Concat(moreReal).Min();
        var unknownTime = unknown.Take(5).Select(r => r.Took).Concat(moreUnknown).Min();
        Assert.True(Math.Abs((realTime - unknownTime).TotalMilliseconds) < 150, $"real {realTime.TotalMilliseconds:0} ms, unknown {unknownTime.TotalMilliseconds:0} ms");
        Assert.All(real.Select(r => r.Took).Concat(unknown.Select(r => r.Took)).Concat(moreReal).Concat(moreUnknown), took => Assert.True(took >= TimeSpan.FromMilliseconds(290), $"a refusal took {took.TotalMilliseconds:0} ms"));

        // The account itself is not locked: its owner, elsewhere, signs in.
        using var owner = new StaffClient(site.BaseAddress, from: "198.51.100.20");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync("clerk", ClerkPassword)).StatusCode);
    }

    [Fact]
    public async Task Twenty_failures_for_one_name_from_many_addresses_pause_that_name_and_lock_the_account_until_an_administrator_unlocks_it()
    {
        for (var i = 0; i < StaffIdentity.MaxFailedSignIns; i++)
        {
            using var guesser = new StaffClient(site.BaseAddress, from: $"192.0.2.{1 + (i / 5)}");
            var response = await guesser.SignInAsync("author", $"wrong-{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using var owner = new StaffClient(site.BaseAddress, from: "198.51.100.30");
        var refused = await owner.SignInAsync("author", DemoAccounts.All.Single(a => a.UserName == "author").Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(Paused, await refused.Content.ReadAsStringAsync(Ct));
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_the_staff_cookie_is_secure_and_HSTS_is_sent()
    {
        // Cookies marked Secure are not sent back over this test's plain socket, so the form's cookie is carried by hand.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress };
        async Task<HttpResponseMessage> SignInAsync(bool overTls)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/admin/sign-in");
            Forwarded(get, overTls);
            using var form = await http.SendAsync(get, Ct);
            var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
            var token = StaffClient.TokenFrom(await form.Content.ReadAsStringAsync(Ct));
            var post = new HttpRequestMessage(HttpMethod.Post, "/admin/sign-in")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "clerk", ["Password"] = ClerkPassword, ["__RequestVerificationToken"] = token }),
            };
            post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
            Forwarded(post, overTls);
            Assert.Equal(overTls, antiforgery.Contains("secure", StringComparison.OrdinalIgnoreCase));
            return await http.SendAsync(post, Ct);
        }

        using var overTls = await SignInAsync(overTls: true);
        Assert.Equal(HttpStatusCode.Redirect, overTls.StatusCode);
        var cookie = overTls.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Quorum.Staff=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(overTls.Headers.Contains("Strict-Transport-Security"));

        using var direct = await SignInAsync(overTls: false);
        Assert.Equal(HttpStatusCode.Redirect, direct.StatusCode);
        Assert.DoesNotContain("secure", direct.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Quorum.Staff=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
    }

    private static void Forwarded(HttpRequestMessage request, bool overTls)
    {
        request.Headers.Add("X-Forwarded-For", "198.51.100.40");
        // The council's own name, as the proxy passes it on (HSTS is never sent for localhost).
        request.Headers.Host = "democracy.wendlow.example";
        if (overTls)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }
    }
}

/// <summary>The Harrow site with the production limits on search and the API, low enough to reach in a test.</summary>
public sealed class LimitedSite : SiteHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ForwardedHeaders:Enabled"] = "true",
        ["RateLimits:SearchPerMinute"] = "5",
        ["RateLimits:ApiPerMinute"] = "8",
    };
}

/// <summary>Search and the open-data API are limited per address: 429 with Retry-After and a page that says what to do.</summary>
public sealed class RequestLimitsTests(LimitedSite site) : IClassFixture<LimitedSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage From(string address, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }

    [Fact]
    public async Task Search_past_the_limit_from_one_address_is_answered_429_while_another_address_still_searches()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await site.Client.SendAsync(From("203.0.113.50", i % 2 == 0 ? "/search?q=safety" : "/api/search?q=safety"), Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                if (i % 2 == 0)
                {
                    Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync(Ct));
                }
            }
        }
        using var elsewhere = await site.Client.SendAsync(From("198.51.100.60", "/search?q=safety"), Ct);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_open_data_API_past_its_limit_is_answered_429_and_pages_are_not_limited()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            using var response = await site.Client.SendAsync(From("203.0.113.51", "/oparl/v1.1/system"), Ct);
            statuses.Add(response.StatusCode);
        }
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await site.Client.SendAsync(From("203.0.113.51", "/committees"), Ct);
            pages.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 8), HttpStatusCode.TooManyRequests], statuses);
        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p));
    }
}
