using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Reports;
using Quorum.Domain.Rules;

namespace Quorum.Application.Work;

/// <summary>The kinds of work the staff home lists.</summary>
public enum WorkKind
{
    AgendaToPublish,
    MeetingToRecord,
    MinutesToDraft,
    MinutesToApprove,
    MinutesToPublish,
    ReportToWrite,
    ReportToClear,
    ActionOverdue,
    QuestionsToDecide,
    PetitionToCheck,
    DecisionToPublish,
    DeputationsToDecide,
}

/// <summary>
/// One piece of work: what it is, the meeting or report it concerns, when it is due (with days left, negative when
/// late) and the staff page where it is done.
/// </summary>
public sealed record DueWork(WorkKind Kind, string Subject, LocalDate? Due, int? DaysLeft, string Link, string? Detail = null);

/// <summary>Who is asking: the roles the signed-in person holds and their user name (reports they draft).</summary>
public sealed record StaffMember(string UserName, bool Clerk, bool Author, bool ClearingOfficer);

/// <summary>
/// The staff home's "work due": per role, what is waiting, soonest first. Meetings are looked at from
/// <see cref="LookBackDays"/> ago and agendas up to <see cref="LookAheadDays"/> ahead, so a council with years of
/// imported meetings sees this term's work, not history.
/// </summary>
public sealed class WorkDue(QuorumDbContext db, ProcedureRulebook rulebook)
{
    public const int LookBackDays = 90;

    public const int LookAheadDays = 42;

    /// <summary>The work due at <paramref name="councilId"/>, the council whose host the staff member signed in on.</summary>
    public async Task<IReadOnlyList<DueWork>> ForAsync(Guid councilId, StaffMember who, LocalDate today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var work = new List<DueWork>();
        if (who.Clerk)
        {
            await MeetingsAsync(work, councilId, today, cancellationToken);
            await OverdueActionsAsync(work, councilId, today, cancellationToken);
            await ResidentsAsync(work, councilId, today, cancellationToken);
            await DecisionsAsync(work, councilId, today, cancellationToken);
        }
        if (who.Author || who.ClearingOfficer || who.Clerk)
        {
            await ReportsAsync(work, councilId, who, today, cancellationToken);
        }
        return [.. work.OrderBy(w => w.Due is null).ThenBy(w => w.Due).ThenBy(w => w.Kind).ThenBy(w => w.Subject, StringComparer.Ordinal)];
    }

