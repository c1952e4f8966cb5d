using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Years;

/// <summary>
/// The council's municipal years: each with the election before it, the form to add a year, and the ways on to
/// rolling a year's appointments over and recording an election (both asked for on a check page first).
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil councils, MunicipalYearSetup setup, SiteClock clock) : StaffPageModel
{
    public IReadOnlyList<MunicipalYear> Years { get; private set; } = [];

    public Guid? Current { get; private set; }

    [BindProperty]
    public DateInput Starts { get; set; } = new();

    [BindProperty]
    public DateInput Ends { get; set; } = new();

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }
        if (Years.Count > 0)
        {
            var last = Years[^1];
            Starts = DateInput.Of(last.EndsOn.PlusDays(1));
            Ends = DateInput.Of(last.EndsOn.PlusYears(1));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } council)
        {
            return NotFound();
        }
        var starts = Starts.Check(Errors, DateField.ErrorKeyOf("starts"), "first day of the year");
        var ends = Ends.Check(Errors, DateField.ErrorKeyOf("ends"), "last day of the year");
        if (Errors.Count > 0)
        {
            return Page();
        }
        try
        {
            var year = await setup.CreateAsync(council.Id, starts!.Value, ends!.Value, HttpContext.RequestAborted);
            Notice = $"Municipal year {year.Name} added.";
            return Redirect("/admin/years");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? DateField.ErrorKeyOf("starts")] = ex.Message;
            return Page();
        }
    }

    private async Task<SiteCouncil?> LoadAsync()
    {
        Title = "Municipal years and elections";
        var council = await councils.GetAsync(HttpContext.RequestAborted);
        if (council is not null)
        {
            Years = [.. (await db.MunicipalYears.AsNoTracking().Where(y => y.CouncilId == council.Id).ToListAsync(HttpContext.RequestAborted)).OrderBy(y => y.StartsOn)];
            Current = Years.FirstOrDefault(y => y.Contains(clock.Today))?.Id;
        }
        return council;
    }
}
