using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Reports;

namespace Quorum.Web.Pages.Admin;

/// <summary>The staff home page: what is waiting for the signed-in person's role.</summary>
public sealed class IndexModel(QuorumDbContext db) : StaffPageModel
{
    public int Submitted { get; private set; }

    public int Cleared { get; private set; }

    public int MyDrafts { get; private set; }

    public async Task OnGetAsync()
    {
        Title = "Staff home";
        var ct = HttpContext.RequestAborted;
        Submitted = await db.Reports.CountAsync(r => r.State == PublicationState.Submitted, ct);
        Cleared = await db.Reports.CountAsync(r => r.State == PublicationState.Cleared, ct);
        MyDrafts = await db.Reports.CountAsync(r => r.State == PublicationState.Draft && r.DraftedBy == Actor, ct);
    }
}
