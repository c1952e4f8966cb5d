using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Committees;

public sealed class IndexModel(QuorumDbContext db, CurrentCouncil current) : SitePageModel
{
    public sealed record Row(string Name, Domain.Slug Slug, string Purpose, BodyType Type, NodaTime.LocalDate? RetiredOn);

    public List<IGrouping<BodyType, Row>> Groups { get; private set; } = [];

    /// <summary>Bodies the council has retired: still listed, apart, so their meetings and papers can be found.</summary>
    public List<Row> Former { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        Title = "Committees";
        Crumbs();
        var rows = await db.Committees.AsNoTracking()
            .Where(c => c.CouncilId == Council!.Id)
            .Select(c => new Row(c.Name, c.Slug, c.Purpose, c.BodyType, c.RetiredOn))
            .ToListAsync(HttpContext.RequestAborted);
        var byName = rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Groups = [.. byName.Where(r => r.RetiredOn is null).GroupBy(r => r.Type).OrderBy(g => g.Key)];
        Former = [.. byName.Where(r => r.RetiredOn is not null)];
        return Page();
    }
}
