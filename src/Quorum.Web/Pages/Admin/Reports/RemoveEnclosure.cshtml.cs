using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Data;
using Quorum.Domain.Reports;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// "Are you sure?" before an enclosure is removed from a draft report (GOV.UK's confirmation pattern): its file is
/// deleted and the others renumbered. The enclosures page does the removing.
/// </summary>
[Authorize(Roles = ReportAccess.Roles)]
public sealed class RemoveEnclosureModel(QuorumDbContext db) : ReportPageModel
{
    public Enclosure? Enclosure { get; private set; }

    public string EnclosuresPage => $"/admin/reports/{Report.Id}/enclosures";

    /// <summary>Why it cannot be removed from here (gone already, the report no longer a draft this user may change), or null.</summary>
    public string? NoLongerApplies => !CanEdit
        ? "The report is no longer a draft you can change, so its enclosures stay as they are."
        : Enclosure is null ? "That enclosure is no longer on the report." : null;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid enclosureId)
    {
        if (await LoadAsync(db, id) is { } refused)
        {
            return refused;
        }
        Enclosure = Report.Enclosures.SingleOrDefault(e => e.Id == enclosureId);
        Title = $"Remove an enclosure – {Report.Subject}";
        return Page();
    }
}
