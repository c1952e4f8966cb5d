using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;

namespace Quorum.Web.Pages.Admin.Bodies;

/// <summary>Changes a body's name, type, parent, quorum or terms of reference; the change is audited with the values before and after.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class EditModel(QuorumDbContext db, BodySetup setup) : StaffPageModel
{
    [BindProperty]
    public BodyForm Form { get; set; } = new();

    public Committee Body { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Parents { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = BodyForm.Of(Body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Form.Details(Errors) is not { } details)
        {
            return Page();
        }
        try
        {
            var body = await setup.EditAsync(id, details, HttpContext.RequestAborted);
            Notice = $"{body.Name} changed.";
            return Redirect($"/admin/bodies/{id}");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? "name"] = ex.Message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var body = await db.Committees.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (body is null)
        {
            return false;
        }
        Body = body;
        Title = $"Change {body.Name}";
        Parents = await BodyForm.ParentsAsync(db, body.CouncilId, body.Id, body.ParentId, ct);
        return true;
    }
}
