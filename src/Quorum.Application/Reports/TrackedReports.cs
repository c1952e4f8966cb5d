using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Reports;

namespace Quorum.Application.Reports;

/// <summary>
/// The report services change the report a page has already loaded, so it must belong to the same context: a
/// report from elsewhere would be saved as nothing, silently.
/// </summary>
internal static class TrackedReports
{
    public static Report Tracked(this QuorumDbContext db, Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (db.Entry(report).State == EntityState.Detached)
        {
            throw new InvalidOperationException($"Report {report.Id} must be loaded through this scope's context before it is changed.");
        }
        return report;
    }
}
