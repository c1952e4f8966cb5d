using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain.People;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.People;

/// <summary>A member's register of interests through time: every entry, current, ended or replaced, as the public may see it.</summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class InterestsModel(QuorumDbContext db, CurrentCouncil current, InterestsRegister register) : SitePageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<PublicRegisterEntry> Current { get; private set; } = [];

    public IReadOnlyList<PublicRegisterEntry> Ended { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!QueryValues.TrySlug(slug, out var wanted) || !await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.CouncilId == Council!.Id && p.Slug == wanted, ct);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        Title = $"Register of interests: {person.DisplayName}";
        Crumbs(("Councillors", SiteUrls.People), (person.DisplayName, SiteUrls.Person(person.Slug)));
        var history = await register.PublicHistoryAsync(person.Id, ct);
        Current = [.. history.Where(e => e.EndedOn is null)];
        Ended = [.. history.Where(e => e.EndedOn is not null).OrderByDescending(e => e.EndedOn)];
        return Page();
    }
}
