using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Accounts;

/// <summary>Account management at /admin/accounts and the first administrator from `quorum admin create`, signed in over the socket.</summary>
public sealed partial class AccountsTests(ProxiedSite site) : IClassFixture<ProxiedSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task An_administrator_adds_a_councillors_account_linked_to_the_councillor_and_it_signs_in_with_the_password_shown_once()
    {
        Guid person;
        await using (var db = Db())
        {
            person = await db.People.Where(p => p.IsCouncillor).Select(p => p.Id).FirstAsync(Cancel);
        }
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");

        var added = await admin.PostFormAsync("/admin/accounts/new", new() { ["UserName"] = "cllr-new", ["DisplayName"] = "Councillor New", ["Role"] = StaffRoles.Councillor, ["PersonId"] = person.ToString() });
        var page = await added.Content.ReadAsStringAsync(Cancel);
        var password = NewPassword().Match(page).Groups[1].Value;
        using var councillor = new StaffClient(site.BaseAddress);
        var signIn = await councillor.SignInAsync("cllr-new", password);

        Assert.Contains("Account added", page);
        Assert.Equal(20, password.Length);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("(Councillor)", await councillor.GetPageAsync("/admin"));
        Assert.DoesNotContain(password, await admin.GetPageAsync("/admin/accounts"), StringComparison.Ordinal);
        await using var check = Db();
        var user = await check.Users.SingleAsync(u => u.UserName == "cllr-new", Cancel);
        Assert.Equal(person, user.PersonId);
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "admin" && a.EntityType == nameof(StaffUser) && a.EntityId == user.Id && a.Action == "Added", Cancel));
    }

    [Fact]
    public async Task A_councillors_account_without_the_councillor_is_refused_with_an_error_naming_the_field()
    {
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");

        var response = await admin.PostFormAsync("/admin/accounts/new", new() { ["UserName"] = "cllr-nobody", ["DisplayName"] = "Councillor Nobody", ["Role"] = StaffRoles.Councillor });
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page);
        Assert.Contains("<a href=\"#person\">Choose the councillor this account belongs to</a>", page);
        await using var db = Db();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "cllr-nobody", Cancel));
    }

    [Fact]
    public async Task A_Democratic_Services_officer_cannot_open_or_post_to_account_management()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var form = await new StaffClient(site.BaseAddress).GetAsync("/admin/sign-in");
        var token = StaffClient.TokenFrom(await form.Content.ReadAsStringAsync(Cancel));

        using var list = await clerk.GetAsync("/admin/accounts");
        using var post = await clerk.PostRawAsync("/admin/accounts/new", new() { ["UserName"] = "sneaky", ["DisplayName"] = "Sneaky", ["Role"] = StaffRoles.Administrator, ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("/admin/access-denied", list.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.DoesNotContain("Accounts", await clerk.GetPageAsync("/admin"), StringComparison.Ordinal);
        await using var db = Db();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "sneaky", Cancel));
    }

    [Fact]
    public async Task Resetting_an_accounts_password_or_disabling_it_ends_its_sessions_at_once()
    {
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");
        var added = await admin.PostFormAsync("/admin/accounts/new", new() { ["UserName"] = "officer-session", ["DisplayName"] = "Sam Reid, Report Author", ["Role"] = StaffRoles.ReportAuthor });
        var password = NewPassword().Match(await added.Content.ReadAsStringAsync(Cancel)).Groups[1].Value;
        Guid id;
        await using (var db = Db())
        {
            id = await db.Users.Where(u => u.UserName == "officer-session").Select(u => u.Id).SingleAsync(Cancel);
        }
        var account = $"/admin/accounts/{id}";
        using var before = new StaffClient(site.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await before.SignInAsync("officer-session", password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/admin/reports")).StatusCode);

        var reset = await admin.PostFormAsync(account + "?handler=ResetPassword", [], formPage: account);
        var newPassword = NewPassword().Match(await reset.Content.ReadAsStringAsync(Cancel)).Groups[1].Value;
        var afterReset = await before.GetAsync("/admin/reports");
        Assert.Equal(HttpStatusCode.Redirect, afterReset.StatusCode);
        Assert.StartsWith("/admin/sign-in", afterReset.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var again = new StaffClient(site.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("officer-session", newPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin/reports")).StatusCode);
        await admin.PostFormAsync(account + "?handler=Disable", [], formPage: account);
        var afterDisable = await again.GetAsync("/admin/reports");
        Assert.Equal(HttpStatusCode.Redirect, afterDisable.StatusCode);
        Assert.StartsWith("/admin/sign-in", afterDisable.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_unlocks_a_locked_out_account_resets_its_password_and_disables_it_and_each_change_is_audited()
    {
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");
        var added = await admin.PostFormAsync("/admin/accounts/new", new() { ["UserName"] = "officer-lock", ["DisplayName"] = "Pat Lee, Report Author", ["Role"] = StaffRoles.ReportAuthor });
        var password = NewPassword().Match(await added.Content.ReadAsStringAsync(Cancel)).Groups[1].Value;
        Guid id;
        await using (var db = Db())
        {
            id = await db.Users.Where(u => u.UserName == "officer-lock").Select(u => u.Id).SingleAsync(Cancel);
        }
        var account = $"/admin/accounts/{id}";
        // From several addresses: one address alone is paused before it could lock anyone (SignInLimitsTests).
        for (var i = 0; i < StaffIdentity.MaxFailedSignIns; i++)
        {
            using var guesser = new StaffClient(site.BaseAddress, from: $"192.0.2.{100 + (i / 5)}");
            await guesser.SignInAsync("officer-lock", "not the password at all");
        }
        using var officer = new StaffClient(site.BaseAddress);
        Assert.NotEqual(HttpStatusCode.Redirect, (await officer.SignInAsync("officer-lock", password)).StatusCode);
        Assert.Contains("Locked after", await admin.GetPageAsync(account));

        await admin.PostFormAsync(account + "?handler=Unlock", [], formPage: account);
        Assert.Equal(HttpStatusCode.Redirect, (await new StaffClient(site.BaseAddress).SignInAsync("officer-lock", password)).StatusCode);

        var reset = await admin.PostFormAsync(account + "?handler=ResetPassword", [], formPage: account);
        var newPassword = NewPassword().Match(await reset.Content.ReadAsStringAsync(Cancel)).Groups[1].Value;
        Assert.NotEqual(HttpStatusCode.Redirect, (await new StaffClient(site.BaseAddress).SignInAsync("officer-lock", password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new StaffClient(site.BaseAddress).SignInAsync("officer-lock", newPassword)).StatusCode);

        await admin.PostFormAsync(account + "?handler=Disable", [], formPage: account);
        Assert.NotEqual(HttpStatusCode.Redirect, (await new StaffClient(site.BaseAddress).SignInAsync("officer-lock", newPassword)).StatusCode);
        Assert.Contains("Disabled", await admin.GetPageAsync("/admin/accounts"));

        await using var check = Db();
        var audit = await check.AuditEntries.Where(a => a.EntityId == id && a.Actor == "admin").ToListAsync(Cancel);
        Assert.Contains(audit, a => a.Action == "Created account" && a.After!.Contains("\"Role\":\"ReportAuthor\"", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "Unlocked account");
        Assert.Contains(audit, a => a.Action == "Reset password");
        Assert.Contains(audit, a => a.Action == "Disabled account");
        Assert.Contains(audit, a => a.Action == "Modified" && a.Before!.Contains("LockoutEnd", StringComparison.Ordinal) && a.After!.Contains("\"LockoutEnd\":null", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "Modified" && a.After!.Contains("9999", StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(newPassword, (a.Before ?? "") + a.After, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_administrator_changes_an_accounts_role_which_applies_at_its_next_sign_in_and_is_audited()
    {
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");
        var added = await admin.PostFormAsync("/admin/accounts/new", new() { ["UserName"] = "officer-promoted", ["DisplayName"] = "Sam Reed, Report Author", ["Role"] = StaffRoles.ReportAuthor });
        var password = NewPassword().Match(await added.Content.ReadAsStringAsync(Cancel)).Groups[1].Value;
        Guid id;
        await using (var db = Db())
        {
            id = await db.Users.Where(u => u.UserName == "officer-promoted").Select(u => u.Id).SingleAsync(Cancel);
        }
        var account = $"/admin/accounts/{id}";

        var changed = await admin.PostFormAsync(account + "?handler=ChangeRole", new() { ["role"] = StaffRoles.Clerk }, formPage: account);
        var toCouncillor = await admin.PostFormAsync(account + "?handler=ChangeRole", new() { ["role"] = StaffRoles.Councillor }, formPage: account);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("This account belongs to no councillor", await toCouncillor.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var again = new StaffClient(site.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("officer-promoted", password)).StatusCode);
        Assert.Contains("(Democratic Services officer)", await again.GetPageAsync("/admin"), StringComparison.Ordinal);
        await using var check = Db();
        var entry = await check.AuditEntries.SingleAsync(a => a.EntityId == id && a.Action == "Changed role", Cancel);
        Assert.Equal("admin", entry.Actor);
        Assert.Equal(("{\"Role\":\"ReportAuthor\"}", "{\"Role\":\"Clerk\"}"), (entry.Before, entry.After));
    }

    [Fact]
    public async Task An_administrator_cannot_change_their_own_role()
    {
        using var admin = await StaffClient.SignedInAsync(site.BaseAddress, "admin");
        Guid id;
        await using (var db = Db())
        {
            id = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync(Cancel);
        }

        var response = await admin.PostFormAsync($"/admin/accounts/{id}?handler=ChangeRole", new() { ["role"] = StaffRoles.Clerk }, formPage: "/admin/accounts");

        Assert.Contains("You cannot change your own role", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains("Accounts", await admin.GetPageAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_administrator_created_by_the_command_line_signs_in_to_the_site_and_manages_accounts()
    {
        var created = await QuorumAsync(null, "admin", "create", "--user", "first-admin", "--role", "Administrator", "--name", "Rowan Hale, Head of ICT", "--db", site.DatabasePath);
        var password = Regex.Match(created.Stdout, "Password \\(shown only this once\\): (\\S+)").Groups[1].Value;
        var fromStdin = await QuorumAsync("a-long-chosen-passphrase\n", "admin", "create", "--user", "second-admin", "--password-stdin", "--db", site.DatabasePath);
        var again = await QuorumAsync(null, "admin", "create", "--user", "first-admin", "--db", site.DatabasePath);

        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Equal(20, password.Length);
        using var admin = new StaffClient(site.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("first-admin", password)).StatusCode);
        Assert.Contains("first-admin", await admin.GetPageAsync("/admin/accounts"));
        Assert.True(fromStdin.ExitCode == 0, fromStdin.Stderr);
        Assert.DoesNotContain("a-long-chosen-passphrase", fromStdin.Stdout, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await new StaffClient(site.BaseAddress).SignInAsync("second-admin", "a-long-chosen-passphrase")).StatusCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("error: --user: There is already an account called 'first-admin'.", again.Stderr.Trim());
        await using var db = Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => EF.Functions.Like(a.Actor, "quorum admin create%") && a.EntityType == nameof(StaffUser) && a.Action == "Added", Cancel));
        // The command hashes at the product's cost (Identity v3: rounds in bytes 5-8), not the test hosts' lower one
        // (SiteHost.PasswordRounds), and the site verifies either, since a hash carries its own rounds.
        var hash = Convert.FromBase64String(await db.Users.Where(u => u.UserName == "first-admin").Select(u => u.PasswordHash!).SingleAsync(Cancel));
        Assert.Equal(100_000, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4)));
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> QuorumAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quorum.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await stdout, await stderr);
    }

    [GeneratedRegex("<code id=\"new-password\">([^<]+)</code>")]
    private static partial Regex NewPassword();
}
