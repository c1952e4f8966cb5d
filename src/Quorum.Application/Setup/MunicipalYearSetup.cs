using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.People;
using Quorum.Domain.Publication;

namespace Quorum.Application.Setup;

/// <summary>A seat held to the last day of a year, offered for the next; <paramref name="NotCarried"/> says why it cannot be when it cannot.</summary>
public sealed record CarriedSeat(Guid MembershipId, string Body, string Person, MembershipRole Role, VotingRight VotingRight, string? Organisation, string? NotCarried);

/// <summary>A party group's reserve list for a body, offered for the next year with those who still sit, in order.</summary>
public sealed record CarriedReserves(Guid ReserveListId, string Body, string Group, IReadOnlyList<string> People);

/// <summary>
/// What rolling <paramref name="From"/> over to the next year would write, for the clerk to check: the appointments made
/// for the year (seats ending on its last day) and its reserve lists. Open-ended seats carry on as they are.
/// </summary>
public sealed record Rollover(MunicipalYear From, LocalDate NextStarts, LocalDate NextEnds, bool NextExists, IReadOnlyList<CarriedSeat> Seats, IReadOnlyList<CarriedReserves> Reserves, int Continuing)
{
    public string NextName => $"{NextStarts.Year}-{NextEnds.Year}";
}

/// <summary>What recording an election wrote.</summary>
public sealed record ElectionResult(MunicipalYear Year, IReadOnlyList<Person> Left, int SeatsEnded, IReadOnlyList<Person> Elected);

/// <summary>
/// Democratic Services keeping the council's years: creating a municipal year, rolling the year's appointments and
/// reserve lists over to the next once the clerk has checked them, and recording an ordinary election (the terms of
/// those not re-elected end on the day, with their seats; the new councillors are added; minute numbers restart after
/// it where the council's settings say so). Nothing held before is overwritten: seats and terms are ended. Each change
/// is one transaction, audited under the signed-in person, then announced like the other set-up changes.
/// </summary>
public sealed class MunicipalYearSetup(QuorumDbContext db, PeopleSetup people, CouncilRulebooks rulebooks, PublicationEvents publication)
{
    public async Task<MunicipalYear> CreateAsync(Guid councilId, LocalDate startsOn, LocalDate endsOn, CancellationToken cancellationToken = default)
    {
        if (endsOn <= startsOn)
        {
            throw new SetupRefusedException($"The year must end after it starts ({SeatRules.LongDates.Format(startsOn)})", "ends-day");
        }
        var years = await YearsAsync(councilId, cancellationToken);
        if (years.FirstOrDefault(y => SeatRules.Overlap(startsOn, endsOn, y.StartsOn, y.EndsOn)) is { } other)
        {
            throw new SetupRefusedException($"The year would overlap {other.Name}, which runs {SeatRules.Period(other.StartsOn, other.EndsOn, SeatRules.LongDates)}", "starts-day");
        }
        var year = new MunicipalYear(councilId, startsOn, endsOn);
        db.MunicipalYears.Add(year);
        await SaveAsync(councilId, cancellationToken);
        return year;
    }

