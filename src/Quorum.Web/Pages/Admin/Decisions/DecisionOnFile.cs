using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Decisions;

/// <summary>The minute a decision was taken at, as "Minute 123 of Cabinet, 14 October 2026", and whether it was Part II business.</summary>
public sealed record DecisionMinute(string Text, Guid MeetingId, bool PartII);

/// <summary>
/// A decision as the decision's page and its publish check both show it: the decision, the body that took it and
/// the minute it was taken at (null for a portfolio holder's decision).
/// </summary>
public sealed record DecisionOnFile(ExecutiveDecision Decision, Committee Body, DecisionMinute? Minute)
{
    /// <summary>Taken on a Part II item: its notice then stays with members.</summary>
    public bool PartII => Minute is { PartII: true };

    public static async Task<DecisionOnFile?> LoadAsync(QuorumDbContext db, Guid id, CancellationToken ct)
    {
        var decision = await db.ExecutiveDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return null;
        }
        var body = await db.Committees.AsNoTracking().SingleAsync(c => c.Id == decision.CommitteeId, ct);
        DecisionMinute? taken = null;
        if (decision.MinuteId is { } minuteId)
        {
            var minute = await db.Minutes.AsNoTracking().Where(m => m.Id == minuteId)
                .Select(m => new { m.Number, m.MeetingId, m.Meeting!.Date, Part = m.AgendaItem == null ? AgendaPart.PartI : m.AgendaItem.Part })
                .SingleAsync(ct);
            taken = new($"Minute {minute.Number.Value} of {body.Name}, {Display.Date(minute.Date)}", minute.MeetingId, minute.Part == AgendaPart.PartII);
        }
        return new(decision, body, taken);
    }

    /// <summary>
    /// The publish step's entries as an address query: the decision's page sends them to the check, and the check's
    /// "Change" sends them back, so both read and write one form.
    /// </summary>
    /// <param name="on">The date of publication.</param>
    /// <param name="waivedBecause">The reason call-in is waived for, or null when it is not waived.</param>
    public static string PublishEntries(LocalDate on, string? waivedBecause) => waivedBecause is null
        ? $"on={on:uuuu-MM-dd}&waived=false"
        : $"on={on:uuuu-MM-dd}&waived=true&reason={Uri.EscapeDataString(waivedBecause)}";
}
