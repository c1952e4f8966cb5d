using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;

namespace Quorum.Application.KeyDecisions;

/// <summary>An entry that was not saved: each problem names its field, in plain words.</summary>
public sealed class ForwardPlanRefusedException(IReadOnlyList<ForwardPlanProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<ForwardPlanProblem> Problems { get; } = problems;
}

/// <summary>An entry as staff see it: the record, what the rules say of its notice today, and where it stands.</summary>
public sealed record PlanEntryForStaff(ForwardPlanEntry Entry, string DecisionMaker, KeyDecisionCheck Check, ForwardPlanStatus Status);

/// <summary>
/// A key decision as the public forward plan prints it (reg 9(1)(a)-(e)) with its notices. Never the exemption
/// detail, only the Schedule 12A paragraph that the decision is likely to be taken in private under.
/// </summary>
public sealed record PlannedDecision(
    int Number, string Matter, string Decision, string DecisionMaker, string? DecisionMakerSlug, LocalDate DecisionDate, string? MeetingSlug,
    string Wards, IReadOnlyList<string> Documents, Schedule12AParagraph? ExemptionParagraph, LocalDate ListedOn, ForwardPlanStatus Status,
    LocalDate? GeneralExceptionOn, string? ScrutinyChair, LocalDate? SpecialUrgencyOn, string? SpecialUrgencyAgreedBy, string? UrgencyReasons,
    LocalDate? WithdrawnOn, Guid? DecisionNoticeId, Instant Modified);

/// <summary>A key decision on a meeting's agenda without the notice the 2012 Regulations require in time.</summary>
public sealed record KeyDecisionWarning(string Matter, PlanEntryForStaff? Entry, Guid? ReportId, string Message);

/// <summary>
/// The forward plan of key decisions (EX-4 to EX-6): staff draft and publish entries, and where the 28 clear days'
/// notice was not given, the general exception notice (reg 10) or the special urgency record (reg 11) the rules engine
/// calls for. Each change to a published entry is announced, so the cached plan and its feeds follow at once.
/// </summary>
public sealed class ForwardPlan(QuorumDbContext db, ProcedureRulebook rulebook, PublicationEvents publication, AlertMail alerts)
{
    public LocalDate Today => CouncilTime.Today(db.Clock);

    /// <summary>The published plan, soonest decision first: listed entries only, and none of their exemption details.</summary>
    public async Task<List<PlannedDecision>> PublishedAsync(Guid councilId, CancellationToken cancellationToken = default)
    {
        var entries = await db.ForwardPlanEntries.AsNoTracking().WherePublic().Where(e => e.CouncilId == councilId)
            .OrderBy(e => e.DecisionDate).ThenBy(e => e.Number).ToListAsync(cancellationToken);
        return await ToPublicAsync(entries, cancellationToken);
    }

