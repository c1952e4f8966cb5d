using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Committees;

/// <summary>A body's page: what it does, who sits on it (by role and group, reserves in order), its quorum and meetings.</summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class CommitteeModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock, ActionTracker actions) : SitePageModel
{
    public sealed record Seat(string Name, Slug Slug, MembershipRole Role, VotingRight VotingRight, string? Group, string? Organisation, string? Position);

    public sealed record Reserve(int Position, string Name, Slug Slug);

    public sealed record MeetingRow(LocalDate Date, LocalTime Time, MeetingStatus Status, bool IsSpecial);

    public Committee Committee { get; private set; } = null!;

    /// <summary>Actions arising from the committee's published minutes: open ones first by due date, overdue flagged.</summary>
    public List<TrackedAction> Actions { get; private set; } = [];

    public string? ParentName { get; private set; }

    public Slug? ParentSlug { get; private set; }

    /// <summary>The date the membership shown is correct for: today, or the last meeting for a body no longer sitting.</summary>
    public LocalDate MembershipAsAt { get; private set; }

    public List<Seat> Chairs { get; private set; } = [];

    /// <summary>Ordinary members by party group (independents and non-councillors under "No group").</summary>
    public List<IGrouping<string, Seat>> MembersByGroup { get; private set; } = [];

    public List<Seat> CoOptees { get; private set; } = [];

    public List<Seat> Advisers { get; private set; } = [];

    public List<Seat> Representatives { get; private set; } = [];

    /// <summary>Seats not held today, when the body's terms fix how many it has.</summary>
    public int? Vacancies { get; private set; }

    public string? ReserveYear { get; private set; }

    public List<(string Group, List<Reserve> Reserves)> ReserveLists { get; private set; } = [];

    public List<MeetingRow> Upcoming { get; private set; } = [];

    /// <summary>The most recent past meetings; the calendar's list view has the rest.</summary>
    public List<MeetingRow> Past { get; private set; } = [];

    public const int PastShown = 12;

    public int PastCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!QueryValues.TrySlug(slug, out var wanted) || !await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        var committee = await db.Committees.AsNoTracking().Include(c => c.Parent)
            .FirstOrDefaultAsync(c => c.CouncilId == Council!.Id && c.Slug == wanted, ct);
        if (committee is null)
        {
            return NotFound();
        }
        Committee = committee;
        ParentName = committee.Parent?.Name;
        ParentSlug = committee.Parent?.Slug;
        Title = committee.Name;
        Crumbs(("Committees", SiteUrls.Committees));

        var today = clock.Today;
        var meetings = await db.Meetings.AsNoTracking().WherePublic()
            .Where(m => m.CommitteeId == committee.Id)
            .Select(m => new MeetingRow(m.Date, m.StartTime, m.Status, m.IsSpecial))
            .ToListAsync(ct);
        Upcoming = [.. meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Time)];
        var past = meetings.Where(m => m.Date < today).OrderByDescending(m => m.Date).ThenByDescending(m => m.Time).ToList();
        PastCount = past.Count;
        Past = [.. past.Take(PastShown)];
        // Actions are part of the minutes: only those from published minutes are shown.
        var published = (await db.Minutes.AsNoTracking().WherePublic().Where(m => m.CommitteeId == Committee.Id).Select(m => m.Number).ToListAsync(HttpContext.RequestAborted))
            .Select(n => n.Value).ToHashSet();
        Actions = [.. (await actions.TrackerAsync(Committee.Id, cancellationToken: HttpContext.RequestAborted)).Where(a => published.Contains(a.MinuteNumber))];

        await LoadMembershipAsync(committee, today, ct);
        await LoadReservesAsync(committee, ct);
        return Page();
    }

    private async Task LoadMembershipAsync(Committee committee, LocalDate today, CancellationToken ct)
    {
        var seats = await (
                from m in db.Memberships.AsNoTracking()
                where m.CommitteeId == committee.Id
                join p in db.People on m.PersonId equals p.Id
                join g in db.PartyGroups on p.PartyGroupId equals g.Id into groups
                from g in groups.DefaultIfEmpty()
                select new { m.From, m.To, Person = p, Group = g == null ? null : g.Name, m.Role, m.VotingRight, m.OrganisationRepresented, m.Position })
            .ToListAsync(ct);
        MembershipAsAt = today;
        if (!seats.Any(s => s.From <= today && (s.To == null || s.To >= today)) && seats.Count > 0)
        {
            // A body that has stopped sitting: show the membership on the last day anyone sat.
            MembershipAsAt = seats.Max(s => s.To ?? s.From);
        }
        var current = seats
            .Where(s => s.From <= MembershipAsAt && (s.To == null || s.To >= MembershipAsAt))
            .Select(s => new Seat(s.Person.DisplayName, s.Person.Slug, s.Role, s.VotingRight, s.Group, s.OrganisationRepresented, s.Position))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Chairs = [.. current.Where(s => s.Role is MembershipRole.Chair or MembershipRole.ViceChair).OrderBy(s => s.Role)];
        MembersByGroup = [.. current.Where(s => s.Role is MembershipRole.Member).GroupBy(s => s.Group ?? "No group").OrderByDescending(g => g.Count()).ThenBy(g => g.Key)];
        CoOptees = [.. current.Where(s => s.Role is MembershipRole.CoOpted)];
        Advisers = [.. current.Where(s => s.Role is MembershipRole.Advisory or MembershipRole.Officer)];
        Representatives = [.. current.Where(s => s.Role is MembershipRole.Representative)];
        // Seats left empty, as councils print them ("2 Vacancies"); advisers and officers hold no seat. A body that stopped sitting has none.
        Vacancies = MembershipAsAt == today ? committee.VacanciesWith(current.Count(s => s.Role is not (MembershipRole.Advisory or MembershipRole.Officer))) : null;
    }

    private async Task LoadReservesAsync(Committee committee, CancellationToken ct)
    {
        var years = await db.MunicipalYears.AsNoTracking()
            .Where(y => y.CouncilId == committee.CouncilId)
            .ToListAsync(ct);
        var listed = await db.ReserveLists.AsNoTracking().Where(r => r.CommitteeId == committee.Id).Select(r => r.MunicipalYearId).Distinct().ToListAsync(ct);
        var year = years.Where(y => listed.Contains(y.Id)).OrderByDescending(y => y.Contains(MembershipAsAt)).ThenByDescending(y => y.StartsOn).FirstOrDefault();
        if (year is null)
        {
            return;
        }
        ReserveYear = year.Name;
        var entries = await (
                from list in db.ReserveLists.AsNoTracking()
                where list.CommitteeId == committee.Id && list.MunicipalYearId == year.Id
                join g in db.PartyGroups on list.PartyGroupId equals g.Id
                from e in list.Entries
                join p in db.People on e.PersonId equals p.Id
                select new { Group = g.Name, e.Position, Person = p })
            .ToListAsync(ct);
        ReserveLists = [.. entries.GroupBy(e => e.Group).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.OrderBy(e => e.Position).Select(e => new Reserve(e.Position, e.Person.DisplayName, e.Person.Slug)).ToList()))];
    }
}
