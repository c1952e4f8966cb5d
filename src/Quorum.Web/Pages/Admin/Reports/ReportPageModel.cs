using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Reports;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>Base of the pages about one report: it loads the report and refuses whoever may not see it.</summary>
public abstract class ReportPageModel : StaffPageModel
{
    public Report Report { get; private set; } = null!;

    /// <summary>The report author's name and post as their account gives it; null when not recorded.</summary>
    public string? AuthorName { get; private set; }

    public bool CanEdit => ReportAccess.CanEdit(User, Report);

    /// <summary>Form errors keyed by the id of the field they belong to.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>
    /// Loads the report with its clearances, enclosures and meeting; a result when it is missing, not this user's to
    /// see or, with <paramref name="may"/>, not theirs to change that way (an author's submitted report, a clearing
    /// officer's draft).
    /// </summary>
    protected async Task<IActionResult?> LoadAsync(QuorumDbContext db, Guid id, Func<ClaimsPrincipal, Report, bool>? may = null)
    {
        var report = await db.Reports.Include(r => r.Clearances).Include(r => r.Enclosures).Include(r => r.Consultations)
            .Include(r => r.AgendaItem).ThenInclude(i => i!.Meeting).ThenInclude(m => m!.Committee)
            .SingleOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }
        if (!ReportAccess.CanView(User, report) || (may is not null && !may(User, report)))
        {
            return Forbid();
        }
        Report = report;
        Title = report.Subject;
        // Staff know the author by name and post, not by the user name they sign in with.
        AuthorName = report.DraftedBy is { } by
            ? await db.Users.Where(u => u.UserName == by).Select(u => u.DisplayName).SingleOrDefaultAsync(HttpContext.RequestAborted) ?? by
            : null;
        return null;
    }
}
