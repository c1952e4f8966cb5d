using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings;

/// <summary>A paper's journey as the page shows it: its steps, the item being viewed, and today for "to be decided".</summary>
public sealed record JourneyView(string Id, IReadOnlyList<JourneyStep> Steps, Guid CurrentItemId, LocalDate Today);

/// <summary>
/// The document view: an agenda item's reports as HTML, with their enclosures, a link into the agenda pack PDF and
/// each report's journey through later meetings; a later meeting's item links to the papers it considers. A Part II
/// item shows its title and exemption paragraph only.
/// </summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class ItemModel(QuorumDbContext db, CurrentCouncil current, PackFiles packs, DocumentStore documents, ReportJourney journeys, SiteClock clock) : SitePageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public AgendaItem AgendaItem { get; private set; } = null!;

    public List<Report> Reports { get; private set; } = [];

    public Dictionary<Guid, List<Enclosure>> Enclosures { get; private set; } = [];

    /// <summary>Enclosures whose file this server holds, so each can be opened on its own as well as in the pack.</summary>
    public HashSet<Guid> Files { get; private set; } = [];

    public string? PackUrl { get; private set; }

    /// <summary>The public journey of each report written for this item, when it goes on to other meetings.</summary>
    public Dictionary<Guid, IReadOnlyList<JourneyStep>> Journeys { get; private set; } = [];

    /// <summary>Papers written for an earlier meeting that this item considers.</summary>
    public IReadOnlyList<PaperAtItem> PapersConsidered { get; private set; } = [];

    public LocalDate Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(string date, string committee, string number)
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        var meeting = await MeetingAddress.FindAsync(db, Council!.Id, date, committee, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        // "10a" is item 10 with suffix "a", as printed on the agenda.
        var digits = number.TakeWhile(char.IsAsciiDigit).Count();
        var itemNumber = digits is > 0 and <= 4 ? int.Parse(number[..digits], CultureInfo.InvariantCulture) : 0;
        var suffix = number[digits..].ToLowerInvariant();
        var item = itemNumber == 0 ? null : await db.AgendaItems.AsNoTracking().WherePublic()
            .FirstOrDefaultAsync(i => i.MeetingId == meeting.Id && i.Number == itemNumber && i.Suffix == suffix, ct);
        if (item is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        AgendaItem = item;
        Title = $"{item.Label}. {item.Title} – {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Crumbs(
            ("Committees", SiteUrls.Committees),
            (meeting.Committee.Name, SiteUrls.Committee(meeting.Committee.Slug)),
            (Display.Date(meeting.Date), SiteUrls.Meeting(meeting.Date, meeting.Committee.Slug)));
        if (item.Part is AgendaPart.PartII)
        {
            return Page();
        }
        Reports = await db.Reports.AsNoTracking().WherePublic()
            .Where(r => r.AgendaItemId == item.Id)
            .OrderBy(r => r.Subject)
            .ToListAsync(ct);
        var ids = Reports.Select(r => r.Id).ToList();
        Journeys = await journeys.PublicJourneysAsync(ids, ct);
        PapersConsidered = await journeys.PublicPapersAtAsync(item.Id, ct);
        Enclosures = (await db.Enclosures.AsNoTracking().WherePublic()
                .Where(e => ids.Contains(e.ReportId))
                .OrderBy(e => e.Number)
                .ToListAsync(ct))
            .GroupBy(e => e.ReportId)
            .ToDictionary(g => g.Key, g => g.ToList());
        Files = [.. Enclosures.Values.SelectMany(e => e).Where(e => documents.Find(e.Sha256, e.StoragePath) is not null).Select(e => e.Id)];
        if (packs.PublicPack(meeting) is not null)
        {
            PackUrl = SiteUrls.Meeting(meeting.Date, meeting.Committee.Slug) + "/agenda.pdf";
        }
        return Page();
    }
}
