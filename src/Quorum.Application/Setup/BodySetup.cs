using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;
using static Quorum.Application.Setup.SetupImporter;

namespace Quorum.Application.Setup;

/// <summary>
/// What the body form asks: name, type, the body it reports to, its quorum (a number of members, or a share of its
/// voting members as one in <paramref name="QuorumOneIn"/>, or none when its terms set none) and its terms of reference in brief.
/// </summary>
public sealed record BodyDetails(string Name, BodyType Type, Guid? ParentId, int? Quorum, string? Purpose, int? QuorumOneIn = null, int? Seats = null);

/// <summary>A seat to add: the person, their role and voting right (the role's usual one when null), the period, and for partnership bodies whom they represent.</summary>
/// <param name="Minute">The minute of the meeting that made the appointment, as printed, when cited.</param>
public sealed record NewSeat(Guid PersonId, MembershipRole Role, VotingRight? VotingRight, LocalDate From, LocalDate? To, string? Organisation = null, string? Position = null, string? Minute = null);

/// <summary>A named substitute to add: the person, the organisation they attend for, the representative they stand in for when named, and the first day.</summary>
public sealed record NewSubstitute(Guid PersonId, string Organisation, Guid? ForPersonId, LocalDate From);

/// <summary>
/// Democratic Services keeping a council's bodies on the staff pages: create, edit and retire a body, add and end
/// seats, add reserves. Each change is checked first (the seat rules are <see cref="SeatRules"/>, shared with
/// <c>quorum setup import</c>; a refusal is a <see cref="SetupRefusedException"/> naming the field), saved in one
/// transaction (audited under the signed-in person) and then announced, so the public pages and search follow. Nothing
/// is deleted: a body is retired, a seat ended.
/// </summary>
public sealed class BodySetup(QuorumDbContext db, PublicationEvents publication)
{
    public async Task<Committee> CreateAsync(Guid councilId, BodyDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var bodies = await db.Committees.Where(c => c.CouncilId == councilId).ToListAsync(cancellationToken);
        var name = Check(details, null, bodies);
        var taken = (await db.Committees.IgnoreQueryFilters().Where(c => c.CouncilId == councilId).Select(c => c.Slug).ToListAsync(cancellationToken)).Select(s => s.Value).ToHashSet();
        var body = new Committee { CouncilId = councilId, Name = name, Slug = new Slug(Slugged(name, taken)), BodyType = details.Type };
        Apply(body, details);
        db.Committees.Add(body);
        await SaveAsync(councilId, cancellationToken);
        return body;
    }

    public async Task<Committee> EditAsync(Guid bodyId, BodyDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var body = await BodyAsync(bodyId, cancellationToken);
        var bodies = await db.Committees.Where(c => c.CouncilId == body.CouncilId).ToListAsync(cancellationToken);
        body.Name = Check(details, body, bodies);
        body.BodyType = details.Type;
        Apply(body, details);
        await SaveAsync(body.CouncilId, cancellationToken);
        return body;
    }

    /// <summary>Winds a body up on <paramref name="lastDay"/>: its seats end that day; its meetings, minutes and past members stay.</summary>
    public async Task<Committee> RetireAsync(Guid bodyId, LocalDate lastDay, CancellationToken cancellationToken = default)
    {
        var body = await db.Committees.Include(c => c.Memberships).FirstOrDefaultAsync(c => c.Id == bodyId, cancellationToken)
            ?? throw new SetupRefusedException("There is no such body.");
        if (body.IsRetired)
        {
            throw new SetupRefusedException($"{body.Name} was already retired.", "last-day-day");
        }
        if (body.Memberships.FirstOrDefault(m => m.From > lastDay) is { } later)
        {
            throw new SetupRefusedException($"A seat on {body.Name} starts on {SeatRules.LongDates.Format(later.From)}, after that day: end or correct it first", "last-day-day");
        }
        if (await db.Committees.AnyAsync(c => c.ParentId == bodyId && c.RetiredOn == null, cancellationToken))
        {
            throw new SetupRefusedException($"Bodies still report to {body.Name}: retire them, or give them another parent body, first", "last-day-day");
        }
        if (await db.Meetings.Where(m => m.CommitteeId == bodyId && m.Date > lastDay && m.Status == MeetingStatus.Scheduled).OrderBy(m => m.Date).Select(m => (LocalDate?)m.Date).FirstOrDefaultAsync(cancellationToken) is { } meeting)
        {
            throw new SetupRefusedException($"{body.Name} has a meeting on {SeatRules.LongDates.Format(meeting)}, after that day: cancel it first", "last-day-day");
        }
        body.Retire(lastDay);
        await SaveAsync(body.CouncilId, cancellationToken);
        return body;
    }

