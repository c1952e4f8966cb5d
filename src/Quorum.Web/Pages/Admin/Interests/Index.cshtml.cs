using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.People;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Interests;

/// <summary>
/// Democratic Services' list of the members' registers of interests: each councillor, and each co-opted member with
/// a vote (who must register too, Localism Act 2011 s27(4)), with their current entries, dispensations in force and
/// when their register last changed, so a register that has gone quiet stands out.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock) : StaffPageModel
{
    public sealed record Row(Guid PersonId, string Name, string? Seat, int Entries, int Dispensations, LocalDate? LastChanged);

    public List<Row> Councillors { get; private set; } = [];

    public List<Row> CoOptedMembers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "Registers of interests";
        var ct = HttpContext.RequestAborted;
        // The same council and the same councillors as the public /people page.
        var council = await current.GetAsync(ct);
        if (council is null)
        {
            return;
        }
        var today = clock.Today;
        var councillors = await db.People.AsNoTracking().Where(p => p.CouncilId == council.Id && p.IsCouncillor).ToListAsync(ct);
        // Co-optees who vote, on any matter, on a body of this council today; a non-voting adviser need not register.
        var coOpted = await (
                from m in db.Memberships.AsNoTracking()
                join c in db.Committees on m.CommitteeId equals c.Id
                where c.CouncilId == council.Id && m.Role == MembershipRole.CoOpted && m.VotingRight != VotingRight.None
                    && m.From <= today && (m.To == null || m.To >= today)
                select new { m.PersonId, Body = c.Name, m.Position })
            .ToListAsync(ct);
        var coOptedIds = coOpted.Select(c => c.PersonId).ToHashSet();
        var coOptees = await db.People.AsNoTracking().Where(p => coOptedIds.Contains(p.Id) && !p.IsCouncillor).ToListAsync(ct);
        var ids = councillors.Concat(coOptees).Select(p => p.Id).ToList();
        var entries = (await db.RegisteredInterests.AsNoTracking().Where(i => ids.Contains(i.PersonId)).ToListAsync(ct)).ToLookup(i => i.PersonId);
        var dispensations = (await db.Dispensations.AsNoTracking().Where(d => ids.Contains(d.PersonId) && d.From <= today && d.Expires >= today).Select(d => d.PersonId).ToListAsync(ct))
            .CountBy(id => id).ToDictionary();
        var seats = coOpted.ToLookup(c => c.PersonId, c => c.Position is null ? c.Body : $"{c.Position}, {c.Body}");

        Row RowOf(Person p, string? seat) => new(
            p.Id,
            p.DisplayName,
            seat,
            entries[p.Id].Count(i => i.IsCurrentOn(today)),
            dispensations.GetValueOrDefault(p.Id),
            // The register changes when an entry starts or ends (an entry never ends before it starts).
            entries[p.Id].Max(i => (LocalDate?)(i.EndedOn ?? i.RegisteredOn)));
        Councillors = [.. ByName(councillors).Select(p => RowOf(p, null))];
        CoOptedMembers = [.. ByName(coOptees).Select(p => RowOf(p, string.Join("; ", seats[p.Id].Distinct(StringComparer.Ordinal))))];
    }

    private static IEnumerable<Person> ByName(IEnumerable<Person> people) =>
        people.OrderBy(p => p.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase);
}