    /// <summary>What rolling <paramref name="yearId"/> over would write. Nothing is written.</summary>
    public async Task<Rollover> ProposeAsync(Guid yearId, CancellationToken cancellationToken = default)
    {
        var year = await db.MunicipalYears.FirstOrDefaultAsync(y => y.Id == yearId, cancellationToken) ?? throw new SetupRefusedException("There is no such municipal year.");
        var next = (await YearsAsync(year.CouncilId, cancellationToken)).FirstOrDefault(y => y.StartsOn > year.EndsOn);
        var nextStarts = next?.StartsOn ?? year.EndsOn.PlusDays(1);
        var nextEnds = next?.EndsOn ?? nextStarts.PlusYears(1).PlusDays(-1);
        var bodies = await db.Committees.Where(c => c.CouncilId == year.CouncilId).ToListAsync(cancellationToken);
        var bodyIds = bodies.Select(b => b.Id).ToList();
        var everyone = await db.People.Where(p => p.CouncilId == year.CouncilId).ToDictionaryAsync(p => p.Id, cancellationToken);
        var seats = await db.Memberships.Where(m => bodyIds.Contains(m.CommitteeId) && m.From <= year.EndsOn && (m.To == null || m.To >= year.EndsOn)).ToListAsync(cancellationToken);
        var nextSeats = await db.Memberships.Where(m => bodyIds.Contains(m.CommitteeId) && m.From <= nextEnds && (m.To == null || m.To >= nextStarts)).ToListAsync(cancellationToken);

        string? WhyNot(Membership seat, Committee body)
        {
            var person = everyone[seat.PersonId];
            return body.RetiredOn is not null ? $"{body.Name} has been retired"
                : IsCouncillorSeat(seat.Role) && !person.SitsOn(nextStarts) ? $"{person.FullName} is no longer a councillor"
                : nextSeats.Any(n => n.CommitteeId == seat.CommitteeId && n.PersonId == seat.PersonId) ? $"{person.FullName} already has a seat on it in {next?.Name ?? "the next year"}"
                : null;
        }
        var carried = seats.Where(m => m.To == year.EndsOn)
            .Select(m => (Seat: m, Body: bodies.First(b => b.Id == m.CommitteeId)))
            .OrderBy(x => x.Body.Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Seat.Role).ThenBy(x => everyone[x.Seat.PersonId].FamilyName, StringComparer.OrdinalIgnoreCase)
            .Select(x => new CarriedSeat(x.Seat.Id, x.Body.Name, everyone[x.Seat.PersonId].DisplayName, x.Seat.Role, x.Seat.VotingRight, x.Seat.OrganisationRepresented, WhyNot(x.Seat, x.Body)))
            .ToList();

        var groups = await db.PartyGroups.Where(g => g.CouncilId == year.CouncilId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var lists = await db.ReserveLists.Include(l => l.Entries).Where(l => l.MunicipalYearId == year.Id).ToListAsync(cancellationToken);
        var nextLists = next is null ? [] : await db.ReserveLists.Where(l => l.MunicipalYearId == next.Id).Select(l => new { l.CommitteeId, l.PartyGroupId }).ToListAsync(cancellationToken);
        var reserves = lists
            .Where(l => bodies.First(b => b.Id == l.CommitteeId).RetiredOn is null && !nextLists.Any(n => n.CommitteeId == l.CommitteeId && n.PartyGroupId == l.PartyGroupId))
            .Select(l => new CarriedReserves(l.Id, bodies.First(b => b.Id == l.CommitteeId).Name, groups[l.PartyGroupId],
                [.. l.InOrder().Select(e => everyone[e.PersonId]).Where(p => p.SitsOn(nextStarts)).Select(p => p.DisplayName)]))
            .Where(l => l.People.Count > 0)
            .OrderBy(l => l.Body, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Group, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new Rollover(year, nextStarts, nextEnds, next is not null, carried, reserves, seats.Count(m => m.To is null));
    }

    /// <summary>
    /// Writes the checked rollover: the next year when it is not there yet, a new seat for the next year for each of
    /// <paramref name="seatIds"/> (citing <paramref name="minute"/>, the annual meeting's), and each of
    /// <paramref name="reserveListIds"/> copied in order, leaving out reserves who no longer sit.
    /// </summary>
    public async Task<MunicipalYear> RollOverAsync(Guid yearId, IReadOnlyCollection<Guid> seatIds, IReadOnlyCollection<Guid> reserveListIds, string? minute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seatIds);
        ArgumentNullException.ThrowIfNull(reserveListIds);
        var proposal = await ProposeAsync(yearId, cancellationToken);
        var cited = BodySetup.Optional(minute, 200, "minute", "The minute reference");
        if (seatIds.Count + reserveListIds.Count == 0)
        {
            throw new SetupRefusedException("Choose at least one appointment or reserve list to carry over", "seats");
        }
        if (seatIds.FirstOrDefault(id => proposal.Seats.FirstOrDefault(s => s.MembershipId == id) is not { NotCarried: null }) is var refused && refused != Guid.Empty)
        {
            var seat = proposal.Seats.FirstOrDefault(s => s.MembershipId == refused);
            throw new SetupRefusedException(seat?.NotCarried is { } why ? $"{seat.Person} on {seat.Body} cannot be carried over: {why}" : "Choose appointments from the list", "seats");
        }
        if (reserveListIds.Any(id => proposal.Reserves.All(r => r.ReserveListId != id)))
        {
            throw new SetupRefusedException("Choose reserve lists from the list", "reserves");
        }
        var year = proposal.From;
        var next = (await YearsAsync(year.CouncilId, cancellationToken)).FirstOrDefault(y => y.StartsOn == proposal.NextStarts);
        if (next is null)
        {
            next = new MunicipalYear(year.CouncilId, proposal.NextStarts, proposal.NextEnds);
            db.MunicipalYears.Add(next);
        }
        var everyone = await db.People.Where(p => p.CouncilId == year.CouncilId).ToDictionaryAsync(p => p.Id, cancellationToken);
        var old = await db.Memberships.Where(m => seatIds.Contains(m.Id)).ToListAsync(cancellationToken);
        var bodyIds = old.Select(m => m.CommitteeId).Distinct().ToList();
        var held = await db.Memberships.Where(m => bodyIds.Contains(m.CommitteeId)).ToListAsync(cancellationToken);
        var bodies = await db.Committees.Where(c => bodyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var seat in old)
        {
            // Two chairs chosen for one body, or a chair already appointed for the next year.
            var others = held.Where(h => h.CommitteeId == seat.CommitteeId).Select(h => new SeatHeld(everyone[h.PersonId].FullName, h.Role, h.From, h.To));
            if (SeatRules.SecondChair(bodies[seat.CommitteeId].Name, seat.Role, next.StartsOn, next.EndsOn, others, SeatRules.LongDates) is { } problem)
            {
                throw new SetupRefusedException(BodySetup.Sentence(problem.Message), "seats");
            }
            var copy = new Membership
            {
                CommitteeId = seat.CommitteeId,
                PersonId = seat.PersonId,
                Role = seat.Role,
                VotingRight = seat.VotingRight,
                OrganisationRepresented = seat.OrganisationRepresented,
                Position = seat.Position,
                From = next.StartsOn,
                To = next.EndsOn,
                AppointedByMinute = cited,
            };
            held.Add(copy);
            db.Memberships.Add(copy);
        }
        var lists = await db.ReserveLists.Include(l => l.Entries).Where(l => reserveListIds.Contains(l.Id)).ToListAsync(cancellationToken);
        foreach (var list in lists)
        {
            var copy = new ReserveList { CommitteeId = list.CommitteeId, PartyGroupId = list.PartyGroupId, MunicipalYearId = next.Id };
            foreach (var entry in list.InOrder().Where(e => everyone[e.PersonId].SitsOn(next.StartsOn)))
            {
                copy.Add(entry.PersonId);
            }
            db.ReserveLists.Add(copy);
        }
        await SaveAsync(year.CouncilId, cancellationToken);
        return next;
    }

    /// <summary>
    /// Records the ordinary election on <paramref name="day"/>, held before the next municipal year begins: the
    /// councillors sitting that day who are not in <paramref name="reElected"/> leave office on it and their seats end
    /// on it; <paramref name="newCouncillors"/> are added; the year after it notes the election, so minute numbers
    /// restart after it where the council's settings say so.
    /// </summary>
    public async Task<ElectionResult> RecordElectionAsync(Guid councilId, LocalDate day, IReadOnlyCollection<Guid> reElected, IReadOnlyList<PersonDetails> newCouncillors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reElected);
        ArgumentNullException.ThrowIfNull(newCouncillors);
        var year = (await YearsAsync(councilId, cancellationToken)).FirstOrDefault(y => y.StartsOn > day)
            ?? throw new SetupRefusedException($"No municipal year starts after {SeatRules.LongDates.Format(day)}: create the year the new council meets in first", "election-day-day");
        if (year.ElectionOn is { } recorded)
        {
            throw new SetupRefusedException($"The election before {year.Name} is already recorded, on {SeatRules.LongDates.Format(recorded)}", "election-day-day");
        }
        var sitting = (await db.People.Where(p => p.CouncilId == councilId && p.IsCouncillor).ToListAsync(cancellationToken)).Where(p => p.SitsOn(day)).ToList();
        if (reElected.Any(id => sitting.All(p => p.Id != id)))
        {
            throw new SetupRefusedException("Choose the re-elected from the councillors sitting on the day", "re-elected");
        }
        var leaving = sitting.Where(p => !reElected.Contains(p.Id)).ToList();
        var leavingIds = leaving.Select(p => p.Id).ToList();
        var seats = await db.Memberships.Where(m => leavingIds.Contains(m.PersonId) && (m.To == null || m.To > day)).ToListAsync(cancellationToken);
        if (seats.FirstOrDefault(m => m.From > day) is { } later)
        {
            var who = leaving.First(p => p.Id == later.PersonId);
            throw new SetupRefusedException($"{who.FullName} has a seat starting on {SeatRules.LongDates.Format(later.From)}, after the election: end or correct it first, or say they were re-elected", "re-elected");
        }
        foreach (var seat in seats)
        {
            seat.To = day;
        }
        foreach (var person in leaving)
        {
            person.CouncillorUntil = day;
        }
        var elected = new List<Person>();
        for (var i = 0; i < newCouncillors.Count; i++)
        {
            var details = newCouncillors[i] with { IsCouncillor = true };
            try
            {
                var person = await people.AddAsync(councilId, details, cancellationToken);
                if (elected.Any(p => SetupImporter.PersonKey(p.FullName) == SetupImporter.PersonKey(person.FullName)))
                {
                    throw new SetupRefusedException($"{person.FullName} is named twice", "family-name");
                }
                elected.Add(person);
            }
            catch (SetupRefusedException refused)
            {
                // The page has a row of fields for each new councillor: name the row.
                throw new SetupRefusedException($"New councillor {i + 1}: {refused.Message}", $"new-{i}-{refused.Field}");
            }
        }
        year.ElectionOn = day;
        await SaveAsync(councilId, cancellationToken);
        return new ElectionResult(year, leaving, seats.Count, elected);
    }

    private async Task<List<MunicipalYear>> YearsAsync(Guid councilId, CancellationToken cancellationToken) =>
        [.. (await db.MunicipalYears.Where(y => y.CouncilId == councilId).ToListAsync(cancellationToken)).OrderBy(y => y.StartsOn)];

    /// <summary>Seats a councillor holds as a councillor, which end with their term (a co-optee's do not).</summary>
    private static bool IsCouncillorSeat(MembershipRole role) => role is MembershipRole.Chair or MembershipRole.ViceChair or MembershipRole.Member;

    private async Task SaveAsync(Guid councilId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        // The years and elections set the minute numbering and which reserve list applies: the council's rulebook is stale.
        rulebooks.Forget(councilId);
        await publication.PublishedAsync(new PublishedChange(councilId, null, PublishedContent.Membership), cancellationToken);
        await publication.PublishedAsync(new PublishedChange(councilId, null, PublishedContent.CouncilDetails), cancellationToken);
    }
}
