using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Decisions;

/// <summary>One executive decision notice (SI 2012/2089 reg 12), with the minute it came from and its call-in dates.</summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class NoticeModel(QuorumDbContext db, CurrentCouncil current) : SitePageModel
{
    public ExecutiveDecision Decision { get; private set; } = null!;

    /// <summary>The published minute the decision was taken at, when there is one.</summary>
    public string? MinuteLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        var decision = await ExecutiveNotices.Public(db, Council!.Id).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return NotFound();
        }
        Decision = decision;
        Title = decision.Title;
        Crumbs(("Decisions", SiteUrls.Decisions), ("Executive decisions", SiteUrls.ExecutiveDecisions));
        if (decision.MinuteId is { } minuteId)
        {
            var minute = await db.Minutes.AsNoTracking().Where(m => m.Id == minuteId && m.Meeting!.MinutesPublishedOn != null)
                .Select(m => new { m.Number, m.Meeting!.Date, m.Meeting.Committee!.Slug }).FirstOrDefaultAsync(ct);
            MinuteLink = minute is null ? null : SiteUrls.Meeting(minute.Date, minute.Slug) + "#minute-" + minute.Number;
        }
        return Page();
    }
}
