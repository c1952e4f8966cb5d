using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NodaTime;
using Quorum.Domain;

namespace Quorum.Data.Staff;

/// <summary>Turns the pending changes of a staff member's save into audit entries, values before and after as JSON.</summary>
internal static class AuditLog
{
    // Secrets and bookkeeping Identity rewrites on every save; logging them would leak hashes and add noise.
    private static readonly HashSet<string> Unlogged =
    [
        nameof(StaffUser.PasswordHash), nameof(StaffUser.SecurityStamp), nameof(StaffUser.ConcurrencyStamp),
        nameof(StaffUser.NormalizedEmail), nameof(StaffUser.NormalizedUserName), nameof(IdentityRole.NormalizedName),
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Record(QuorumDbContext db, string actor, Instant now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            // Data-protection keys are secrets, written by the framework whenever a key falls due.
            if (entry.Entity is AuditEntry or DataProtectionKey || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var properties = entry.Properties.Where(p => !Unlogged.Contains(p.Metadata.Name)).ToList();
            var (action, before, after) = entry.State switch
            {
                EntityState.Added => ("Added", null, Values(properties, current: true)),
                EntityState.Deleted => ("Deleted", Values(properties, current: false), null),
                _ => Modified(properties),
            };
            if (action is null)
            {
                continue;
            }
            entries.Add(new AuditEntry
            {
                At = now,
                Actor = actor,
                Action = action,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = entry.Entity is Entity e ? e.Id : entry.Properties.FirstOrDefault(p => p.Metadata.IsPrimaryKey())?.CurrentValue as Guid?,
                Before = before,
                After = after,
            });
        }
        db.AuditEntries.AddRange(entries);
    }

    /// <summary>Only the properties that changed; null action when nothing logged changed (Identity's own bookkeeping).</summary>
    private static (string? Action, string? Before, string? After) Modified(List<PropertyEntry> properties)
    {
        var changed = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
        return changed.Count == 0 ? (null, null, null) : ("Modified", Values(changed, current: false), Values(changed, current: true));
    }

    private static string Values(IEnumerable<PropertyEntry> properties, bool current) =>
        JsonSerializer.Serialize(properties.ToDictionary(p => p.Metadata.Name, p => Plain(current ? p.CurrentValue : p.OriginalValue)), Json);

    private static object? Plain(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or Guid => value,
        _ => value.ToString(),
    };
}
