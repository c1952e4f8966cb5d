using NodaTime;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;

namespace Quorum.Application.Reports;

/// <summary>
/// A committee report from start to clearance: started for a business item on a coming agenda, saved and
/// submitted by its author, cleared by the statutory officers (Section 3) or returned with a reason. Nothing here
/// is public yet: a cleared report is published with its agenda (<see cref="Agendas.AgendaPublisher"/>), which
/// announces it. Each call takes the report as the caller loaded it (with its clearances) through this scope's
/// context, checked that the user may do this to it, and saves once.
/// </summary>
public sealed class ReportDrafts(QuorumDbContext db)
{
    /// <summary>The statutory officers whose clearance a report needs before it is cleared: the s.151 officer and the Monitoring Officer.</summary>
    public static readonly IReadOnlyList<ClearanceRole> StatutoryOfficers = [ClearanceRole.ChiefFinancialOfficer, ClearanceRole.MonitoringOfficer];

    /// <summary>Starts the report for a business item, its cover sheet filled in from the meeting and the item (loaded with its meeting and committee).</summary>
    public async Task<Report> StartAsync(AgendaItem item, string subject, string? responsibleOfficer, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(subject);
        var meeting = item.Meeting ?? throw new ArgumentException("The agenda item must be loaded with its meeting and committee.", nameof(item));
        var report = new Report
        {
            CouncilId = meeting.Committee!.CouncilId,
            AgendaItemId = item.Id,
            ReportFor = meeting.Committee.Name,
            DateOfMeeting = meeting.Date,
            Subject = subject.Trim(),
            ResponsibleOfficer = responsibleOfficer?.Trim() ?? "",
            DraftedBy = author,
            TextFormat = ReportTextFormat.Markdown,
        };
        db.Reports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>Saves the draft with <paramref name="edit"/> (the checked form) applied.</summary>
    public async Task SaveAsync(Report report, Action<Report> edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        edit(db.Tracked(report));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="edit"/> and submits the report for clearance. Returns what the cover sheet still
    /// lacks (<see cref="Report.MissingForSubmission"/>), in which case nothing is written; empty when submitted.
    /// </summary>
    public async Task<IReadOnlyList<string>> SubmitAsync(Report report, Action<Report> edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        edit(db.Tracked(report));
        var missing = report.MissingForSubmission().ToList();
        if (missing.Count > 0)
        {
            db.ChangeTracker.Clear();
            return missing;
        }
        report.Submit();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Records a statutory officer's clearance; recording a role again replaces its earlier row (Section 3 has one line per officer).</summary>
    public async Task<Clearance> RecordClearanceAsync(Report report, ClearanceRole role, string name, LocalDate? date, string? onBehalfOf, CancellationToken cancellationToken)
    {
        db.Tracked(report);
        foreach (var earlier in report.Clearances.Where(c => c.Role == role).ToList())
        {
            report.Clearances.Remove(earlier);
            db.Remove(earlier);
        }
        var clearance = report.AddClearance(role, name, date, onBehalfOf);
        db.Add(clearance);
        await db.SaveChangesAsync(cancellationToken);
        return clearance;
    }

    /// <summary>
    /// Marks the report cleared. Returns the statutory officers whose clearance is not yet recorded, in which case
    /// nothing is written; empty when cleared.
    /// </summary>
    public async Task<IReadOnlyList<ClearanceRole>> ClearAsync(Report report, CancellationToken cancellationToken)
    {
        db.Tracked(report);
        var missing = StatutoryOfficers.Where(role => report.Clearances.All(c => c.Role != role)).ToList();
        if (missing.Count > 0)
        {
            return missing;
        }
        report.Clear();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Returns the report to its author as a draft, with what they need to change.</summary>
    public async Task ReturnAsync(Report report, string reason, CancellationToken cancellationToken)
    {
        db.Tracked(report).ReturnToDraft(reason);
        await db.SaveChangesAsync(cancellationToken);
    }
}
