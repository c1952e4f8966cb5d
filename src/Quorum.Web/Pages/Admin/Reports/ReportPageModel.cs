using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Reports;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>Base of the pages about one report: it loads the report and refuses whoever may not see it.</summary>
public abstract class ReportPageModel : StaffPageModel
{
    public Report Report { get; private set; } = null!;

    public bool CanEdit => ReportAccess.CanEdit(User, Report);

    /// <summary>Form errors keyed by the id of the field they belong to.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Loads the report with its clearances, enclosures and meeting; a result when it is missing or not this user's to see.</summary>
    protected async Task<IActionResult?> LoadAsync(QuorumDbContext db, Guid id)
    {
        var report = await db.Reports.Include(r => r.Clearances).Include(r => r.Enclosures)
            .Include(r => r.AgendaItem).ThenInclude(i => i!.Meeting).ThenInclude(m => m!.Committee)
            .SingleOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }
        if (!ReportAccess.CanView(User, report))
        {
            return Forbid();
        }
        Report = report;
        Title = report.Subject;
        return null;
    }
}
