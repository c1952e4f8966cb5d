using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Pages.Admin.Staff;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Account;

/// <summary>Every sign-in attempt, the lockout it causes and each sign-out land in the audit log, over a real socket.</summary>
public sealed class SignInAuditTests(ProxiedSite site) : IClassFixture<ProxiedSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    private async Task<long> HeadAsync()
    {
        await using var db = Db();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, Cancel) ?? 0;
    }

    private async Task<List<AuditEntry>> SinceAsync(long sequence, string actor)
    {
        await using var db = Db();
        return await db.AuditEntries.Where(e => e.Sequence > sequence && e.Actor == actor).OrderBy(e => e.Sequence).ToListAsync(Cancel);
    }

    private async Task<Guid> NewAccountAsync(string userName, string password)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = userName, DisplayName = userName };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, StaffRoles.ReportAuthor);
        return user.Id;
    }

    [Fact]
    public async Task A_sign_in_and_a_sign_out_are_audited_under_the_account()
    {
        var id = await NewAccountAsync("audited-author", "audited-author-password");
        var head = await HeadAsync();
        using var client = new StaffClient(site.BaseAddress);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("audited-author", "audited-author-password")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/admin/sign-out", [], formPage: "/admin")).StatusCode);

        var entries = await SinceAsync(head, "audited-author");
        Assert.Equal([StaffSignIn.SignedIn, StaffSignIn.SignedOut], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((nameof(StaffUser), id), (e.EntityType, e.EntityId)));
        Assert.Contains("\"From\":\"127.0.0.1\"", entries[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_sign_in_is_audited_with_its_reason_and_never_the_password()
    {
        var id = await NewAccountAsync("mistyped-author", "mistyped-author-password");
        var head = await HeadAsync();

        await new StaffClient(site.BaseAddress).SignInAsync("mistyped-author", "a-wrong-password");
        await new StaffClient(site.BaseAddress).SignInAsync("no-such-account", "another-wrong-password");

        var wrong = Assert.Single(await SinceAsync(head, "mistyped-author"));
        Assert.Equal((StaffSignIn.SignInFailed, id), (wrong.Action, wrong.EntityId));
        Assert.Contains("\"Reason\":\"Wrong password\"", wrong.After, StringComparison.Ordinal);
        var unknown = Assert.Single(await SinceAsync(head, "no-such-account"));
        Assert.Equal((StaffSignIn.SignInFailed, (Guid?)null), (unknown.Action, unknown.EntityId));
        Assert.Contains("\"Reason\":\"No such account\"", unknown.After, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", wrong.After + unknown.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_failure_that_locks_an_account_is_audited_as_a_lockout_and_the_paused_name_is_refused_unchecked()
    {
        const string right = "lockable-author-password";
        var id = await NewAccountAsync("lockable-author", right);
        var head = await HeadAsync();

        // From several addresses: one address alone is paused before it reaches the lockout (SignInLimitsTests).
        for (var i = 0; i < StaffSide.MaxFailedSignIns; i++)
        {
            using var client = new StaffClient(site.BaseAddress, from: $"192.0.2.{200 + (i / 5)}");
            await client.SignInAsync("lockable-author", $"wrong-{i}");
        }
        using var owner = new StaffClient(site.BaseAddress, from: "198.51.100.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await owner.SignInAsync("lockable-author", right)).StatusCode);

        var entries = await SinceAsync(head, "lockable-author");
        Assert.Equal([.. Enumerable.Repeat(StaffSignIn.SignInFailed, StaffSide.MaxFailedSignIns), StaffSignIn.LockedOut], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(id, e.EntityId));
        Assert.Contains("\"From\":\"192.0.2.203\"", entries[^1].After, StringComparison.Ordinal);
        await using var db = Db();
        var verified = await AuditChain.VerifyAsync(db, Cancel);
        Assert.True(verified.Intact, verified.Break?.Problem);
    }
}
