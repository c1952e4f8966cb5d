using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Years;

/// <summary>
/// Records an ordinary election: the day, which sitting councillors were re-elected and who was newly elected. The
/// clerk checks the result on a second page (whose terms and seats end, who is added) before it is written, because
/// ended terms are not undone.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class ElectionModel(QuorumDbContext db, CurrentCouncil councils, MunicipalYearSetup setup, SiteClock clock) : StaffPageModel
{
    /// <summary>Rows for newly elected councillors; more can be added on their own pages afterwards.</summary>
    public const int NewRows = 4;

    public sealed class NewCouncillor
    {
        public string? GivenName { get; set; }

        public string? FamilyName { get; set; }

        public Guid? GroupId { get; set; }

        public Guid? WardId { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(GivenName) && string.IsNullOrWhiteSpace(FamilyName);
    }

    public IReadOnlyList<(Guid Id, string Name)> Sitting { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Wards { get; private set; } = [];

    /// <summary>Whether the page is the check of a result entered, rather than the form.</summary>
    public bool Checking { get; private set; }

    [BindProperty]
    public DateInput Day { get; set; } = new();

    [BindProperty]
    public List<Guid> ReElected { get; set; } = [];

    [BindProperty]
    public List<NewCouncillor> Elected { get; set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public IEnumerable<(Guid Id, string Name)> Leaving => Sitting.Where(s => !ReElected.Contains(s.Id));

    public IEnumerable<NewCouncillor> Newcomers => Elected.Where(e => !e.IsEmpty);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }
        ReElected = [.. Sitting.Select(s => s.Id)];
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }
        Day.Check(Errors, DateField.ErrorKeyOf("election-day"), "day of the election");
        for (var i = 0; i < Elected.Count; i++)
        {
            if (!Elected[i].IsEmpty && string.IsNullOrWhiteSpace(Elected[i].GivenName))
            {
                Errors[$"new-{i}-given-name"] = $"New councillor {i + 1}: enter the given name";
            }
            if (!Elected[i].IsEmpty && string.IsNullOrWhiteSpace(Elected[i].FamilyName))
            {
                Errors[$"new-{i}-family-name"] = $"New councillor {i + 1}: enter the family name";
            }
        }
        Checking = Errors.Count == 0;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await LoadAsync() is not { } council)
        {
            return NotFound();
        }
        if (Day.Check(Errors, DateField.ErrorKeyOf("election-day"), "day of the election") is not { } day)
        {
            return Page();
        }
        try
        {
            var result = await setup.RecordElectionAsync(council.Id, day, ReElected,
                [.. Elected.Select(e => new PersonDetails(null, e.GivenName ?? "", e.FamilyName ?? "", true, e.GroupId, e.WardId, null)).Where((_, i) => !Elected[i].IsEmpty)],
                HttpContext.RequestAborted);
            Notice = $"Election of {Display.Date(day)} recorded before {result.Year.Name}: {result.Left.Count} left office, {result.Elected.Count} newly elected.";
            return Redirect("/admin/years");
        }
        catch (SetupRefusedException ex)
        {
            // The row numbers of the new councillors are counted among those filled in: map back to the form's rows.
            Errors[FieldOnForm(ex.Field ?? DateField.ErrorKeyOf("election-day"))] = ex.Message;
            return Page();
        }
    }

    private string FieldOnForm(string field)
    {
        if (!field.StartsWith("new-", StringComparison.Ordinal) || field.Split('-', 3) is not [_, var n, var rest] || !int.TryParse(n, out var filled))
        {
            return field;
        }
        var rows = Elected.Select((e, i) => (e, i)).Where(x => !x.e.IsEmpty).Select(x => x.i).ToList();
        var column = rest is "group" or "ward" or "given-name" ? rest : "family-name";
        return filled < rows.Count ? $"new-{rows[filled]}-{column}" : field;
    }

    private async Task<SiteCouncil?> LoadAsync()
    {
        Title = "Record an election";
        var ct = HttpContext.RequestAborted;
        var council = await councils.GetAsync(ct);
        if (council is null)
        {
            return null;
        }
        var today = clock.Today;
        var people = await db.People.AsNoTracking().Where(p => p.CouncilId == council.Id && p.IsCouncillor).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct);
        Sitting = [.. people.Where(p => p.SitsOn(today)).Select(p => (p.Id, p.DisplayName))];
        Groups = [.. (await db.PartyGroups.AsNoTracking().Where(g => g.CouncilId == council.Id).OrderBy(g => g.Name).ToListAsync(ct)).Select(g => (g.Id, g.Name))];
        Wards = [.. (await db.Wards.AsNoTracking().Where(w => w.CouncilId == council.Id).OrderBy(w => w.Name).ToListAsync(ct)).Select(w => (w.Id, w.Name))];
        while (Elected.Count < NewRows)
        {
            Elected.Add(new NewCouncillor());
        }
        return council;
    }
}
