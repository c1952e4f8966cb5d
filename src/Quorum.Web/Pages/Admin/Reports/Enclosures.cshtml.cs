using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Publishing.Documents;
using Quorum.Publishing.Packs;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// A draft report's enclosures: upload a PDF or write one here, mark an appendix exempt under Schedule 12A (it then
/// goes only into the members' Part II pack), replace one's file with a corrected one, and take one off again. Who
/// may change them is who may edit the draft.
/// </summary>
[Authorize(Roles = ReportAccess.Roles)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class EnclosuresModel(QuorumDbContext db, EnclosureStore enclosures, EnclosureRules rules, WarmChromium browser) : ReportPageModel
{
    /// <summary>Where removed enclosures' numbers go, out of the way of the live 1..n.</summary>
    private const int RemovedNumbers = 1_000_000;

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
        if (!ExemptionIsValid("upload-exemption") || enclosureFile is null || await StoreAsync(enclosureFile, "enclosure-file") is not { } stored)
        {
            return Page();
        }
        var title = string.IsNullOrWhiteSpace(EnclosureTitle) ? Path.GetFileNameWithoutExtension(enclosureFile.FileName) : EnclosureTitle.Trim();
        return await AddAsync(title, Path.GetFileName(enclosureFile.FileName), stored, "");
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
        var title = EnclosureTitle!.Trim();
        var fileName = $"{string.Concat(title.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '-' : c))}.pdf";
        StoredEnclosure stored;
        try
        {
            var pdf = await WrittenEnclosure.PrintAsync(browser, title, EnclosureText!, HttpContext.RequestAborted);
            stored = await enclosures.SaveAsync(pdf, fileName, HttpContext.RequestAborted);
        }
        catch (EnclosureRejectedException ex)
        {
            Errors["written-text"] = ex.Message;
            return Page();
        }
        return await AddAsync(title, fileName, stored, ", printed from what you wrote");
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
        if (enclosure is null || replacementFile is null || await StoreAsync(replacementFile, "replace-file") is not { } stored)
        {
            return Page();
        }
        // The old file stays in the store (named by its hash) for any pack already built from it.
        enclosure.Replace(Path.GetFileName(replacementFile.FileName), stored.PageCount, stored.Sha256);
        enclosure.StoragePath = stored.StoragePath;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Notice = $"Enclosure '{enclosure.Title}' replaced by {enclosure.FileName} (version {enclosure.Version}, {Display.Pages(stored.PageCount)}).";
        return Redirect($"/admin/reports/{id}/enclosures");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        if (EnclosureId is not { } enclosureId || Report.Enclosures.All(e => e.Id != enclosureId))
        {
            Notice = "That enclosure is no longer on the report.";
            return Redirect($"/admin/reports/{id}/enclosures");
        }
        // The file stays in the store: it is named by its hash and another report, or a published pack, may use it.
        var ct = HttpContext.RequestAborted;
        var tombstones = await db.Enclosures.IgnoreQueryFilters().CountAsync(e => e.ReportId == id && e.Deleted != null, ct);
        var removed = Report.RemoveEnclosure(enclosureId);
        var renumbered = Report.Enclosures.Select(e => (Enclosure: e, Number: e.Number)).ToList();
        // A removed enclosure stays as a tombstone for sync clients, and numbers are unique per report: the tombstone
        // gives up its number for one out of the way and is written first, then the others close the gap.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (enclosure, _) in renumbered)
        {
            enclosure.Number = db.Entry(enclosure).Property(e => e.Number).OriginalValue;
        }
        removed.Number = RemovedNumbers + tombstones + 1;
        db.Remove(removed);
        await db.SaveChangesAsync(ct);
        foreach (var (enclosure, number) in renumbered)
        {
            enclosure.Number = number;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Notice = $"Enclosure '{removed.Title}' removed; the others are renumbered.";
        return Redirect($"/admin/reports/{id}/enclosures");
    }

    private async Task<IActionResult> AddAsync(string title, string fileName, StoredEnclosure stored, string how)
    {
        var enclosure = Report.AddEnclosure(title, fileName, stored.PageCount, stored.Sha256);
        enclosure.StoragePath = stored.StoragePath;
        enclosure.ExemptionParagraph = ExemptionParagraph is { } p ? new Schedule12AParagraph(p) : null;
        db.Add(enclosure);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var part = enclosure.ExemptionParagraph is { } paragraph ? $"; exempt under paragraph {paragraph.Number}, in the Part II pack only" : "";
        Notice = $"Enclosure '{title}' added ({Display.Pages(stored.PageCount)}{how}{part}).";
        return Redirect($"/admin/reports/{Report.Id}/enclosures");
    }

    /// <summary>Checks and stores an uploaded PDF; null, with the refusal against <paramref name="field"/>, when it is not one.</summary>
    private async Task<StoredEnclosure?> StoreAsync(IFormFile file, string field)
    {
        try
        {
            await using var content = file.OpenReadStream();
            return await enclosures.SaveAsync(content, file.FileName, file.Length, HttpContext.RequestAborted);
        }
        catch (EnclosureRejectedException ex)
        {
            Errors[field] = ex.Message;
            return null;
        }
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
