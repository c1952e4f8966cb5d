using System.Collections.Concurrent;

namespace Quorum.Web.Security;

/// <summary>
/// Counts failed staff sign-ins per client address (<c>SignIn:FailuresPerAddress</c>, 10 by default; 0 for no
/// limit) and per account name (<see cref="Data.Staff.StaffIdentity.MaxFailedSignIns"/>) over
/// <c>SignIn:WindowMinutes</c> (15). Past either limit the sign-in answers 429 without checking the password. The
/// per-address limit is below the account lockout, so one address can no longer lock somebody else's account;
/// names that do not exist are counted exactly like real ones, so the answers never tell them apart. An
/// administrator who unlocks an account forgives its name too.
/// </summary>
public sealed class SignInThrottle(int failuresPerAddress, int failuresPerName, TimeSpan window, TimeSpan minimumFailureAnswer, TimeProvider? time = null)
{
    // Past this many names and addresses, the ones with nothing left in the window are dropped first.
    private const int MaxTracked = 100_000;

    private readonly TimeProvider time = time ?? TimeProvider.System;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    public static SignInThrottle From(IConfiguration configuration) => new(
        configuration.GetValue("SignIn:FailuresPerAddress", 10),
        Data.Staff.StaffIdentity.MaxFailedSignIns,
        TimeSpan.FromMinutes(configuration.GetValue("SignIn:WindowMinutes", 15.0)),
        TimeSpan.FromMilliseconds(configuration.GetValue("SignIn:MinimumFailureMilliseconds", 600)));

    /// <summary>How long a refused address or name waits at most.</summary>
    public TimeSpan Window { get; } = window;

    /// <summary>Every refused sign-in takes at least this long, so its time says nothing about the account.</summary>
    public TimeSpan MinimumFailureAnswer { get; } = minimumFailureAnswer;

    public bool IsPaused(string address, string userName) =>
        (failuresPerAddress > 0 && Count(AddressKey(address)) >= failuresPerAddress) || Count(NameKey(userName)) >= failuresPerName;

    public void Failed(string address, string userName)
    {
        if (failures.Count >= MaxTracked)
        {
            DropExpired();
        }
        var now = time.GetUtcNow();
        foreach (var key in new[] { AddressKey(address), NameKey(userName) })
        {
            var log = failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (log)
            {
                log.Enqueue(now);
                Expire(log, now);
            }
        }
    }

    /// <summary>An administrator unlocked the account: its name may try again at once.</summary>
    public void Forgive(string userName) => failures.TryRemove(NameKey(userName), out _);

    private int Count(string key)
    {
        if (!failures.TryGetValue(key, out var log))
        {
            return 0;
        }
        lock (log)
        {
            Expire(log, time.GetUtcNow());
            return log.Count;
        }
    }

    private void Expire(Queue<DateTimeOffset> log, DateTimeOffset now)
    {
        while (log.Count > 0 && now - log.Peek() >= Window)
        {
            log.Dequeue();
        }
    }

    private void DropExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (key, log) in failures)
        {
            lock (log)
            {
                Expire(log, now);
                if (log.Count == 0)
                {
                    failures.TryRemove(key, out _);
                }
            }
        }
    }

    private static string AddressKey(string address) => "address:" + address;

    // Case and spacing do not make a new name; a very long one is cut so that names cannot be used to fill memory.
    private static string NameKey(string userName)
    {
        var name = userName.Trim().ToUpperInvariant();
        return "name:" + (name.Length > 256 ? name[..256] : name);
    }
}
