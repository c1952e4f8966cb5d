using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Imports;

namespace Quorum.Web.Pages.Admin.Imports;

/// <summary>
/// Check before importing: what the importer read from the upload, in words, and one button to import it (the same
/// service as <c>quorum import</c>: one transaction, announced to the public site and search, audited) or to let it go.
/// </summary>
[Authorize(Roles = IndexModel.Roles)]
public sealed class PreviewModel(PackUploads uploads) : StaffPageModel
{
    public StagedPack Upload { get; private set; } = null!;

    public PackPreview Preview { get; private set; } = null!;

    /// <summary>Why confirming failed (the importer's reason, naming the file); the upload is let go.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CouncilIdAsync() is not { } councilId || await uploads.FindAsync(id, councilId, HttpContext.RequestAborted) is not { } found)
        {
            return Gone();
        }
        (Upload, Preview) = found;
        Title = $"Check the papers read from {Upload.FileName}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CouncilIdAsync() is not { } councilId || await uploads.ImportAsync(id, councilId, Actor, HttpContext.RequestAborted) is not { } imported)
        {
            return Gone();
        }
        if (imported.Result.Outcome == PackImportOutcome.Failed)
        {
            Title = "The papers could not be imported";
            Refusal = imported.Result.Reason;
            return Page();
        }
        TempData[ImportedModel.Key] = JsonSerializer.Serialize(ImportedModel.Done.From(imported));
        return Redirect("/admin/imports/imported");
    }

    public async Task<IActionResult> OnPostAbandonAsync(Guid id)
    {
        if (await CouncilIdAsync() is { } councilId && await uploads.AbandonAsync(id, councilId, HttpContext.RequestAborted) is { } upload)
        {
            Notice = $"{upload.FileName} was not imported; nothing was saved from it.";
        }
        return Redirect("/admin/imports");
    }

    /// <summary>An upload already imported, abandoned or let go after a day: back to the start, saying so.</summary>
    private RedirectResult Gone()
    {
        Notice = "That upload is no longer waiting (it was imported, cancelled or left for more than a day). Upload the file again to import it.";
        return Redirect("/admin/imports");
    }
}