    /// <summary>One published entry by its number, or null.</summary>
    public async Task<PlannedDecision?> PublishedAsync(Guid councilId, int number, CancellationToken cancellationToken = default)
    {
        var entries = await db.ForwardPlanEntries.AsNoTracking().WherePublic()
            .Where(e => e.CouncilId == councilId && e.Number == number).ToListAsync(cancellationToken);
        return (await ToPublicAsync(entries, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Every entry, drafts included, with the rules' verdict on its notice: for the staff pages only.</summary>
    public async Task<List<PlanEntryForStaff>> ForStaffAsync(Guid councilId, CancellationToken cancellationToken = default)
    {
        var entries = await db.ForwardPlanEntries.AsNoTracking().Where(e => e.CouncilId == councilId)
            .OrderBy(e => e.DecisionDate).ThenBy(e => e.Number).ToListAsync(cancellationToken);
        return await ForStaffAsync(entries, cancellationToken);
    }

    public async Task<PlanEntryForStaff?> ForStaffAsync(Guid councilId, Guid id, CancellationToken cancellationToken = default)
    {
        var entries = await db.ForwardPlanEntries.AsNoTracking().Where(e => e.CouncilId == councilId && e.Id == id).ToListAsync(cancellationToken);
        return (await ForStaffAsync(entries, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// Adds an entry (<paramref name="id"/> null) or changes one. A meeting, when chosen, gives the body and the date.
    /// Refused whole, naming each field at fault; a change to a published entry is announced.
    /// </summary>
    public async Task<ForwardPlanEntry> SaveAsync(Guid councilId, Guid? id, ForwardPlanForm form, Guid? reportId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.MeetingId is { } meetingId)
        {
            var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && m.Committee!.CouncilId == councilId)
                .Select(m => new { m.Date, m.CommitteeId }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ForwardPlanRefusedException([new("meeting", "Choose a meeting from the list")]);
            form = form with { DecisionMakerBodyId = meeting.CommitteeId, DecisionMakerName = null, DecisionDate = meeting.Date };
        }
        if (KeyDecisionRules.Check(form) is { Count: > 0 } problems)
        {
            throw new ForwardPlanRefusedException(problems);
        }
        if (form.DecisionMakerBodyId is { } bodyId
            && !await db.Committees.AnyAsync(c => c.Id == bodyId && c.CouncilId == councilId && (c.BodyType == Domain.Committees.BodyType.Cabinet || c.Parent!.BodyType == Domain.Committees.BodyType.Cabinet), cancellationToken))
        {
            throw new ForwardPlanRefusedException([new("decision-maker", "Key decisions are taken by the executive: choose the Cabinet or one of its committees")]);
        }
        for (var attempt = 1; ; attempt++)
        {
            ForwardPlanEntry entry;
            if (id is { } existing)
            {
                entry = await db.ForwardPlanEntries.SingleOrDefaultAsync(e => e.Id == existing && e.CouncilId == councilId, cancellationToken)
                    ?? throw new ForwardPlanRefusedException([new("matter", "The entry was not found; it may have been removed")]);
            }
            else
            {
                var numbers = await db.ForwardPlanEntries.IgnoreQueryFilters().Where(e => e.CouncilId == councilId).Select(e => e.Number).ToListAsync(cancellationToken);
                entry = new ForwardPlanEntry { CouncilId = councilId, Number = numbers.DefaultIfEmpty().Max() + 1, ReportId = reportId };
                db.ForwardPlanEntries.Add(entry);
            }
            Fill(entry, form);
            if (entry.IsListed)
            {
                await QueueAlertsAsync(entry, firstListed: false, cancellationToken);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3 && id is null)
            {
                // Two entries added at once took the same number: the loser is numbered after the winner.
                db.ChangeTracker.Clear();
                continue;
            }
            if (entry.IsListed)
            {
                await AnnounceAsync(councilId, cancellationToken);
            }
            return entry;
        }
    }

    /// <summary>Publishes the entry on the forward plan today: the date from which its clear days count.</summary>
    public Task<ForwardPlanEntry> ListAsync(Guid councilId, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(councilId, id, (e, _) => e.List(Today), cancellationToken);

    /// <summary>Gives the general exception notice today (reg 10), when the rules engine says it is the route.</summary>
    public Task<ForwardPlanEntry> GiveGeneralExceptionNoticeAsync(Guid councilId, Guid id, string scrutinyChair, string reasons, CancellationToken cancellationToken = default) =>
        ChangeAsync(councilId, id, (e, check) => e.GiveGeneralExceptionNotice(Today, scrutinyChair, reasons, check), cancellationToken);

    /// <summary>Records the special urgency agreement (reg 11) and publishes its notice.</summary>
    public Task<ForwardPlanEntry> RecordSpecialUrgencyAsync(Guid councilId, Guid id, string agreedBy, string reasons, CancellationToken cancellationToken = default) =>
        ChangeAsync(councilId, id, (e, check) => e.RecordSpecialUrgency(Today, agreedBy, reasons, check), cancellationToken);

    public Task<ForwardPlanEntry> WithdrawAsync(Guid councilId, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(councilId, id, (e, _) => e.Withdraw(Today), cancellationToken);

    /// <summary>Links the decision notice once the decision is made: the entry's status then follows it through call-in.</summary>
    public async Task<ForwardPlanEntry> LinkDecisionAsync(Guid councilId, Guid id, Guid? decisionId, CancellationToken cancellationToken = default)
    {
        if (decisionId is { } linked && !await db.ExecutiveDecisions.AnyAsync(d => d.Id == linked && db.Committees.Any(c => c.Id == d.CommitteeId && c.CouncilId == councilId), cancellationToken))
        {
            throw new ProcedureRuleException("EX-7", "the decision notice was not found");
        }
        return await ChangeAsync(councilId, id, (e, _) => e.ExecutiveDecisionId = decisionId, cancellationToken);
    }

    /// <summary>The decision notices an entry may be linked to: the council's executive decisions, newest first.</summary>
    public Task<List<ExecutiveDecision>> DecisionNoticesAsync(Guid councilId, CancellationToken cancellationToken = default) =>
        db.ExecutiveDecisions.AsNoTracking().Where(d => db.Committees.Any(c => c.Id == d.CommitteeId && c.CouncilId == councilId))
            .OrderByDescending(d => d.DecidedOn).ToListAsync(cancellationToken);

    /// <summary>
    /// The key decisions heading for a meeting that could not lawfully be taken there as things stand: entries for the
    /// meeting whose notice is late, and key-decision reports on its agenda with no entry at all.
    /// </summary>
    public async Task<List<KeyDecisionWarning>> WarningsForMeetingAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).ThenInclude(c => c!.Parent)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting?.Committee is not { IsExecutive: true } committee || meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled)
        {
            return [];
        }
        var entries = await ForStaffAsync(
            await db.ForwardPlanEntries.AsNoTracking().Where(e => e.MeetingId == meetingId && e.WithdrawnOn == null).OrderBy(e => e.Number).ToListAsync(cancellationToken),
            cancellationToken);
        var warnings = entries.Where(e => e.Check.Flagged)
            .Select(e => new KeyDecisionWarning(e.Entry.Matter, e, e.Entry.ReportId, KeyDecisionRules.Describe(e.Check))).ToList();
        var planned = entries.Select(e => e.Entry.ReportId).OfType<Guid>().ToHashSet();
        var reports = await db.Reports.AsNoTracking().Where(r => r.KeyDecision && r.AgendaItem!.MeetingId == meetingId)
            .OrderBy(r => r.AgendaItem!.Number).Select(r => new { r.Id, r.Subject }).ToListAsync(cancellationToken);
        foreach (var report in reports.Where(r => !planned.Contains(r.Id)))
        {
            var check = KeyDecisionRules.Check(DeadlinesFor(committee.Name, meeting.Date), meeting.Date, null, null, null, Today);
            warnings.Add(new(report.Subject, null, report.Id, $"This key decision is not on the forward plan. {KeyDecisionRules.Describe(check)}"));
        }
        return warnings;
    }

    private async Task<ForwardPlanEntry> ChangeAsync(Guid councilId, Guid id, Action<ForwardPlanEntry, KeyDecisionCheck> change, CancellationToken cancellationToken)
    {
        var entry = await db.ForwardPlanEntries.SingleOrDefaultAsync(e => e.Id == id && e.CouncilId == councilId, cancellationToken)
            ?? throw new ProcedureRuleException("EX-4", "the forward plan entry was not found");
        var body = entry.DecisionMakerBodyId is { } bodyId ? await db.Committees.Where(c => c.Id == bodyId).Select(c => c.Name).SingleAsync(cancellationToken) : null;
        var wasListed = entry.IsListed;
        try
        {
            change(entry, KeyDecisionRules.Check(DeadlinesFor(body, entry.DecisionDate), entry, Today));
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        if (entry.IsListed)
        {
            await QueueAlertsAsync(entry, firstListed: !wasListed, cancellationToken);
        }
        // Saved with the signed-in officer as the context's actor, so each notice is in the audit log with its values.
        await db.SaveChangesAsync(cancellationToken);
        if (entry.IsListed)
        {
            await AnnounceAsync(councilId, cancellationToken);
        }
        return entry;
    }

    // Saved with the entry, so the alert goes if and only if the change does.
    private async Task QueueAlertsAsync(ForwardPlanEntry entry, bool firstListed, CancellationToken cancellationToken)
    {
        var decisionMaker = entry.DecisionMakerBodyId is { } bodyId
            ? await db.Committees.Where(c => c.Id == bodyId).Select(c => c.Name).SingleAsync(cancellationToken)
            : entry.DecisionMakerName ?? "";
        await alerts.QueueForwardPlanAsync(entry, decisionMaker, firstListed, cancellationToken);
    }

    private Task AnnounceAsync(Guid councilId, CancellationToken cancellationToken) =>
        publication.PublishedAsync(new PublishedChange(councilId, null, PublishedContent.ForwardPlan), cancellationToken);

    private static void Fill(ForwardPlanEntry entry, ForwardPlanForm form)
    {
        entry.Matter = form.Matter!.Trim();
        entry.Decision = form.Decision!.Trim();
        entry.DecisionMakerBodyId = form.DecisionMakerBodyId;
        entry.DecisionMakerName = form.DecisionMakerBodyId is null ? form.DecisionMakerName!.Trim() : null;
        entry.DecisionDate = form.DecisionDate!.Value;
        entry.MeetingId = form.MeetingId;
        entry.Wards = form.Wards!.Trim();
        entry.Documents = form.Documents?.Trim() ?? "";
        entry.ExemptionParagraph = form.ExemptionParagraph is { } paragraph ? new Schedule12AParagraph(paragraph) : null;
        entry.ExemptionDetail = form.ExemptionParagraph is null ? null : form.ExemptionDetail!.Trim();
    }

    private async Task<List<PlanEntryForStaff>> ForStaffAsync(List<ForwardPlanEntry> entries, CancellationToken cancellationToken)
    {
        var bodies = await BodiesAsync(entries, cancellationToken);
        var decisions = await DecisionStatusesAsync(entries, cancellationToken);
        return [.. entries.Select(e =>
        {
            var body = e.DecisionMakerBodyId is { } id ? bodies[id].Name : null;
            var check = KeyDecisionRules.Check(DeadlinesFor(body, e.DecisionDate), e, Today);
            return new PlanEntryForStaff(e, body ?? e.DecisionMakerName ?? "", check, KeyDecisionRules.StatusOf(e, Status(decisions, e)));
        })];
    }

    private async Task<List<PlannedDecision>> ToPublicAsync(List<ForwardPlanEntry> entries, CancellationToken cancellationToken)
    {
        var bodies = await BodiesAsync(entries, cancellationToken);
        var decisions = await DecisionStatusesAsync(entries, cancellationToken);
        var meetingIds = entries.Select(e => e.MeetingId).OfType<Guid>().ToList();
        var meetings = await db.Meetings.AsNoTracking().WherePublic().Where(m => meetingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Date, Slug = m.Committee!.Slug }).ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. entries.Select(e =>
        {
            (string Name, string Slug)? body = e.DecisionMakerBodyId is { } id ? bodies[id] : null;
            var meeting = e.MeetingId is { } m && meetings.TryGetValue(m, out var found) ? found.Slug.Value : null;
            var status = Status(decisions, e);
            return new PlannedDecision(
                e.Number, e.Matter, e.Decision, body?.Name ?? e.DecisionMakerName ?? "", body?.Slug, e.DecisionDate, meeting, e.Wards,
                [.. e.Documents.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], e.ExemptionParagraph, e.ListedOn!.Value,
                KeyDecisionRules.StatusOf(e, status), e.GeneralExceptionOn, e.ScrutinyChair, e.SpecialUrgencyOn, e.SpecialUrgencyAgreedBy, e.UrgencyReasons,
                e.WithdrawnOn, status is null or ExecutiveDecisionStatus.Made ? null : e.ExecutiveDecisionId, e.Modified);
        })];
    }

    private async Task<Dictionary<Guid, (string Name, string Slug)>> BodiesAsync(List<ForwardPlanEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.DecisionMakerBodyId).OfType<Guid>().Distinct().ToList();
        var bodies = await db.Committees.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name, c.Slug }).ToListAsync(cancellationToken);
        return bodies.ToDictionary(c => c.Id, c => (c.Name, c.Slug.Value));
    }

    private async Task<Dictionary<Guid, ExecutiveDecisionStatus>> DecisionStatusesAsync(List<ForwardPlanEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.ExecutiveDecisionId).OfType<Guid>().ToList();
        return await db.ExecutiveDecisions.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Status, cancellationToken);
    }

    private static ExecutiveDecisionStatus? Status(Dictionary<Guid, ExecutiveDecisionStatus> decisions, ForwardPlanEntry entry) =>
        entry.ExecutiveDecisionId is { } id && decisions.TryGetValue(id, out var status) ? status : null;

    private Deadlines DeadlinesFor(string? body, LocalDate decision) => new(rulebook.For(decision, body));
}
