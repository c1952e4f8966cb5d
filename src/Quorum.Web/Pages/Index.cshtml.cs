using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;

namespace Quorum.Web.Pages;

/// <summary>The front page: what is coming up, what has just been published and what was recently decided.</summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock) : SitePageModel
{
    public sealed record MeetingRow(LocalDate Date, LocalTime Time, MeetingStatus Status, bool IsSpecial, Slug Committee, string CommitteeName);

    public sealed record PaperRow(string Subject, LocalDate Published, LocalDate MeetingDate, Slug Committee, string CommitteeName, int ItemNumber, string ItemSuffix);

    public const int Shown = 8;

    public List<MeetingRow> Upcoming { get; private set; } = [];

    public List<PaperRow> Papers { get; private set; } = [];

    public List<DecisionRow> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadCouncilAsync(current))
        {
            Title = "No council yet";
            return Page();
        }
        var ct = HttpContext.RequestAborted;
        var today = clock.Today;
        var councilId = Council!.Id;
        Upcoming = await db.Meetings.AsNoTracking().WherePublic()
            .Where(m => m.Committee!.CouncilId == councilId && m.Date >= today)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Take(Shown)
            .Select(m => new MeetingRow(m.Date, m.StartTime, m.Status, m.IsSpecial, m.Committee!.Slug, m.Committee.Name))
            .ToListAsync(ct);
        // A paper is "published" with its agenda; only public reports on public agenda items are listed.
        var publicItems = db.AgendaItems.WherePublic().Where(i => i.Meeting!.Committee!.CouncilId == councilId);
        Papers = await (
                from r in db.Reports.AsNoTracking().WherePublic()
                join i in publicItems on r.AgendaItemId equals i.Id
                orderby i.Meeting!.AgendaPublishedOn descending, i.Meeting!.Date descending, i.Number
                select new PaperRow(r.Subject, i.Meeting!.AgendaPublishedOn!.Value, i.Meeting.Date, i.Meeting.Committee!.Slug, i.Meeting.Committee.Name, i.Number, i.Suffix))
            .Take(Shown)
            .ToListAsync(ct);
        Decisions = await DecisionRows.Query(db, councilId).Take(Shown).ToListAsync(ct);
        return Page();
    }
}
