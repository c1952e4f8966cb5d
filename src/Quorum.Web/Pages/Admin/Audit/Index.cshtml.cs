using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Audit;

/// <summary>The audit log, newest first, for administrators; filter by person or kind of record.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class IndexModel(QuorumDbContext db) : StaffPageModel
{
    private const int PageSize = 100;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "Audit log";
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Who))
        {
            query = query.Where(a => a.Actor == Who);
        }
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            query = query.Where(a => a.EntityType == Kind);
        }
        Entries = await query.OrderByDescending(a => a.Sequence).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }
}
