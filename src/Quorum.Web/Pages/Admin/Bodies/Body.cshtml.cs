using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Bodies;

/// <summary>
/// One body as Democratic Services keep it: its details, the members today with their roles and voting rights, this
/// year's reserve lists in order, the forms to add a member or a reserve and to end a seat, and the past members.
/// <see cref="BodySetup"/> checks every change (one chair at a time, a seat ends after it starts, reserves from their
/// own group); this page shows its refusal against the field.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class BodyModel(QuorumDbContext db, BodySetup setup, SiteClock clock) : StaffPageModel
{
    public sealed record Seat(Guid Id, Guid PersonId, string Name, MembershipRole Role, VotingRight VotingRight, string? Organisation, string? Position, LocalDate From, LocalDate? To, string? Minute);

    public sealed record Reserves(string Group, string Year, IReadOnlyList<string> People);

    public Committee Body { get; private set; } = null!;

    public string? Parent { get; private set; }

    public IReadOnlyList<Seat> Current { get; private set; } = [];

    /// <summary>Seats that start later (appointed ahead of the annual meeting).</summary>
    public IReadOnlyList<Seat> Coming { get; private set; } = [];

    public IReadOnlyList<Seat> Past { get; private set; } = [];

    public IReadOnlyList<Reserves> ReserveLists { get; private set; } = [];

    /// <summary>Seats not held today, when the body's terms fix how many it has.</summary>
    public int? Vacancies => Body.VacanciesWith(Current.Count(s => s.Role is not (MembershipRole.Advisory or MembershipRole.Officer)));

    /// <summary>Named substitutes in force today or later: who, for which organisation, and for whom when named.</summary>
    public IReadOnlyList<(string Name, string Organisation, string? For, LocalDate From, LocalDate? To)> Substitutes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Councillors { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];

    public LocalDate Today => clock.Today;

    public Dictionary<string, string> Errors { get; } = [];

    // Adding a member.
    [BindProperty]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public MembershipRole? Role { get; set; }

    /// <summary>Empty for the role's usual right (members vote, advisers do not); a co-optee's must be chosen.</summary>
    [BindProperty]
    public VotingRight? Voting { get; set; }

    [BindProperty]
    public DateInput Start { get; set; } = new();

    [BindProperty]
    public DateInput End { get; set; } = new();

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Position { get; set; }

    [BindProperty]
    public string? Minute { get; set; }

    // Ending a seat.
    [BindProperty]
    public Guid? MembershipId { get; set; }

    [BindProperty]
    public DateInput LastDay { get; set; } = new();

    [BindProperty]
    public string? EndMinute { get; set; }

    // Adding a reserve.
    [BindProperty]
    public Guid? ReserveGroupId { get; set; }

    [BindProperty]
    public Guid? ReservePersonId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Start = DateInput.Of(clock.Today);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddSeatAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (PersonId is null)
        {
            Errors["person"] = "Choose the person who takes the seat";
        }
        if (Role is null)
        {
            Errors["role"] = "Choose the person's role on the body";
        }
        var from = Start.Check(Errors, DateField.ErrorKeyOf("start"), "date the seat starts");
        LocalDate? to = null;
        if (!End.IsEmpty)
        {
            to = End.Check(Errors, DateField.ErrorKeyOf("end"), "date the seat ends");
        }
        if (Errors.Count == 0)
        {
            await ChangeAsync(async ct =>
            {
                var seat = await setup.AddSeatAsync(id, new NewSeat(PersonId!.Value, Role!.Value, Voting, from!.Value, to, Organisation, Position, Minute), ct);
                return $"{People.First(p => p.Id == seat.PersonId).Name} added as {Display.Role(seat.Role).ToLowerInvariant()} from {Display.Date(seat.From)}.";
            }, field => field is "start" or "end" ? DateField.ErrorKeyOf(field) : field);
        }
        return await AfterAsync(id, "members");
    }

    public async Task<IActionResult> OnPostEndSeatAsync(Guid id)
    {
        if (!await LoadAsync(id) || Current.Concat(Coming).FirstOrDefault(s => s.Id == MembershipId) is not { } seat)
        {
            return NotFound();
        }
        var field = $"end-{seat.Id}";
        if (LastDay.Check(Errors, DateField.ErrorKeyOf(field), "last day of the seat") is { } lastDay)
        {
            await ChangeAsync(async ct =>
            {
                await setup.EndSeatAsync(seat.Id, lastDay, EndMinute, ct);
                return $"{seat.Name}'s seat ends on {Display.Date(lastDay)}.";
            }, refused => refused.EndsWith("-minute", StringComparison.Ordinal) ? refused : DateField.ErrorKeyOf(field));
        }
        return await AfterAsync(id, "members");
    }

    public async Task<IActionResult> OnPostAddReserveAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (ReserveGroupId is null)
        {
            Errors["reserve-group"] = "Choose the party group whose reserve list it is";
        }
        if (ReservePersonId is null)
        {
            Errors["reserve-person"] = "Choose the reserve";
        }
        if (Errors.Count == 0)
        {
            await ChangeAsync(async ct =>
            {
                var entry = await setup.AddReserveAsync(id, ReserveGroupId!.Value, ReservePersonId!.Value, clock.Today, ct);
                return $"{Councillors.First(p => p.Id == entry.PersonId).Name} added as reserve {entry.Position}.";
            }, field => field);
        }
        return await AfterAsync(id, "reserves");
    }

    // Adding a substitute.
    [BindProperty]
    public Guid? SubstitutePersonId { get; set; }

    [BindProperty]
    public string? SubstituteOrganisation { get; set; }

    [BindProperty]
    public Guid? SubstituteForId { get; set; }

    public async Task<IActionResult> OnPostAddSubstituteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (SubstitutePersonId is null)
        {
            Errors["substitute-person"] = "Choose the substitute";
        }
        if (Errors.Count == 0)
        {
            await ChangeAsync(async ct =>
            {
                var substitute = await setup.AddSubstituteAsync(id, new NewSubstitute(SubstitutePersonId!.Value, SubstituteOrganisation ?? "", SubstituteForId, clock.Today), ct);
                return $"{People.First(p => p.Id == substitute.PersonId).Name} added as a substitute for {substitute.Organisation}.";
            }, field => field);
        }
        return await AfterAsync(id, "substitutes");
    }

    /// <summary>One change through the set-up service; a refusal is shown against the field it names (mapped to the page's ids), and nothing is saved.</summary>
    private async Task ChangeAsync(Func<CancellationToken, Task<string>> change, Func<string, string> fieldOf)
    {
        try
        {
            Notice = await change(HttpContext.RequestAborted);
        }
        catch (SetupRefusedException ex)
        {
            Errors[fieldOf(ex.Field ?? "person")] = ex.Message;
        }
    }

    private async Task<IActionResult> AfterAsync(Guid id, string fragment)
    {
        if (Errors.Count > 0)
        {
            Notice = null;
            return Page();
        }
        return Redirect($"/admin/bodies/{id}#{fragment}");
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
        Title = body.Name;
        Parent = body.ParentId is { } parentId ? await db.Committees.Where(c => c.Id == parentId).Select(c => c.Name).FirstOrDefaultAsync(ct) : null;
        var today = clock.Today;
        var seats = (await db.Memberships.AsNoTracking().Where(m => m.CommitteeId == id)
                .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { m, p })
                .ToListAsync(ct))
            .Select(x => new Seat(x.m.Id, x.p.Id, x.p.DisplayName, x.m.Role, x.m.VotingRight, x.m.OrganisationRepresented, x.m.Position, x.m.From, x.m.To, x.m.AppointedByMinute))
            .OrderBy(s => s.Role).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Current = [.. seats.Where(s => s.From <= today && (s.To is null || s.To >= today))];
        Coming = [.. seats.Where(s => s.From > today)];
        Past = [.. seats.Where(s => s.To < today).OrderByDescending(s => s.To)];
        var substitutes = await db.Substitutes.AsNoTracking().Where(s => s.CommitteeId == id && (s.To == null || s.To >= today)).ToListAsync(ct);

        var people = await db.People.AsNoTracking().Where(p => p.CouncilId == body.CouncilId).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct);
        People = [.. people.Select(p => (p.Id, p.DisplayName))];
        Councillors = [.. people.Where(p => p.IsCouncillor).Select(p => (p.Id, p.DisplayName))];
        var groups = await db.PartyGroups.AsNoTracking().Where(g => g.CouncilId == body.CouncilId).OrderBy(g => g.Name).ToListAsync(ct);
        Groups = [.. groups.Select(g => (g.Id, g.Name))];
        string NameOf(Guid person) => people.FirstOrDefault(p => p.Id == person)?.DisplayName ?? "";
        Substitutes = [.. substitutes.OrderBy(s => s.Organisation).ThenBy(s => NameOf(s.PersonId))
            .Select(s => (NameOf(s.PersonId), s.Organisation, s.ForPersonId is { } f ? NameOf(f) : null, s.From, s.To))];
        var year = (await db.MunicipalYears.AsNoTracking().Where(y => y.CouncilId == body.CouncilId).ToListAsync(ct)).FirstOrDefault(y => y.Contains(today));
        if (year is not null)
        {
            var lists = await db.ReserveLists.AsNoTracking().Include(l => l.Entries).Where(l => l.CommitteeId == id && l.MunicipalYearId == year.Id).ToListAsync(ct);
            ReserveLists = [.. lists
                .Select(l => new Reserves(groups.FirstOrDefault(g => g.Id == l.PartyGroupId)?.Name ?? "", year.Name,
                    [.. l.InOrder().Select(e => people.FirstOrDefault(p => p.Id == e.PersonId)?.DisplayName ?? "")]))
                .OrderBy(l => l.Group)];
        }
        return true;
    }
}