    private async Task MeetingsAsync(List<DueWork> work, Guid councilId, LocalDate today, CancellationToken cancellationToken)
    {
        var from = today.PlusDays(-LookBackDays);
        var until = today.PlusDays(LookAheadDays);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Committee!.CouncilId == councilId && m.Date >= from && m.Date <= until && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed)
            .Select(m => new
            {
                m.Id,
                m.CommitteeId,
                Body = m.Committee!.Name,
                m.Date,
                m.IsSpecial,
                m.Status,
                m.AgendaPublishedOn,
                m.MinutesPublishedOn,
                Recorded = db.Attendances.Any(a => a.MeetingId == m.Id),
                Minutes = db.MeetingMinutes.Where(x => x.MeetingId == m.Id).Select(x => (MinutesState?)x.State).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        // Minutes are approved at the body's next ordinary meeting (Deadlines.MinutesSignedAt): that date is when they are due.
        var committees = meetings.Select(m => m.CommitteeId).Distinct().ToList();
        var later = await db.Meetings.AsNoTracking()
            .Where(m => committees.Contains(m.CommitteeId) && m.Date >= from && m.Status != MeetingStatus.Cancelled)
            .Select(m => new { m.CommitteeId, m.Date, m.IsSpecial })
            .ToListAsync(cancellationToken);
        LocalDate? SignedAt(Guid committeeId, LocalDate date)
            => Deadlines.MinutesSignedAt(date, later.Where(l => l.CommitteeId == committeeId && l.Date > date).Select(l => new ScheduledMeeting(l.Date, l.IsSpecial)))?.Date;

        foreach (var m in meetings)
        {
            var subject = $"{m.Body}, {m.Date.ToString("d MMMM uuuu", null)}";
            var page = $"/admin/meetings/{m.Id}";
            var stage = MeetingIndex.StageOf(m.Status, m.Date, today, m.AgendaPublishedOn is not null, m.Recorded, m.Minutes, m.MinutesPublishedOn is not null);
            switch (stage)
            {
                case MeetingStage.AgendaToPublish:
                    var by = new Deadlines(rulebook.For(m.Date, m.Body)).LatestAgendaPublication(m.Date);
                    work.Add(new DueWork(WorkKind.AgendaToPublish, subject, by, Period.DaysBetween(today, by), page));
                    break;
                case MeetingStage.ToRecord:
                    work.Add(new DueWork(WorkKind.MeetingToRecord, subject, m.Date, Period.DaysBetween(today, m.Date), $"{page}/record"));
                    break;
                case MeetingStage.MinutesToDraft or MeetingStage.MinutesDrafted:
                    var signing = SignedAt(m.CommitteeId, m.Date);
                    work.Add(new DueWork(stage == MeetingStage.MinutesToDraft ? WorkKind.MinutesToDraft : WorkKind.MinutesToApprove,
                        subject, signing, signing is { } s ? Period.DaysBetween(today, s) : null, $"{page}/record/minutes"));
                    break;
                case MeetingStage.MinutesApproved:
                    work.Add(new DueWork(WorkKind.MinutesToPublish, subject, today, 0, $"{page}/record/minutes"));
                    break;
            }
        }
    }

    /// <summary>
    /// Actions that fell due in the last <see cref="LookBackDays"/> days and are not done, one line per body with how
    /// many (the body's tracker lists them): years of imported minutes would otherwise bury this week's work.
    /// </summary>
    private async Task OverdueActionsAsync(List<DueWork> work, Guid councilId, LocalDate today, CancellationToken cancellationToken)
    {
        var from = today.PlusDays(-LookBackDays);
        var actions = await db.ActionPoints.AsNoTracking()
            .Where(a => a.CompletedOn == null && a.DueOn != null && a.DueOn < today && a.DueOn >= from)
            .Join(db.Minutes, a => a.MinuteId, m => m.Id, (a, m) => new { a.DueOn, m.CommitteeId })
            .Join(db.Committees.Where(c => c.CouncilId == councilId), a => a.CommitteeId, c => c.Id, (a, c) => new { a.DueOn, a.CommitteeId, Body = c.Name })
            .ToListAsync(cancellationToken);
        work.AddRange(actions.GroupBy(a => (a.CommitteeId, a.Body)).Select(g =>
        {
            var oldest = g.Min(a => a.DueOn!.Value);
            return new DueWork(WorkKind.ActionOverdue, g.Key.Body, oldest, Period.DaysBetween(today, oldest), $"/admin/actions/{g.Key.CommitteeId}",
                g.Count() == 1 ? "1 action not done" : $"{g.Count()} actions not done");
        }));
    }

    /// <summary>
    /// Executive decisions recorded but whose notice is not published: due on the day taken, as the record must be
    /// produced as soon as reasonably practicable (EX-7) and the call-in period runs only from publication.
    /// </summary>
    private async Task DecisionsAsync(List<DueWork> work, Guid councilId, LocalDate today, CancellationToken cancellationToken)
    {
        var decisions = await db.ExecutiveDecisions.AsNoTracking()
            .Where(d => d.Status == ExecutiveDecisionStatus.Made && d.DecidedOn <= today && db.Committees.Any(c => c.Id == d.CommitteeId && c.CouncilId == councilId))
            .Select(d => new { d.Id, d.Title, d.DecisionMaker, d.DecidedOn })
            .ToListAsync(cancellationToken);
        work.AddRange(decisions.Select(d => new DueWork(WorkKind.DecisionToPublish, d.Title, d.DecidedOn, Period.DaysBetween(today, d.DecidedOn),
            $"/admin/decisions/{d.Id}", $"{d.DecisionMaker}, {d.DecidedOn.ToString("d MMMM uuuu", null)}")));
    }

    /// <summary>
    /// What residents sent that waits for the clerk: public questions to accept or reject and requests to speak
    /// (deputations) to record the chair's decision on, before their meeting (due on its day), and petitions to check
    /// against the scheme before they are published (no date: the scheme sets none).
    /// </summary>
    private async Task ResidentsAsync(List<DueWork> work, Guid councilId, LocalDate today, CancellationToken cancellationToken)
    {
        var coming = db.Meetings.Where(m => m.Committee!.CouncilId == councilId && m.Date >= today && m.Status == MeetingStatus.Scheduled);
        var questions = await db.PublicQuestions.AsNoTracking()
            .Where(q => q.Status == QuestionStatus.Received)
            .Join(coming, q => q.MeetingId, m => m.Id, (q, m) => new { m.Id, m.Date, Body = m.Committee!.Name })
            .ToListAsync(cancellationToken);
        work.AddRange(BeforeTheMeeting(WorkKind.QuestionsToDecide, questions.Select(q => (q.Id, q.Date, q.Body)), today, "questions", n => n == 1 ? "1 question waiting" : $"{n} questions waiting"));
        var deputations = await db.Deputations.AsNoTracking()
            .Where(d => d.Status == DeputationStatus.Received)
            .Join(coming, d => d.MeetingId, m => m.Id, (d, m) => new { m.Id, m.Date, Body = m.Committee!.Name })
            .ToListAsync(cancellationToken);
        work.AddRange(BeforeTheMeeting(WorkKind.DeputationsToDecide, deputations.Select(d => (d.Id, d.Date, d.Body)), today, "deputations", n => n == 1 ? "1 request waiting for the chair" : $"{n} requests waiting for the chair"));
        var petitions = await db.Petitions.AsNoTracking()
            .Where(p => p.CouncilId == councilId && p.Status == PetitionStatus.Received)
            .Select(p => new { p.Id, p.Title, p.StartedBy, p.ReceivedAt })
            .ToListAsync(cancellationToken);
        work.AddRange(petitions.Select(p => new DueWork(WorkKind.PetitionToCheck, p.Title, null, null, $"/admin/petitions/{p.Id}", $"Started by {p.StartedBy}, received {p.ReceivedAt.InZone(Domain.CouncilTime.London).Date.ToString("d MMMM uuuu", null)}")));
    }

    /// <summary>One line per meeting for what waits on it (one entry per thing waiting), due on the meeting's day.</summary>
    private static IEnumerable<DueWork> BeforeTheMeeting(WorkKind kind, IEnumerable<(Guid Meeting, LocalDate Date, string Body)> waiting, LocalDate today, string page, Func<int, string> count) =>
        waiting.GroupBy(w => w.Meeting).Select(g => new DueWork(
            kind, $"{g.First().Body}, {g.First().Date.ToString("d MMMM uuuu", null)}", g.First().Date, Period.DaysBetween(today, g.First().Date),
            $"/admin/meetings/{g.Key}/{page}", count(g.Count())));

    private async Task ReportsAsync(List<DueWork> work, Guid councilId, StaffMember who, LocalDate today, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.CouncilId == councilId)
            .Where(r => (r.State == PublicationState.Submitted && (who.ClearingOfficer || who.Clerk))
                || (r.State == PublicationState.Draft && who.Author && r.DraftedBy == who.UserName))
            .Where(r => r.DateOfMeeting >= today)
            .Select(r => new { r.Id, r.Subject, r.State, r.DateOfMeeting, Body = r.AgendaItem == null ? r.ReportFor : r.AgendaItem.Meeting!.Committee!.Name })
            .ToListAsync(cancellationToken);
        foreach (var r in reports)
        {
            // A report is due when its agenda must be published.
            var by = new Deadlines(rulebook.For(r.DateOfMeeting, r.Body)).LatestAgendaPublication(r.DateOfMeeting);
            work.Add(new DueWork(r.State == PublicationState.Draft ? WorkKind.ReportToWrite : WorkKind.ReportToClear,
                r.Subject, by, Period.DaysBetween(today, by), $"/admin/reports/{r.Id}", $"{r.Body}, {r.DateOfMeeting.ToString("d MMMM uuuu", null)}"));
        }
    }
}
