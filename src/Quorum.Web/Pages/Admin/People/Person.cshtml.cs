using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.People;

namespace Quorum.Web.Pages.Admin.People;

/// <summary>One person: their details to correct, and every seat they have held, current first. Seats are added and ended on the body's page.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class PersonModel(QuorumDbContext db, PeopleSetup setup) : StaffPageModel
{
    public sealed record Seat(Guid BodyId, string Body, MembershipRole Role, LocalDate From, LocalDate? To);

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public Person Person { get; private set; } = null!;

    public IReadOnlyList<Seat> Seats { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Wards { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = PersonForm.Of(Person);
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
            var person = await setup.EditAsync(id, Form.Details(), HttpContext.RequestAborted);
            Notice = $"{person.DisplayName} changed.";
            return Redirect($"/admin/people/{id}");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? "given-name"] = ex.Message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return false;
        }
        Person = person;
        Title = person.DisplayName;
        Seats = [.. (await db.Memberships.AsNoTracking().Where(m => m.PersonId == id)
                .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m.CommitteeId, c.Name, m.Role, m.From, m.To })
                .ToListAsync(ct))
            .Select(s => new Seat(s.CommitteeId, s.Name, s.Role, s.From, s.To))
            .OrderBy(s => s.To is null ? 0 : 1).ThenByDescending(s => s.To).ThenBy(s => s.Body)];
        Groups = await Choices.GroupsAsync(db, person.CouncilId, ct);
        Wards = await Choices.WardsAsync(db, person.CouncilId, ct);
        return true;
    }
}
