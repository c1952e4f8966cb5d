using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Publication;
using Quorum.Domain.Reports;

namespace Quorum.Application.Reports;

/// <summary>
/// One meeting a report goes to: the meeting it was written for (<see cref="IsOrigin"/>) or a later one that
/// considers it (a <see cref="Consultation"/>), with the body, the item, why it goes there, the recommendation and
/// the outcome once known (recorded by the clerk, else the decisions minuted at that item).
/// </summary>
public sealed record JourneyStep(
    Guid? ConsultationId,
    Guid ReportId,
    Guid AgendaItemId,
    int ItemNumber,
    string ItemSuffix,
    string ItemTitle,
    Guid MeetingId,
    LocalDate MeetingDate,
    LocalTime StartTime,
    Guid CommitteeId,
    string BodyName,
    Slug BodySlug,
    ConsultationPurpose? Purpose,
    string? Recommendation,
    string? Outcome)
{
    public bool IsOrigin => ConsultationId is null;

    /// <summary>The item's number as printed: "10", or "10a" for a lettered item.</summary>
    public string ItemLabel => $"{ItemNumber}{ItemSuffix}";

    /// <summary>Why the report is at this meeting, in words: "for comment", or "written for this meeting" for the first step.</summary>
    public string PurposeWords => Purpose?.Words() ?? "written for this meeting";
}

/// <summary>A report taken to an agenda item, with its whole journey, for the item's page.</summary>
public sealed record PaperAtItem(Guid ReportId, string Subject, JourneyStep Here, IReadOnlyList<JourneyStep> Journey)
{
    /// <summary>The meeting the report was written for, where its text and enclosures are published.</summary>
    public JourneyStep Origin => Journey.First(s => s.IsOrigin);
}

/// <summary>An item of business a report could go to next, for the clerk's choice.</summary>
public sealed record ItemChoice(Guid AgendaItemId, string Label);

