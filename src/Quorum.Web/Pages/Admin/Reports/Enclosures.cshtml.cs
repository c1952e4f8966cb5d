using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// A draft report's enclosures: upload a PDF or write one here, mark an appendix exempt under Schedule 12A (it then
/// goes only into the members' Part II pack), replace one's file with a corrected one, and take one off again. Who
/// may change them is who may edit the draft.
/// </summary>
[Authorize(Roles = ReportAccess.Roles)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class EnclosuresModel(QuorumDbContext db, ReportEnclosures enclosures, EnclosureRules rules) : ReportPageModel
{
    public string MaxEnclosure => rules.MaxText;

    [BindProperty]
    public string? EnclosureTitle { get; set; }

    /// <summary>An enclosure written here in Markdown, printed to PDF when it is added.</summary>
    [BindProperty]
    public string? EnclosureText { get; set; }

    /// <summary>The Schedule 12A paragraph of an exempt appendix to an otherwise public report; null when it is public.</summary>
    [BindProperty]
    public int? ExemptionParagraph { get; set; }

    [BindProperty]
    public Guid? EnclosureId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? enclosureFile)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        if (enclosureFile is null)
        {
            Errors["enclosure-file"] = "Choose a PDF file to upload";
        }
        if (!ExemptionIsValid("upload-exemption") || enclosureFile is null)
        {
            return Page();
        }
        try
        {
            await using var content = enclosureFile.OpenReadStream();
            return Added(await enclosures.AddUploadedAsync(Report, content, enclosureFile.FileName, enclosureFile.Length, EnclosureTitle, Exemption, HttpContext.RequestAborted), "");
        }
        catch (EnclosureRejectedException ex)
        {
            Errors["enclosure-file"] = ex.Message;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostWriteAsync(Guid id)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(EnclosureTitle))
        {
            Errors["written-title"] = "Enter the enclosure's title, for example \"Appendix 2 – Consultation responses\"";
        }
        else if (EnclosureTitle.Length > 500)
        {
            Errors["written-title"] = "The enclosure's title must be 500 characters or fewer";
        }
        if (string.IsNullOrWhiteSpace(EnclosureText))
        {
            Errors["written-text"] = "Write the enclosure's text";
        }
        if (!ExemptionIsValid("written-exemption") || Errors.Count > 0)
        {
            return Page();
        }
        try
        {
            return Added(await enclosures.AddWrittenAsync(Report, EnclosureTitle!, EnclosureText!, Exemption, HttpContext.RequestAborted), ", printed from what you wrote");
        }
        catch (EnclosureRejectedException ex)
        {
            Errors["written-text"] = ex.Message;
            return Page();
        }
    }

    /// <summary>A corrected file for an enclosure already listed: same title and number, the version rises.</summary>
    public async Task<IActionResult> OnPostReplaceAsync(Guid id, IFormFile? replacementFile)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        var enclosure = Report.Enclosures.FirstOrDefault(e => e.Id == EnclosureId);
        if (enclosure is null)
        {
            Errors["replace-which"] = "Choose the enclosure whose file you are replacing";
        }
        if (replacementFile is null)
        {
            Errors["replace-file"] = "Choose the corrected PDF file";
        }
        if (enclosure is null || replacementFile is null)
        {
            return Page();
        }
        try
        {
            await using var content = replacementFile.OpenReadStream();
            enclosure = await enclosures.ReplaceAsync(Report, enclosure.Id, content, replacementFile.FileName, replacementFile.Length, HttpContext.RequestAborted);
        }
        catch (EnclosureRejectedException ex)
        {
            Errors["replace-file"] = ex.Message;
            return Page();
        }
        Notice = $"Enclosure '{enclosure.Title}' replaced by {enclosure.FileName} (version {enclosure.Version}, {Display.Pages(enclosure.PageCount)}).";
        return Redirect($"/admin/reports/{id}/enclosures");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        if (EnclosureId is not { } enclosureId || await enclosures.RemoveAsync(Report, enclosureId, HttpContext.RequestAborted) is not { } removed)
        {
            Notice = "That enclosure is no longer on the report.";
            return Redirect($"/admin/reports/{id}/enclosures");
        }
        Notice = $"Enclosure '{removed.Title}' removed; the others are renumbered.";
        return Redirect($"/admin/reports/{id}/enclosures");
    }

    private Schedule12AParagraph? Exemption => ExemptionParagraph is { } p ? new Schedule12AParagraph(p) : null;

    private RedirectResult Added(Enclosure enclosure, string how)
    {
        var part = enclosure.ExemptionParagraph is { } paragraph ? $"; exempt under paragraph {paragraph.Number}, in the Part II pack only" : "";
        Notice = $"Enclosure '{enclosure.Title}' added ({Display.Pages(enclosure.PageCount)}{how}{part}).";
        return Redirect($"/admin/reports/{Report.Id}/enclosures");
    }

    private bool ExemptionIsValid(string field)
    {
        if (ExemptionParagraph is null or (>= 1 and <= 7))
        {
            return true;
        }
        Errors[field] = "Choose a paragraph of Schedule 12A from the list, or \"Not exempt\"";
        return false;
    }

    /// <summary>Loads the report for a change; a result when it is missing, not this user's, or no longer a draft.</summary>
    private Task<IActionResult?> LoadForChangeAsync(Guid id) => LoadAsync(id, ReportAccess.CanEdit);

    private async Task<IActionResult?> LoadAsync(Guid id, Func<ClaimsPrincipal, Report, bool>? may = null)
    {
        if (await LoadAsync(db, id, may) is { } refused)
        {
            return refused;
        }
        Title = $"Enclosures: {Report.Subject}";
        return null;
    }
}
