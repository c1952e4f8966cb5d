using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Reports;
using Quorum.Publishing.Packs;
using Quorum.Web.Pages.Admin.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Papers;

/// <summary>
/// One meeting's exempt papers: the Part II reports to read on screen and the members' Part II pack to download.
/// The pack is kept outside every public folder and is served only by this page, after the same check as the
/// reports. Anyone who may not read the committee's papers gets "not found", with nothing of the papers.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Councillor},{StaffRoles.Clerk},{StaffRoles.Administrator},{StaffRoles.ClearingOfficer}")]
public sealed class MeetingModel(QuorumDbContext db, StaffAccounts accounts, AgendaPackBuilder packs) : StaffPageModel
{
    public Domain.Meetings.Meeting Meeting { get; private set; } = null!;

    public List<Report> Reports { get; private set; } = [];

    public bool HasPartIIPack { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Reports = await MembersPapers.ExemptReportsAsync(db, id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The members' Part II pack as a download, never cached by a browser or proxy.</summary>
    public async Task<IActionResult> OnGetPartIIPackAsync(Guid id)
    {
        if (!await LoadAsync(id) || !HasPartIIPack)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        return PhysicalFile(PartIIPackPath(), "application/pdf", PackFolder.PartIIDownloadName(Meeting.Date, Meeting.Committee!.Slug));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee)
            .SingleOrDefaultAsync(m => m.Id == id && m.Deleted == null && m.AgendaPublishedOn != null, ct);
        if (meeting is null || !await accounts.MayReadExemptPapersAsync(User, meeting.CommitteeId, ct))
        {
            return false;
        }
        Meeting = meeting;
        Title = $"Part II papers: {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        HasPartIIPack = System.IO.File.Exists(PartIIPackPath());
        return true;
    }

    private string PartIIPackPath() => packs.Folder.PathFor(Meeting.Date, Meeting.Committee!.Slug, PackKind.PartII);
}