/// <summary>
/// A paper's journey from the meeting it was written for through the later meetings that consider it (Overview
/// and Scrutiny for comment, Cabinet for decision, Council on Cabinet's recommendation), as one record: the clerk
/// takes a report to a later meeting's item and records the outcome; the public journey shows only what
/// <see cref="Visibility"/> allows. A change the public can see is announced through <see cref="PublicationEvents"/>
/// after it is saved.
/// </summary>
public sealed class ReportJourney(QuorumDbContext db, PublicationEvents events)
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>Every step, as staff see it.</summary>
    public async Task<IReadOnlyList<JourneyStep>> StaffJourneyAsync(Guid reportId, CancellationToken cancellationToken = default) =>
        (await JourneysAsync([reportId], publicOnly: false, cancellationToken)).GetValueOrDefault(reportId) ?? [];

    /// <summary>The steps the public may see; empty when the report itself is not public (a draft, an exempt report).</summary>
    public async Task<IReadOnlyList<JourneyStep>> PublicJourneyAsync(Guid reportId, CancellationToken cancellationToken = default) =>
        (await JourneysAsync([reportId], publicOnly: true, cancellationToken)).GetValueOrDefault(reportId) ?? [];

    /// <summary>The public journeys of several reports (an item's papers), keyed by report.</summary>
    public Task<Dictionary<Guid, IReadOnlyList<JourneyStep>>> PublicJourneysAsync(IReadOnlyCollection<Guid> reportIds, CancellationToken cancellationToken = default) =>
        JourneysAsync(reportIds, publicOnly: true, cancellationToken);

    /// <summary>The public reports a later meeting's item considers, each with its journey, so the item can link to them.</summary>
    public async Task<IReadOnlyList<PaperAtItem>> PublicPapersAtAsync(Guid agendaItemId, CancellationToken cancellationToken = default)
    {
        var taken = await db.Consultations.AsNoTracking().WherePublic()
            .Where(c => c.AgendaItemId == agendaItemId)
            .Select(c => new { c.Id, c.ReportId, c.Report!.Subject })
            .ToListAsync(cancellationToken);
        if (taken.Count == 0)
        {
            return [];
        }
        var journeys = await JourneysAsync(taken.Select(t => t.ReportId).ToList(), publicOnly: true, cancellationToken);
        return taken
            .Where(t => journeys.ContainsKey(t.ReportId))
            .Select(t => new PaperAtItem(t.ReportId, t.Subject, journeys[t.ReportId].Single(s => s.ConsultationId == t.Id), journeys[t.ReportId]))
            .OrderBy(p => p.Subject, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Business items of meetings to come (from <paramref name="today"/>, and after the meeting the report was written
    /// for) of any body of the report's council, leaving out cancelled meetings and items already on its journey.
    /// </summary>
    public async Task<IReadOnlyList<ItemChoice>> ItemsToTakeToAsync(Guid reportId, LocalDate today, CancellationToken cancellationToken = default)
    {
        var report = await db.Reports.AsNoTracking()
            .Where(r => r.Id == reportId)
            .Select(r => new
            {
                r.CouncilId,
                r.AgendaItemId,
                OriginMeeting = r.AgendaItem == null ? (Guid?)null : r.AgendaItem.MeetingId,
                From = r.AgendaItem == null ? (LocalDate?)null : r.AgendaItem.Meeting!.Date,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (report?.OriginMeeting is not { } origin)
        {
            return [];
        }
        var from = report.From is { } written && written > today ? written : today;
        var taken = db.Consultations.Where(c => c.ReportId == reportId).Select(c => c.AgendaItemId);
        var rows = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Standing == null
                && i.MeetingId != origin
                && !taken.Contains(i.Id)
                && i.Meeting!.Committee!.CouncilId == report.CouncilId
                && i.Meeting.Date >= from
                && i.Meeting.Status != MeetingStatus.Cancelled)
            .OrderBy(i => i.Meeting!.Date).ThenBy(i => i.Meeting!.Committee!.Name).ThenBy(i => i.Number)
            .Select(i => new { i.Id, i.Number, i.Title, i.Meeting!.Date, Body = i.Meeting.Committee!.Name })
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ItemChoice(r.Id, $"{r.Body}, {LongDate.Format(r.Date)}: item {r.Number}, {r.Title}")).ToList();
    }

    /// <summary>
    /// Takes the report to a later meeting's item. A step the rules refuse (<see cref="Report.TakeTo"/>) throws
    /// <see cref="ConsultationRefusedException"/> with the reason, and nothing is written.
    /// </summary>
    public async Task<Consultation> TakeToAsync(Guid reportId, Guid agendaItemId, ConsultationPurpose purpose, string recommendation, CancellationToken cancellationToken = default)
    {
        var report = await db.Reports
            .Include(r => r.AgendaItem).ThenInclude(i => i!.Meeting)
            .Include(r => r.Consultations)
            .SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken)
            ?? throw new ConsultationRefusedException("The report was not found; it may have been deleted.");
        var item = await db.AgendaItems.Include(i => i.Meeting).ThenInclude(m => m!.Committee)
            .SingleOrDefaultAsync(i => i.Id == agendaItemId, cancellationToken)
            ?? throw new ConsultationRefusedException("Choose the meeting and item of business the report goes to; the item chosen was not found.");
        Consultation consultation;
        try
        {
            consultation = report.TakeTo(item, purpose, recommendation);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(consultation.Id, cancellationToken);
        return consultation;
    }

    /// <summary>Records what the later meeting decided, optionally with the minute that records it.</summary>
    public async Task<Consultation> RecordOutcomeAsync(Guid consultationId, string outcome, Guid? minuteId = null, CancellationToken cancellationToken = default)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken)
            ?? throw new ConsultationRefusedException("That step of the report's journey was not found; it may have been withdrawn.");
        if (minuteId is { } id && !await db.Minutes.AnyAsync(m => m.Id == id && m.AgendaItemId == consultation.AgendaItemId, cancellationToken))
        {
            throw new ConsultationRefusedException("The minute chosen does not record the item that considered the report.");
        }
        try
        {
            consultation.RecordOutcome(outcome, minuteId);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(consultation.Id, cancellationToken);
        return consultation;
    }

    /// <summary>Tells the cache and search about a committed step the public can see: its meeting and the report's own.</summary>
    private async Task AnnounceAsync(Guid consultationId, CancellationToken cancellationToken)
    {
        var seen = await db.Consultations.AsNoTracking().WherePublic()
            .Where(c => c.Id == consultationId)
            .Select(c => new { c.Report!.CouncilId, Later = c.AgendaItem!.MeetingId, Origin = c.Report.AgendaItem!.MeetingId })
            .SingleOrDefaultAsync(cancellationToken);
        if (seen is null)
        {
            return;
        }
        await events.PublishedAsync(new PublishedChange(seen.CouncilId, seen.Later, PublishedContent.PaperJourney), cancellationToken);
        if (seen.Origin != seen.Later)
        {
            await events.PublishedAsync(new PublishedChange(seen.CouncilId, seen.Origin, PublishedContent.PaperJourney), cancellationToken);
        }
    }

    private sealed record StepRow(
        Guid? ConsultationId, Guid ReportId, Guid ItemId, int Number, string Suffix, string Title, Guid MeetingId, LocalDate Date, LocalTime Start,
        Guid CommitteeId, string Body, Slug Slug, ConsultationPurpose? Purpose, string? Recommendation, string? Outcome, Guid? MinuteId);

    private async Task<Dictionary<Guid, IReadOnlyList<JourneyStep>>> JourneysAsync(IReadOnlyCollection<Guid> reportIds, bool publicOnly, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking().Where(r => reportIds.Contains(r.Id) && r.AgendaItemId != null);
        var consultations = db.Consultations.AsNoTracking().Where(c => reportIds.Contains(c.ReportId));
        if (publicOnly)
        {
            reports = reports.WherePublic();
            consultations = consultations.WherePublic();
        }
        var origins = await reports.Select(r => new StepRow(
                null, r.Id, r.AgendaItem!.Id, r.AgendaItem.Number, r.AgendaItem.Suffix, r.AgendaItem.Title, r.AgendaItem.MeetingId, r.AgendaItem.Meeting!.Date, r.AgendaItem.Meeting.StartTime,
                r.AgendaItem.Meeting.CommitteeId, r.AgendaItem.Meeting.Committee!.Name, r.AgendaItem.Meeting.Committee.Slug, null, null, null, null))
            .ToListAsync(cancellationToken);
        var known = origins.Select(o => o.ReportId).ToHashSet();
        var later = (await consultations.Select(c => new StepRow(
                c.Id, c.ReportId, c.AgendaItemId, c.AgendaItem!.Number, c.AgendaItem.Suffix, c.AgendaItem.Title, c.AgendaItem.MeetingId, c.AgendaItem.Meeting!.Date, c.AgendaItem.Meeting.StartTime,
                c.AgendaItem.Meeting.CommitteeId, c.AgendaItem.Meeting.Committee!.Name, c.AgendaItem.Meeting.Committee.Slug, c.Purpose, c.Recommendation, c.Outcome, c.MinuteId))
            .ToListAsync(cancellationToken))
            .Where(c => known.Contains(c.ReportId));
        var rows = origins.Concat(later).ToList();
        var outcomes = await MinutedOutcomesAsync(rows, publicOnly, cancellationToken);
        return rows
            .GroupBy(r => r.ReportId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<JourneyStep>)g
                    .OrderBy(r => r.Date).ThenBy(r => r.Start).ThenBy(r => r.ConsultationId is null ? 0 : 1)
                    .Select(r => new JourneyStep(r.ConsultationId, r.ReportId, r.ItemId, r.Number, r.Suffix, r.Title, r.MeetingId, r.Date, r.Start, r.CommitteeId, r.Body, r.Slug,
                        r.Purpose, r.Recommendation, r.Outcome ?? Minuted(outcomes, r)))
                    .ToList());
    }

    /// <summary>The decisions of the minute linked to the step, else of the first minute at its item.</summary>
    private static string? Minuted(List<Minute> minutes, StepRow row)
    {
        var minute = minutes.FirstOrDefault(m => row.MinuteId is { } id && m.Id == id)
            ?? minutes.Where(m => m.AgendaItemId == row.ItemId).MinBy(m => m.Number.Value);
        return minute is null ? null : Decisions(minute);
    }

    private static string? Decisions(Minute minute)
    {
        var resolutions = minute.Resolutions.Where(r => !r.IsDeleted).OrderBy(r => r.Order).ToList();
        return resolutions.Count == 0 ? null : string.Join("\n\n", resolutions.Select(r => r.ToMinuteText()));
    }

    /// <summary>The minutes at the steps' items and those linked to steps (public minutes only for the public journey).</summary>
    private async Task<List<Minute>> MinutedOutcomesAsync(List<StepRow> rows, bool publicOnly, CancellationToken cancellationToken)
    {
        var itemIds = rows.Select(r => r.ItemId).Distinct().ToList();
        var minuteIds = rows.Where(r => r.MinuteId is not null).Select(r => r.MinuteId!.Value).ToList();
        var query = db.Minutes.AsNoTracking().Include(m => m.Resolutions)
            .Where(m => (m.AgendaItemId != null && itemIds.Contains(m.AgendaItemId.Value)) || minuteIds.Contains(m.Id));
        if (publicOnly)
        {
            query = query.WherePublic();
        }
        return await query.ToListAsync(cancellationToken);
    }
}
