using Microsoft.AspNetCore.Authorization;
using Quorum.Application.Staff;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Audit;

/// <summary>The audit log of this host's council (see <see cref="CouncilAuditLog"/>), newest first, for administrators; filter by person or kind of record.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class IndexModel(CouncilAuditLog log) : StaffPageModel
{
    private const int PageSize = 100;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "Audit log";
        var kind = Kind is null ? null : Display.RecordKindStored(Kind);
        Entries = await CouncilIdAsync() is { } council ? await log.LatestAsync(council, Who, kind, PageSize, HttpContext.RequestAborted) : [];
    }
}
