using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Publication;

namespace Quorum.Application.Outcomes;

/// <summary>One row of a committee's action tracker, as councils print it.</summary>
public sealed record TrackedAction(
    Guid Id,
    int MinuteNumber,
    string MinuteTitle,
    LocalDate MeetingDate,
    string Description,
    string Owner,
    LocalDate? DueOn,
    ActionStatus Status,
    LocalDate? CompletedOn,
    LocalDate? ReportBackMeetingDate,
    bool Overdue);

/// <summary>Actions arising from decisions, and the per-committee tracker with overdue flags (today from the clock).</summary>
public sealed class ActionTracker(QuorumDbContext db, IClock clock, DateTimeZone zone, PublicationEvents publication)
{
    public ActionTracker(QuorumDbContext db, PublicationEvents publication)
        : this(db, db.Clock, CouncilTime.London, publication)
    {
    }

    private LocalDate Today => clock.GetCurrentInstant().InZone(zone).Date;

    /// <summary>Adds an action under the minute of a resolution; a report-back meeting must be a later meeting of the same body.</summary>
    public async Task<ActionPoint> AddAsync(Guid resolutionId, string description, string owner, LocalDate? dueOn, Guid? reportBackMeetingId = null, CancellationToken cancellationToken = default)
    {
        var resolution = await db.Resolutions.SingleOrDefaultAsync(r => r.Id == resolutionId, cancellationToken)
            ?? throw new ProcedureRuleException("Actions", $"no resolution with id {resolutionId}");
        var minute = await db.Minutes.Include(m => m.Meeting).SingleAsync(m => m.Id == resolution.MinuteId, cancellationToken);
        if (string.IsNullOrWhiteSpace(description) || string.IsNullOrWhiteSpace(owner))
        {
            throw new ProcedureRuleException("Actions", $"an action from minute {minute.Number} needs a description and an owner");
        }
        if (dueOn is { } due && due < minute.Meeting!.Date)
        {
            throw new ProcedureRuleException("Actions", $"an action from minute {minute.Number} cannot be due on {due:d MMMM uuuu}, before the meeting of {minute.Meeting.Date:d MMMM uuuu}");
        }
        if (reportBackMeetingId is { } backId)
        {
            var back = await db.Meetings.SingleOrDefaultAsync(m => m.Id == backId, cancellationToken);
            if (back is null || back.CommitteeId != minute.CommitteeId || back.Date <= minute.Meeting!.Date)
            {
                throw new ProcedureRuleException("Actions", $"the report-back meeting for an action from minute {minute.Number} must be a later meeting of the same body");
            }
        }
        var action = new ActionPoint { MinuteId = minute.Id, ResolutionId = resolution.Id, Description = description.Trim(), Owner = owner.Trim(), DueOn = dueOn, ReportBackMeetingId = reportBackMeetingId };
        db.ActionPoints.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    public async Task<ActionPoint> RateAsync(Guid actionId, ActionStatus status, CancellationToken cancellationToken = default)
    {
        var action = await db.ActionPoints.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new ProcedureRuleException("Actions", $"no action with id {actionId}");
        if (status == ActionStatus.Complete)
        {
            action.Complete(Today);
        }
        else
        {
            action.Status = status;
        }
        await db.SaveChangesAsync(cancellationToken);
        // The public committee page prints the tracker for published minutes: cached copies must go.
        var source = await (
            from m in db.Minutes
            where m.Id == action.MinuteId
            join c in db.Committees on m.CommitteeId equals c.Id
            select new { m.MeetingId, c.CouncilId }).SingleAsync(cancellationToken);
        await publication.PublishedAsync(new PublishedChange(source.CouncilId, source.MeetingId, PublishedContent.Minutes), cancellationToken);
        return action;
    }

    /// <summary>The committee's tracker: open actions first by due date, then completed ones; overdue = open and past due today.</summary>
    public async Task<IReadOnlyList<TrackedAction>> TrackerAsync(Guid committeeId, bool includeCompleted = true, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var rows = await (
            from a in db.ActionPoints
            join m in db.Minutes on a.MinuteId equals m.Id
            where m.CommitteeId == committeeId
            join b in db.Meetings on a.ReportBackMeetingId equals b.Id into backs
            from b in backs.DefaultIfEmpty()
            select new { Action = a, m.Number, m.Title, m.Meeting!.Date, BackDate = (LocalDate?)b.Date })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => includeCompleted || r.Action.IsOpen)
            .Select(r => new TrackedAction(r.Action.Id, r.Number.Value, r.Title, r.Date, r.Action.Description, r.Action.Owner, r.Action.DueOn, r.Action.Status, r.Action.CompletedOn, r.BackDate, r.Action.IsOverdueOn(today)))
            .OrderBy(r => r.CompletedOn is not null)
            .ThenBy(r => r.DueOn ?? LocalDate.MaxIsoValue)
            .ThenBy(r => r.MinuteNumber)];
    }
}
