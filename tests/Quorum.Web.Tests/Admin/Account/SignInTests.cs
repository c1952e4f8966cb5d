using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Demo;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Account;

/// <summary>
/// Signing in to the staff side over a real socket: redirects, hashed passwords and antiforgery (limits and lockout:
/// <see cref="Security.SignInLimitsTests"/>).
/// </summary>
public sealed class SignInTests(SiteHost site) : IClassFixture<SiteHost>
{
    [Fact]
    public async Task Staff_pages_send_an_anonymous_visitor_to_sign_in()
    {
        using var client = new StaffClient(site.BaseAddress);
        var response = await client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_demo_account_signs_in_with_its_password_and_sees_its_role_on_the_staff_home_page()
    {
        foreach (var account in DemoAccounts.All)
        {
            using var client = await StaffClient.SignedInAsync(site.BaseAddress, account.UserName);
            var home = await client.GetPageAsync("/admin");
            Assert.Contains($"Signed in as <strong>{account.UserName}</strong> ({StaffRoles.Describe(account.Role)})", home);
        }
    }

    [Fact]
    public async Task Passwords_are_stored_only_as_Identity_hashes()
    {
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        var hashes = await db.Users.Select(u => new { u.UserName, u.PasswordHash }).ToListAsync(TestContext.Current.CancellationToken);
        foreach (var account in DemoAccounts.All)
        {
            var hash = hashes.Single(h => h.UserName == account.UserName).PasswordHash!;
            Assert.DoesNotContain(account.Password, hash, StringComparison.Ordinal);
            // Identity v3 format: PBKDF2 with a per-user salt, base64 starting with the 0x01 format marker.
            Assert.StartsWith("AQAAAA", hash, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signing_in_without_the_antiforgery_token_is_refused()
    {
        using var client = new StaffClient(site.BaseAddress);
        var response = await client.PostRawAsync("/admin/sign-in", new() { ["UserName"] = "clerk", ["Password"] = DemoAccounts.All[1].Password });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_sign_in()
    {
        using var client = new StaffClient(site.BaseAddress);
        var response = await client.SignInAsync("author", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The user name or password is not right.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var response = await client.PostFormAsync("/admin/sign-out", [], formPage: "/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }
}
