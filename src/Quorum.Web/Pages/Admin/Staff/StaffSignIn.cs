using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Staff;

/// <summary>
/// Signing in and out with each attempt in the audit log: a sign-in, a failed one (with the reason, never the
/// password), the failure that locks an account, an attempt on a locked or disabled account, and a sign-out. The
/// person is not signed in yet when these are saved, so the entries are written here by name.
/// </summary>
public sealed class StaffSignIn(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IOptions<PasswordHasherOptions> hashing, QuorumDbContext db, IClock clock, IHttpContextAccessor http)
{
    public const string SignedIn = "Signed in";
    public const string SignInFailed = "Sign-in failed";
    public const string LockedOut = "Locked out";
    public const string SignedOut = "Signed out";

    // The audit log's Actor column holds at most this many characters; a typed user name can be anything.
    private const int ActorLength = 256;

    // Hashes of nothing anyone knows, checked when the name does not exist so that it costs what a real check costs:
    // one per hashing cost, made by the host's own hasher, so the two stay equal whatever rounds the host is set to.
    private static readonly ConcurrentDictionary<int, string> Decoys = new();

    public async Task<SignInResult> PasswordSignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var name = userName.Trim();
        var account = await users.FindByNameAsync(name);
        var wasLocked = account is not null && await users.IsLockedOutAsync(account);
        var result = await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true);
        if (account is null || wasLocked)
        {
            // Identity skips the hash for unknown and locked accounts; check a decoy so that they cost the same.
            var decoy = Decoys.GetOrAdd(hashing.Value.IterationCount, _ => users.PasswordHasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString()));
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), decoy, password);
        }
        var actor = account?.UserName ?? (name.Length > ActorLength ? name[..ActorLength] : name);
        if (result.Succeeded)
        {
            Add(actor, SignedIn, account?.Id, null);
        }
        else
        {
            var reason = account is null ? "No such account"
                : wasLocked && StaffIdentity.IsDisabled(account) ? "Account disabled"
                : wasLocked ? "Account locked"
                : result.IsNotAllowed ? "Not allowed"
                : "Wrong password";
            Add(actor, SignInFailed, account?.Id, reason);
            if (account is not null && !wasLocked && result.IsLockedOut)
            {
                Add(actor, LockedOut, account.Id, $"{StaffIdentity.MaxFailedSignIns} failed sign-ins; locked for {StaffIdentity.LockoutFor.TotalMinutes:0} minutes");
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    public async Task SignOutAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is { IsAuthenticated: true, Name: { } name })
        {
            var account = await users.GetUserAsync(principal);
            Add(name, SignedOut, account?.Id, null);
            await db.SaveChangesAsync(cancellationToken);
        }
        await signIn.SignOutAsync();
    }

    private void Add(string actor, string action, Guid? account, string? reason)
    {
        var details = new Dictionary<string, string?> { ["From"] = http.HttpContext?.Connection.RemoteIpAddress?.ToString() };
        if (reason is not null)
        {
            details["Reason"] = reason;
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            Actor = actor,
            Action = action,
            EntityType = nameof(StaffUser),
            EntityId = account,
            After = JsonSerializer.Serialize(details),
        });
    }
}
