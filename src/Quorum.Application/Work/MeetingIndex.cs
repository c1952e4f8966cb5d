using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;

namespace Quorum.Application.Work;

/// <summary>Where a meeting is in its cycle, as Democratic Services follow it.</summary>
public enum MeetingStage
{
    AgendaToPublish,
    AgendaPublished,
    Cancelled,
    Postponed,
    ToRecord,
    MinutesToDraft,
    MinutesDrafted,
    MinutesApproved,
    MinutesPublished,
}

/// <summary>One meeting in the staff list, with the agenda's statutory publication date.</summary>
public sealed record MeetingListRow(
    Guid Id,
    string Body,
    LocalDate Date,
    LocalTime Start,
    MeetingStatus Status,
    MeetingStage Stage,
    LocalDate PublishBy,
    bool Past);

/// <summary>The filters of the staff meetings list: a body, and a date range (either end open).</summary>
public sealed record MeetingFilter(Guid? BodyId = null, LocalDate? From = null, LocalDate? To = null);

/// <summary>Coming meetings, soonest first, and past meetings, most recent first, each list capped at <see cref="MeetingIndex.PerList"/>.</summary>
public sealed record MeetingList(
    IReadOnlyList<MeetingListRow> Coming,
    int ComingTotal,
    IReadOnlyList<MeetingListRow> Past,
    int PastTotal,
    IReadOnlyList<(Guid Id, string Name)> Bodies);

/// <summary>
/// Democratic Services' list of meetings, past and coming, filtered by body and date, so a meeting is found to
/// record or to minute without knowing its id.
/// </summary>
public sealed class MeetingIndex(QuorumDbContext db, ProcedureRulebook rulebook)
{
    public const int PerList = 50;

    public async Task<MeetingList> ListAsync(Guid councilId, MeetingFilter filter, LocalDate today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var bodies = await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.Committee!.CouncilId == councilId);
        if (filter.BodyId is { } bodyId)
        {
            meetings = meetings.Where(m => m.CommitteeId == bodyId);
        }
        if (filter.From is { } from)
        {
            meetings = meetings.Where(m => m.Date >= from);
        }
        if (filter.To is { } to)
        {
            meetings = meetings.Where(m => m.Date <= to);
        }
        var coming = meetings.Where(m => m.Date >= today);
        var past = meetings.Where(m => m.Date < today);
        var comingRows = await RowsAsync(coming.OrderBy(m => m.Date).ThenBy(m => m.StartTime), today, cancellationToken);
        var pastRows = await RowsAsync(past.OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime), today, cancellationToken);
        return new MeetingList(
            comingRows,
            await coming.CountAsync(cancellationToken),
            pastRows,
            await past.CountAsync(cancellationToken),
            [.. bodies.Select(b => (b.Id, b.Name))]);
    }

    private async Task<List<MeetingListRow>> RowsAsync(IQueryable<Meeting> meetings, LocalDate today, CancellationToken cancellationToken)
    {
        var rows = await meetings.Take(PerList)
            .Select(m => new
            {
                m.Id,
                Body = m.Committee!.Name,
                m.Date,
                m.StartTime,
                m.Status,
                m.AgendaPublishedOn,
                m.MinutesPublishedOn,
                Recorded = db.Attendances.Any(a => a.MeetingId == m.Id),
                Minutes = db.MeetingMinutes.Where(x => x.MeetingId == m.Id).Select(x => (MinutesState?)x.State).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MeetingListRow(
            m.Id,
            m.Body,
            m.Date,
            m.StartTime,
            m.Status,
            StageOf(m.Status, m.Date, today, m.AgendaPublishedOn is not null, m.Recorded, m.Minutes, m.MinutesPublishedOn is not null),
            PublishBy(m.Date, m.Body),
            m.Date < today))];
    }

    /// <summary>The latest date the agenda may be published (five clear working days, AI-2).</summary>
    internal LocalDate PublishBy(LocalDate meeting, string body) => new Deadlines(rulebook.For(meeting, body)).LatestAgendaPublication(meeting);

    internal static MeetingStage StageOf(MeetingStatus status, LocalDate date, LocalDate today, bool agendaPublished, bool recorded, MinutesState? minutes, bool minutesPublished)
    {
        if (status == MeetingStatus.Cancelled)
        {
            return MeetingStage.Cancelled;
        }
        if (status == MeetingStatus.Postponed)
        {
            return MeetingStage.Postponed;
        }
        if (minutesPublished || minutes == MinutesState.Published)
        {
            return MeetingStage.MinutesPublished;
        }
        if (minutes == MinutesState.Approved)
        {
            return MeetingStage.MinutesApproved;
        }
        if (minutes == MinutesState.Draft)
        {
            return MeetingStage.MinutesDrafted;
        }
        if (date <= today || status == MeetingStatus.Held)
        {
            return recorded ? MeetingStage.MinutesToDraft : MeetingStage.ToRecord;
        }
        return agendaPublished ? MeetingStage.AgendaPublished : MeetingStage.AgendaToPublish;
    }
}
