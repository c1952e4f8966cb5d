using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;

namespace Quorum.Web.Pages.Admin.Papers;

/// <summary>
/// The exempt (Part II) papers of published agendas, as members and officers may read them: reports that are
/// exempt or sit on a Part II item, and exempt appendices of public reports. Who may read which committee's papers
/// is <see cref="Staff.StaffAccounts.MayReadExemptPapersAsync"/>; this only finds the papers.
/// </summary>
public static class MembersPapers
{
    /// <summary>Published agendas with Part II business, of the given committees (null: every committee), newest first.</summary>
    public static IQueryable<Meeting> MeetingsWithExemptBusiness(QuorumDbContext db, IReadOnlyCollection<Guid>? committees) =>
        db.Meetings.AsNoTracking().Include(m => m.Committee)
            .Where(m => m.Deleted == null && m.AgendaPublishedOn != null)
            .Where(m => committees == null || committees.Contains(m.CommitteeId))
            .Where(m => m.AgendaItems.Any(i => i.Deleted == null && i.Part == AgendaPart.PartII)
                || db.Reports.Any(r => r.Deleted == null && r.State == PublicationState.Published && r.AgendaItem!.MeetingId == m.Id
                    && (r.ExemptionParagraph != null || r.Enclosures.Any(e => e.ExemptionParagraph != null))))
            .OrderByDescending(m => m.Date);

    /// <summary>The published reports of the meeting that the public may not read, with their enclosures, in agenda order.</summary>
    public static async Task<List<Report>> ExemptReportsAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken) =>
        (await db.Reports.AsNoTracking().Include(r => r.AgendaItem).Include(r => r.Enclosures)
            .Where(r => r.Deleted == null && r.State == PublicationState.Published && r.AgendaItem!.MeetingId == meetingId)
            .Where(r => r.ExemptionParagraph != null || r.AgendaItem!.Part == AgendaPart.PartII || r.Enclosures.Any(e => e.ExemptionParagraph != null))
            .ToListAsync(cancellationToken))
        .OrderBy(r => r.AgendaItem!.Number)
        .ToList();
}