    public async Task<Membership> AddSeatAsync(Guid bodyId, NewSeat seat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var body = await OpenBodyAsync(bodyId, cancellationToken);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == seat.PersonId && p.CouncilId == body.CouncilId, cancellationToken)
            ?? throw new SetupRefusedException("Choose the person who takes the seat", "person");
        Refuse(SeatRules.EndsBeforeItStarts(seat.From, seat.To, SeatRules.LongDates));
        var voting = seat.VotingRight ?? SeatRules.UsualVotingRight(seat.Role)
            ?? throw new SetupRefusedException("Choose whether the co-optee votes: on everything, on education matters only, or not at all", "voting");
        var organisation = Optional(seat.Organisation, 200, "organisation", "The organisation");
        var position = Optional(seat.Position, 200, "position", "The position");
        var minute = Optional(seat.Minute, 200, "minute", "The minute reference");
        var held = await db.Memberships.Where(m => m.CommitteeId == bodyId)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { Seat = m, p.GivenName, p.FamilyName })
            .ToListAsync(cancellationToken);
        Refuse(SeatRules.SecondChair(body.Name, seat.Role, seat.From, seat.To, held.Select(h => new SeatHeld($"{h.GivenName} {h.FamilyName}", h.Seat.Role, h.Seat.From, h.Seat.To)), SeatRules.LongDates));
        Refuse(SeatRules.SeatedTwice(person.FullName, body.Name, seat.From, seat.To,
            held.Where(h => h.Seat.PersonId == person.Id).Select(h => new SeatHeld(person.FullName, h.Seat.Role, h.Seat.From, h.Seat.To)), SeatRules.LongDates));
        var membership = new Membership
        {
            CommitteeId = bodyId,
            PersonId = person.Id,
            Role = seat.Role,
            VotingRight = voting,
            From = seat.From,
            To = seat.To,
            OrganisationRepresented = organisation,
            Position = position,
            AppointedByMinute = minute,
        };
        db.Memberships.Add(membership);
        await SaveAsync(body.CouncilId, cancellationToken);
        return membership;
    }

    /// <summary>Ends a seat on <paramref name="lastDay"/>, citing the <paramref name="minute"/> that ended it when given; the seat stays in the record as it was held.</summary>
    public async Task<Membership> EndSeatAsync(Guid membershipId, LocalDate lastDay, string? minute = null, CancellationToken cancellationToken = default)
    {
        var seat = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken)
            ?? throw new SetupRefusedException("There is no such seat.");
        var body = await BodyAsync(seat.CommitteeId, cancellationToken);
        if (seat.To is { } ended && ended <= lastDay)
        {
            throw new SetupRefusedException($"The seat already ended on {SeatRules.LongDates.Format(ended)}", $"end-{seat.Id}-day");
        }
        if (SeatRules.EndsBeforeItStarts(seat.From, lastDay, SeatRules.LongDates) is { } backwards)
        {
            throw new SetupRefusedException(Sentence(backwards.Message), $"end-{seat.Id}-day");
        }
        seat.EndedByMinute = Optional(minute, 200, $"end-{seat.Id}-minute", "The minute reference");
        seat.To = lastDay;
        await SaveAsync(body.CouncilId, cancellationToken);
        return seat;
    }

    /// <summary>
    /// Puts <paramref name="personId"/> at the end of <paramref name="groupId"/>'s reserve list for the body in the
    /// municipal year holding <paramref name="today"/> (lists are per year), making the list when it is the first.
    /// </summary>
    public async Task<ReserveListEntry> AddReserveAsync(Guid bodyId, Guid groupId, Guid personId, LocalDate today, CancellationToken cancellationToken = default)
    {
        var body = await OpenBodyAsync(bodyId, cancellationToken);
        var group = await db.PartyGroups.FirstOrDefaultAsync(g => g.Id == groupId && g.CouncilId == body.CouncilId, cancellationToken)
            ?? throw new SetupRefusedException("Choose the party group whose reserve list it is", "reserve-group");
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.CouncilId == body.CouncilId, cancellationToken)
            ?? throw new SetupRefusedException("Choose the reserve", "reserve-person");
        var theirs = person.PartyGroupId is { } own ? await db.PartyGroups.Where(g => g.Id == own).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) : null;
        if (SeatRules.ReserveOutsideGroup(person.FullName, new GroupName(group.Id.ToString(), group.Name), theirs is null ? null : new GroupName(person.PartyGroupId!.Value.ToString(), theirs)) is { } outside)
        {
            throw new SetupRefusedException(Sentence(outside.Message), "reserve-person");
        }
        var year = (await db.MunicipalYears.Where(y => y.CouncilId == body.CouncilId).ToListAsync(cancellationToken)).FirstOrDefault(y => y.Contains(today))
            ?? throw new SetupRefusedException($"No municipal year holds today ({SeatRules.LongDates.Format(today)}), and reserve lists are made for a year: create the year first", "reserve-group");
        var list = await db.ReserveLists.Include(l => l.Entries)
            .FirstOrDefaultAsync(l => l.CommitteeId == bodyId && l.PartyGroupId == groupId && l.MunicipalYearId == year.Id, cancellationToken);
        if (list is null)
        {
            list = new ReserveList { CommitteeId = bodyId, PartyGroupId = groupId, MunicipalYearId = year.Id };
            db.ReserveLists.Add(list);
        }
        if (list.Entries.Any(e => e.PersonId == personId))
        {
            throw new SetupRefusedException($"{person.FullName} is already on the {group.Name} reserve list for {year.Name}", "reserve-person");
        }
        var entry = list.Add(personId);
        if (db.Entry(list).State != EntityState.Added)
        {
            db.Add(entry);
        }
        await SaveAsync(body.CouncilId, cancellationToken);
        return entry;
    }

    /// <summary>
    /// Names a substitute for an organisation represented on the body: the organisation must hold a seat there today,
    /// and a representative named must be one of its own.
    /// </summary>
    public async Task<Substitute> AddSubstituteAsync(Guid bodyId, NewSubstitute substitute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(substitute);
        var body = await OpenBodyAsync(bodyId, cancellationToken);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == substitute.PersonId && p.CouncilId == body.CouncilId, cancellationToken)
            ?? throw new SetupRefusedException("Choose the substitute", "substitute-person");
        var organisation = Optional(substitute.Organisation, 200, "substitute-organisation", "The organisation")
            ?? throw new SetupRefusedException("Enter the organisation the substitute attends for", "substitute-organisation");
        var on = substitute.From;
        var seats = await db.Memberships.Where(m => m.CommitteeId == bodyId && m.From <= on && (m.To == null || m.To >= on) && m.OrganisationRepresented != null).ToListAsync(cancellationToken);
        var theirs = seats.Where(m => string.Equals(m.OrganisationRepresented, organisation, StringComparison.OrdinalIgnoreCase)).ToList();
        if (theirs.Count == 0)
        {
            throw new SetupRefusedException($"{organisation} has no representative on {body.Name}: a substitute stands in for an organisation's representative", "substitute-organisation");
        }
        if (substitute.ForPersonId is { } forId && theirs.All(m => m.PersonId != forId))
        {
            throw new SetupRefusedException($"The person named is not {organisation}'s representative on {body.Name}", "substitute-for");
        }
        if (theirs.Any(m => m.PersonId == person.Id))
        {
            throw new SetupRefusedException($"{person.FullName} represents {organisation} already, so cannot be its substitute", "substitute-person");
        }
        var named = new Substitute
        {
            CommitteeId = bodyId,
            PersonId = person.Id,
            Organisation = theirs[0].OrganisationRepresented!,
            ForPersonId = substitute.ForPersonId,
            From = on,
        };
        db.Substitutes.Add(named);
        await SaveAsync(body.CouncilId, cancellationToken);
        return named;
    }

    private static string Check(BodyDetails details, Committee? body, List<Committee> bodies)
    {
        var name = string.Join(' ', (details.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Length == 0)
        {
            throw new SetupRefusedException("Enter the body's name, as its agendas print it", "name");
        }
        if (name.Length > 200)
        {
            throw new SetupRefusedException("The name must be 200 characters or fewer", "name");
        }
        // Bodies are found by name (the importer, set-up import), so two of one name would be one too many.
        if (bodies.FirstOrDefault(b => b != body && NameKey(b.Name) == NameKey(name)) is { } same)
        {
            throw new SetupRefusedException($"The council already has a body called {same.Name}", "name");
        }
        if (details.Quorum is < 1 || details.QuorumOneIn is < 2 || (details.Quorum is not null && details.QuorumOneIn is not null))
        {
            throw new SetupRefusedException("The quorum must be a whole number of members, at least 1, or a share of the members such as one quarter, or none", "quorum");
        }
        if (details.Seats is < 1 or > 200)
        {
            throw new SetupRefusedException("The number of seats must be a whole number from 1 to 200, or blank if the body's terms do not fix it", "seats");
        }
        if (details.Purpose?.Length > 4000)
        {
            throw new SetupRefusedException("The terms of reference must be 4,000 characters or fewer", "purpose");
        }
        if (details.ParentId is { } parentId)
        {
            var parent = bodies.FirstOrDefault(b => b.Id == parentId)
                ?? throw new SetupRefusedException("Choose a body of this council, or none", "parent");
            if (parent.IsRetired && parent.Id != body?.ParentId)
            {
                throw new SetupRefusedException($"{parent.Name} has been retired: choose a body that still exists", "parent");
            }
            // A body's line of parents must end: none may sit, however far up, under itself.
            for (var at = parent; at is not null; at = bodies.FirstOrDefault(b => b.Id == at.ParentId))
            {
                if (at == body)
                {
                    throw new SetupRefusedException($"{name} cannot report to {parent.Name}, which reports to it", "parent");
                }
            }
        }
        return name;
    }

    private static void Apply(Committee body, BodyDetails details)
    {
        body.ParentId = details.ParentId;
        body.Quorum = details.Quorum;
        body.QuorumOneIn = details.Quorum is null ? details.QuorumOneIn : null;
        body.Seats = details.Seats;
        body.Purpose = details.Purpose?.Trim() ?? "";
    }

    private async Task<Committee> BodyAsync(Guid bodyId, CancellationToken cancellationToken) =>
        await db.Committees.FirstOrDefaultAsync(c => c.Id == bodyId, cancellationToken) ?? throw new SetupRefusedException("There is no such body.");

    /// <summary>A body that still takes seats.</summary>
    private async Task<Committee> OpenBodyAsync(Guid bodyId, CancellationToken cancellationToken)
    {
        var body = await BodyAsync(bodyId, cancellationToken);
        return body.RetiredOn is { } retired
            ? throw new SetupRefusedException($"{body.Name} was retired on {SeatRules.LongDates.Format(retired)} and takes no new members")
            : body;
    }

    private static void Refuse(SeatProblem? problem)
    {
        if (problem is not null)
        {
            throw new SetupRefusedException(Sentence(problem.Message), problem.Field);
        }
    }

    internal static string? Optional(string? text, int maxLength, string field, string what)
    {
        var tidy = text?.Trim();
        if (tidy?.Length > maxLength)
        {
            throw new SetupRefusedException($"{what} must be {maxLength} characters or fewer", field);
        }
        return string.IsNullOrEmpty(tidy) ? null : tidy;
    }

    /// <summary>A rule's words, which follow "column end: " in an import, as a sentence on a page.</summary>
    internal static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];

    private async Task SaveAsync(Guid councilId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        // Bodies and their members are public (committee pages, people pages, OParl, search's directory).
        await publication.PublishedAsync(new PublishedChange(councilId, null, PublishedContent.Membership), cancellationToken);
    }
}
