using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Meetings;

namespace Quorum.Application.Agendas;

/// <summary>
/// Changes to an agenda's order. Items keep the template's sections (opening items, business, urgent business,
/// exclusion, Part II) and are renumbered 1..n after every change. Numbers are unique per meeting in the store, so
/// renumbering goes through a temporary range inside one transaction; the audit log gets one entry with the agenda
/// before and after rather than the temporary numbers.
/// </summary>
public sealed class AgendaEditor(QuorumDbContext db)
{
    private const int TemporaryNumbers = 500_000;

    /// <summary>Removed items keep their row as a tombstone, so they give up their number for one out of the way.</summary>
    private const int WithdrawnNumbers = 1_000_000;

    public async Task<List<AgendaItem>> ItemsAsync(Guid meetingId, CancellationToken cancellationToken) =>
        AgendaTemplate.InOrder(await db.AgendaItems.Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken));

    /// <summary>Adds an item at the end of its section.</summary>
    public async Task AddAsync(Guid meetingId, AgendaItem item, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync(meetingId, cancellationToken);
        item.Number = TemporaryNumbers - 1;
        items.Add(item);
        db.AgendaItems.Add(item);
        if (item.Part == AgendaPart.PartII && items.All(i => i.Standing != StandingItem.ExclusionOfPressAndPublic))
        {
            // Part II business is only taken after the meeting resolves to exclude the press and public.
            var exclusion = AgendaTemplate.Exclusion;
            var resolution = new AgendaItem { MeetingId = meetingId, Number = TemporaryNumbers - 2, Title = exclusion.Title, Description = exclusion.Description, Standing = exclusion.Standing };
            items.Add(resolution);
            db.AgendaItems.Add(resolution);
        }
        // The new items' out-of-the-way numbers put them last in their sections.
        await RenumberAsync(meetingId, AgendaTemplate.InOrder(items), $"Added item '{item.Title}'", cancellationToken);
    }

    /// <summary>Moves an item one place up (-1) or down (+1) within its section; false when it cannot move that way.</summary>
    public async Task<bool> MoveAsync(Guid meetingId, Guid itemId, int direction, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync(meetingId, cancellationToken);
        var index = items.FindIndex(i => i.Id == itemId);
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= items.Count || AgendaTemplate.SectionOf(items[index]) != AgendaTemplate.SectionOf(items[other]))
        {
            return false;
        }
        (items[index], items[other]) = (items[other], items[index]);
        await RenumberAsync(meetingId, items, $"Moved item '{items[other].Title}' {(direction < 0 ? "up" : "down")}", cancellationToken);
        return true;
    }

    /// <summary>
    /// Marks an item as an education matter or not: co-optees with a vote on education matters only (church and
    /// parent governor representatives) may vote on it. False when the meeting has no such item.
    /// </summary>
    public async Task<bool> MarkEducationMatterAsync(Guid meetingId, Guid itemId, bool isEducationMatter, CancellationToken cancellationToken)
    {
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.MeetingId == meetingId && i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return false;
        }
        item.IsEducationMatter = isEducationMatter;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task RemoveAsync(Guid meetingId, Guid itemId, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync(meetingId, cancellationToken);
        var item = items.Single(i => i.Id == itemId);
        items.Remove(item);
        var withdrawn = await db.AgendaItems.IgnoreQueryFilters().CountAsync(i => i.MeetingId == meetingId && i.Deleted != null, cancellationToken);
        await RenumberAsync(meetingId, items, $"Removed item '{item.Title}'", cancellationToken, () =>
        {
            item.Number = WithdrawnNumbers + withdrawn + 1;
            db.AgendaItems.Remove(item);
        });
    }

    private async Task RenumberAsync(Guid meetingId, List<AgendaItem> items, string what, CancellationToken cancellationToken, Action? alsoWithdraw = null)
    {
        var before = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Number)
            .Select(i => $"{i.Number}. {i.Title}").ToListAsync(cancellationToken);
        var actor = db.Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The individual number changes are bookkeeping; one entry below records the agenda before and after.
        db.AuditPaused = true;
        try
        {
            alsoWithdraw?.Invoke();
            for (var i = 0; i < items.Count; i++)
            {
                if (db.Entry(items[i]).State != EntityState.Added)
                {
                    items[i].Number = TemporaryNumbers + i;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            for (var i = 0; i < items.Count; i++)
            {
                items[i].Number = i + 1;
            }
            if (actor is not null)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = db.Clock.GetCurrentInstant(),
                    Actor = actor,
                    Action = what,
                    EntityType = nameof(Meeting),
                    EntityId = meetingId,
                    Before = JsonSerializer.Serialize(before),
                    After = JsonSerializer.Serialize(items.Select((item, i) => $"{i + 1}. {item.Title}")),
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.AuditPaused = false;
        }
    }
}
