using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Calendar;

/// <summary>
/// The meetings calendar: a month grid (<c>?month=2017-09</c>) or a year's list (<c>?view=list&amp;year=2017</c>),
/// optionally for one committee; cancelled and postponed meetings stay listed, marked as such.
/// </summary>
public sealed class IndexModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock) : SitePageModel
{
    public sealed record MeetingRow(LocalDate Date, LocalTime Time, MeetingStatus Status, bool IsSpecial, Slug Committee, string CommitteeName);

    public sealed record CommitteeOption(string Name, Slug Slug);

    public bool ListView { get; private set; }

    public YearMonth Month { get; private set; }

    public int Year { get; private set; }

    public Slug? Committee { get; private set; }

    public string? CommitteeName { get; private set; }

    public List<CommitteeOption> Committees { get; private set; } = [];

    public List<MeetingRow> Meetings { get; private set; } = [];

    public bool HasEarlier { get; private set; }

    public bool HasLater { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? month, string? year, string? view, string? committee)
    {
        ListView = view?.Trim().ToLowerInvariant() switch
        {
            null or "" or "month" => false,
            "list" => true,
            _ => throw new BadQueryException("view", $"'view' must be 'month' or 'list', not '{(view.Length > 20 ? view[..20] : view)}'."),
        };
        Committee = QueryValues.Slug("committee", committee);
        var today = clock.Today;
        Month = QueryValues.Month("month", month) ?? today.ToYearMonth();
        Year = ParseYear(year) ?? Month.Year;
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        var committees = await db.Committees.AsNoTracking().Where(c => c.CouncilId == Council!.Id)
            .Select(c => new { c.Id, c.Name, c.Slug })
            .ToListAsync(ct);
        Committees = [.. committees.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(c => new CommitteeOption(c.Name, c.Slug))];
        var query = db.Meetings.AsNoTracking().WherePublic().Where(m => m.Committee!.CouncilId == Council!.Id);
        if (Committee is not null)
        {
            var chosen = committees.FirstOrDefault(c => c.Slug == Committee)
                ?? throw new BadQueryException("committee", $"There is no committee '{Committee}'. Choose one from the list.");
            CommitteeName = chosen.Name;
            query = query.Where(m => m.CommitteeId == chosen.Id);
        }
        // Paging stops where the record does (and a year ahead), so the calendar is not an endless set of empty pages.
        var earliest = await query.OrderBy(m => m.Date).Select(m => m.Date).Take(1).ToListAsync(ct);
        var latest = await query.OrderByDescending(m => m.Date).Select(m => m.Date).Take(1).ToListAsync(ct);
        var (first, last) = ListView
            ? (new LocalDate(Year, 1, 1), new LocalDate(Year, 12, 31))
            : (Month.OnDayOfMonth(1), Month.OnDayOfMonth(Month.Calendar.GetDaysInMonth(Month.Year, Month.Month)));
        Meetings = await query
            .Where(m => m.Date >= first && m.Date <= last)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new MeetingRow(m.Date, m.StartTime, m.Status, m.IsSpecial, m.Committee!.Slug, m.Committee.Name))
            .ToListAsync(ct);
        HasEarlier = earliest.Count > 0 && earliest[0] < first;
        HasLater = (latest.Count > 0 && latest[0] > last) || last < today.PlusYears(1);
        var scope = CommitteeName is null ? "" : $"{CommitteeName}: ";
        Title = ListView ? $"{scope}Meetings in {Year}" : $"{scope}Meetings in {Display.Month(Month)}";
        Crumbs();
        return Page();
    }

    private static int? ParseYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.None, null, out var year) && year is >= 1900 and <= 2200
            ? year
            : throw new BadQueryException("year", $"'year' must be a year such as 2017, not '{(text.Length > 20 ? text[..20] : text)}'.");
    }

    public string MonthLink(YearMonth month) => SiteUrls.CalendarMonth(month, Committee);

    public string ListLink(int year) => $"{SiteUrls.Calendar}?view=list&year={year}" + (Committee is null ? "" : "&committee=" + Committee);

    /// <summary>The weeks of the month grid, Monday first, with days outside the month as null.</summary>
    public IEnumerable<LocalDate?[]> Weeks()
    {
        var first = Month.OnDayOfMonth(1);
        var start = first.PlusDays(-((int)first.DayOfWeek - 1));
        for (var week = start; week.ToYearMonth() <= Month; week = week.PlusWeeks(1))
        {
            yield return [.. Enumerable.Range(0, 7).Select(d => week.PlusDays(d)).Select(d => d.ToYearMonth() == Month ? d : (LocalDate?)null)];
        }
    }
}
