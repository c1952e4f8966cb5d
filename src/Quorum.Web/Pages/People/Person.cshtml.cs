using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.OpenData;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.People;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.People;

/// <summary>A councillor's or co-optee's page: group, ward, seats past and present, attendance and declarations.</summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class PersonModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock, AttendanceStatistics statistics, InterestsRegister register) : SitePageModel
{
    public sealed record DispensationRow(string Scope, string Body, string Ground, string GrantedBy, bool Speaking, bool Voting, LocalDate From, LocalDate Expires);

    public sealed record SeatRow(string Committee, Slug CommitteeSlug, MembershipRole Role, VotingRight VotingRight, LocalDate From, LocalDate? To);

    public sealed record DeclarationRow(LocalDate Date, string Committee, Slug CommitteeSlug, int? ItemNumber, string? ItemTitle, string Text);

    public Person Person { get; private set; } = null!;

    public LocalDate Today => clock.Today;

    public string? Group { get; private set; }

    public string? Ward { get; private set; }

    public List<SeatRow> Current { get; private set; } = [];

    public List<SeatRow> Former { get; private set; } = [];

    public List<AttendanceLine> Attendance { get; private set; } = [];

    public List<DeclarationRow> Declarations { get; private set; } = [];

    /// <summary>The register of interests as it stands today, sensitive entries by existence only (s32(2)).</summary>
    public IReadOnlyList<PublicRegisterEntry> Register { get; private set; } = [];

    public List<DispensationRow> Dispensations { get; private set; } = [];

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
        Title = person.DisplayName;
        Crumbs(("Councillors", SiteUrls.People));
        Group = person.PartyGroupId is { } g ? await db.PartyGroups.AsNoTracking().Where(x => x.Id == g).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        Ward = person.WardId is { } w ? await db.Wards.AsNoTracking().Where(x => x.Id == w).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;

        var seats = await (
                from m in db.Memberships.AsNoTracking()
                where m.PersonId == person.Id
                join c in db.Committees on m.CommitteeId equals c.Id
                select new { c.Name, c.Slug, m.Role, m.VotingRight, m.From, m.To })
            .ToListAsync(ct);
        var today = clock.Today;
        var rows = seats.Select(s => new SeatRow(s.Name, s.Slug, s.Role, s.VotingRight, s.From, s.To)).ToList();
        Current = [.. rows.Where(s => s.From <= today && (s.To is null || s.To >= today)).OrderBy(s => s.Committee, StringComparer.OrdinalIgnoreCase)];
        Former = [.. rows.Except(Current).OrderByDescending(s => s.To ?? s.From).ThenBy(s => s.Committee, StringComparer.OrdinalIgnoreCase)];

        Attendance = [.. (await statistics.ForPersonAsync(person.Id, ct)).Select(AttendanceLine.From)];
        await LoadDeclarationsAsync(person, ct);
        Register = await register.PublicRegisterAsync(person.Id, today, ct);
        var bodies = await db.Committees.AsNoTracking().Where(c => c.CouncilId == Council!.Id).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        Dispensations = [.. (await register.DispensationsInForceAsync(person.Id, today, ct)).Select(d => new DispensationRow(
            d.Scope, d.CommitteeId is { } c && bodies.TryGetValue(c, out var body) ? body : "Every body of the council",
            Display.Ground(d.Ground), d.GrantedBy, d.CoversDiscussion, d.CoversVoting, d.From, d.Expires))];
        return Page();
    }

    private async Task LoadDeclarationsAsync(Person person, CancellationToken ct)
    {
        // Declarations are part of the minutes: shown once the meeting's minutes are published, never on Part II
        // business (the one rule, in PublicRecords).
        var rows = await (
                from d in new PublicRecords(db).Declarations.AsNoTracking()
                where d.PersonId == person.Id
                join m in db.Meetings.WherePublic() on d.MeetingId equals m.Id
                where m.MinutesPublishedOn != null
                join i in db.AgendaItems.WherePublic() on d.AgendaItemId equals i.Id into items
                from i in items.DefaultIfEmpty()
                orderby m.Date descending
                select new { m.Date, m.Committee!.Name, m.Committee.Slug, Number = i == null ? (int?)null : i.Number, Title = i == null ? null : i.Title, d.Kind, d.Nature, d.Sensitive, d.Outcome })
            .ToListAsync(ct);
        Declarations = [.. rows.Select(r => new DeclarationRow(r.Date, r.Name, r.Slug, r.Number, r.Title, Display.DeclarationText(r.Kind, r.Nature, r.Sensitive, r.Outcome)))];
    }
}
