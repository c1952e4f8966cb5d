using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Setup;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Years;

/// <summary>
/// The check page before a year's appointments and reserve lists are carried into the next: the clerk sees each
/// proposal (and why any cannot be carried), unticks what the annual meeting changed, cites its minute, and confirms.
/// Nothing is written until then.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class RollOverModel(MunicipalYearSetup setup) : StaffPageModel
{
    public Rollover Proposal { get; private set; } = null!;

    [BindProperty]
    public List<Guid> SeatIds { get; set; } = [];

    [BindProperty]
    public List<Guid> ReserveListIds { get; set; } = [];

    [BindProperty]
    public string? Minute { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        SeatIds = [.. Proposal.Seats.Where(s => s.NotCarried is null).Select(s => s.MembershipId)];
        ReserveListIds = [.. Proposal.Reserves.Select(r => r.ReserveListId)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            var next = await setup.RollOverAsync(id, SeatIds, ReserveListIds, Minute, HttpContext.RequestAborted);
            Notice = $"{Proposal.From.Name} rolled over: {Count(SeatIds.Count, "appointment")} and {Count(ReserveListIds.Count, "reserve list")} carried into {next.Name}.";
            return Redirect("/admin/years");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? "seats"] = ex.Message;
            return Page();
        }
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private async Task<bool> LoadAsync(Guid id)
    {
        try
        {
            Proposal = await setup.ProposeAsync(id, HttpContext.RequestAborted);
        }
        catch (SetupRefusedException)
        {
            return false;
        }
        Title = $"Roll {Proposal.From.Name} over to {Proposal.NextName}";
        return true;
    }
}
