using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Imports;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Imports;

/// <summary>The confirmation after an import: what was stored, or that the same file had been imported before, and where the public sees it.</summary>
[Authorize(Roles = IndexModel.Roles)]
public sealed class ImportedModel : StaffPageModel
{
    public const string Key = "ImportedPapers";

    /// <summary>What the confirmation shows, carried over the redirect after the import.</summary>
    public sealed record Done(string FileName, bool AlreadyImported, bool NewVersion, string? Body, string? Date, string? MeetingPage, int AgendaItems, int Minutes, int Reports, int Pages, int Warnings)
    {
        public static Done From(ImportedPapers imported)
        {
            ArgumentNullException.ThrowIfNull(imported);
            var r = imported.Result;
            return new Done(r.FileName, r.Outcome == PackImportOutcome.Unchanged, r.Outcome == PackImportOutcome.NewVersion, imported.Body, imported.Date is { } date ? Display.Date(date) : null, imported.MeetingPage, r.AgendaItems, r.Minutes, r.Reports, r.Pages, r.Warnings);
        }
    }

    public Done Result { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (TempData[Key] is not string json || JsonSerializer.Deserialize<Done>(json) is not { } done)
        {
            return Redirect("/admin/imports");
        }
        Result = done;
        Title = done.AlreadyImported ? "These papers were already imported" : "Past papers imported";
        return Page();
    }
}
