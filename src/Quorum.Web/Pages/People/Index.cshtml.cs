using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.People;

/// <summary>
/// Councillors sitting today by name with their ward and group, then co-opted members and representatives, then
/// former councillors (their records stay: they moved, seconded and voted on what the minutes show).
/// </summary>
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock) : SitePageModel
{
    public sealed record Row(string Name, string SortName, Slug Slug, string? Ward, string? Group, LocalDate? Until = null);

    public List<Row> Councillors { get; private set; } = [];

    public List<Row> FormerCouncillors { get; private set; } = [];

    public List<Row> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        Title = "Councillors";
        Crumbs();
        var ct = HttpContext.RequestAborted;
        var members = db.Memberships.Select(m => m.PersonId);
        var people = await (
                from p in db.People.AsNoTracking()
                where p.CouncilId == Council!.Id && (p.IsCouncillor || members.Contains(p.Id))
                join w in db.Wards on p.WardId equals w.Id into wards
                from w in wards.DefaultIfEmpty()
                join g in db.PartyGroups on p.PartyGroupId equals g.Id into groups
                from g in groups.DefaultIfEmpty()
                select new { Person = p, Ward = w == null ? null : w.Name, Group = g == null ? null : g.Name })
            .ToListAsync(ct);
        var today = clock.Today;
        var rows = people
            .Select(x => (x.Person, Row: new Row(x.Person.DisplayName, $"{x.Person.FamilyName} {x.Person.GivenName}", x.Person.Slug, x.Ward, x.Group, x.Person.CouncillorUntil)))
            .OrderBy(x => x.Row.SortName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Councillors = [.. rows.Where(x => x.Person.SitsOn(today)).Select(x => x.Row)];
        FormerCouncillors = [.. rows.Where(x => x.Person.IsCouncillor && !x.Person.SitsOn(today)).Select(x => x.Row)];
        Others = [.. rows.Where(x => !x.Person.IsCouncillor).Select(x => x.Row)];
        return Page();
    }
}
