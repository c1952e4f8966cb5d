using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Imports;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Imports;

/// <summary>
/// "Import past papers": a clerk uploads one of the council's old agenda packs, minutes or reports (text or PDF), as
/// <c>quorum import</c> would read it. Nothing is stored yet: a refusal names the file and what was wrong, and a
/// readable pack goes on to its preview.
/// </summary>
[Authorize(Roles = Roles)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class IndexModel(PackUploads uploads) : StaffPageModel
{
    public const string Roles = StaffRoles.Clerk + "," + StaffRoles.Administrator;

    public string MaxSize => uploads.Rules.MaxText;

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Title = "Import past papers";
        return await CouncilIdAsync() is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? pack)
    {
        Title = "Import past papers";
        if (await CouncilIdAsync() is not { } councilId)
        {
            return NotFound();
        }
        if (pack is null)
        {
            Errors["pack"] = "Choose the file of past papers to upload";
            return Page();
        }
        try
        {
            await using var content = pack.OpenReadStream();
            var (upload, _) = await uploads.StageAsync(content, pack.FileName, pack.Length, councilId, Actor, HttpContext.RequestAborted);
            return Redirect($"/admin/imports/{upload.Id}");
        }
        catch (PackUploadRefusedException ex)
        {
            Errors["pack"] = ex.Message;
            return Page();
        }
    }
}
