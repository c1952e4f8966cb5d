using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.People;
using Quorum.Domain.Publication;
using static Quorum.Application.Setup.SetupImporter;

namespace Quorum.Application.Setup;

/// <summary>What the person form asks. Only a councillor has a party group and a ward.</summary>
public sealed record PersonDetails(string? Title, string GivenName, string FamilyName, bool IsCouncillor, Guid? PartyGroupId, Guid? WardId, string? Email);

/// <summary>
/// Democratic Services keeping a council's people, party groups and wards on the staff pages, with the same checks
/// as <c>quorum setup import</c> (names are how packs and set-up files find people, so two people may not share
/// one). Saved in one transaction, audited under the signed-in person, then announced. A person is never deleted,
/// and a corrected name is kept as an alias, because agendas and minutes already printed the old one.
/// </summary>
public sealed class PeopleSetup(QuorumDbContext db, PublicationEvents publication)
{
    public async Task<Person> CreateAsync(Guid councilId, PersonDetails details, CancellationToken cancellationToken = default)
    {
        var person = await AddAsync(councilId, details, cancellationToken);
        await SaveAsync(councilId, cancellationToken);
        return person;
    }

    /// <summary>Checks and adds a person without saving, for a change that adds people with other records in one transaction (an election).</summary>
    internal async Task<Person> AddAsync(Guid councilId, PersonDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var (given, family) = await CheckAsync(councilId, details, null, cancellationToken);
        var taken = (await db.People.IgnoreQueryFilters().Where(p => p.CouncilId == councilId).Select(p => p.Slug).ToListAsync(cancellationToken)).Select(s => s.Value)
            .Concat(db.People.Local.Where(p => p.CouncilId == councilId).Select(p => p.Slug.Value)).ToHashSet();
        var person = new Person { CouncilId = councilId, GivenName = given, FamilyName = family, Slug = new Slug(Slugged($"{given} {family}", taken)) };
        Apply(person, details);
        db.People.Add(person);
        return person;
    }

    public async Task<Person> EditAsync(Guid personId, PersonDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) ?? throw new SetupRefusedException("There is no such person.");
        var (given, family) = await CheckAsync(person.CouncilId, details, person, cancellationToken);
        if (PersonKey($"{given} {family}") != PersonKey(person.FullName))
        {
            // The packs already printed say the old name; the importer still finds the person by it.
            person.Aliases.Add(person.FullName);
        }
        person.GivenName = given;
        person.FamilyName = family;
        Apply(person, details);
        await SaveAsync(person.CouncilId, cancellationToken);
        return person;
    }

    public Task<PartyGroup> AddGroupAsync(Guid councilId, string name, CancellationToken cancellationToken = default) =>
        AddNamedAsync(councilId, name, "group", "party group", db.PartyGroups, (n, slug) => new PartyGroup { CouncilId = councilId, Name = n, Slug = slug }, g => g.CouncilId == councilId, cancellationToken);

    public Task<Ward> AddWardAsync(Guid councilId, string name, CancellationToken cancellationToken = default) =>
        AddNamedAsync(councilId, name, "ward", "ward", db.Wards, (n, slug) => new Ward { CouncilId = councilId, Name = n, Slug = slug }, w => w.CouncilId == councilId, cancellationToken);

    private async Task<T> AddNamedAsync<T>(Guid councilId, string name, string field, string what, DbSet<T> set, Func<string, Slug, T> make,
        System.Linq.Expressions.Expression<Func<T, bool>> ofCouncil, CancellationToken cancellationToken)
        where T : Entity
    {
        var tidy = Tidy(name);
        if (tidy.Length == 0)
        {
            throw new SetupRefusedException($"Enter the {what}'s name", field);
        }
        if (tidy.Length > 100)
        {
            throw new SetupRefusedException($"The {what}'s name must be 100 characters or fewer", field);
        }
        var names = await set.Where(ofCouncil).Select(e => EF.Property<string>(e, "Name")).ToListAsync(cancellationToken);
        if (names.FirstOrDefault(n => NameKey(n) == NameKey(tidy)) is { } same)
        {
            throw new SetupRefusedException($"The council already has a {what} called {same}", field);
        }
        var taken = (await set.IgnoreQueryFilters().Where(ofCouncil).Select(e => EF.Property<Slug>(e, "Slug")).ToListAsync(cancellationToken)).Select(s => s.Value).ToHashSet();
        var record = make(tidy, new Slug(Slugged(tidy, taken)));
        set.Add(record);
        await SaveAsync(councilId, cancellationToken);
        return record;
    }

    private async Task<(string Given, string Family)> CheckAsync(Guid councilId, PersonDetails details, Person? person, CancellationToken cancellationToken)
    {
        var given = Tidy(details.GivenName);
        var family = Tidy(details.FamilyName);
        Required(given, "given-name", "given name");
        Required(family, "family-name", "family name");
        if (Tidy(details.Title).Length > 60)
        {
            throw new SetupRefusedException("The title must be 60 characters or fewer", "title");
        }
        if (Tidy(details.Email) is { Length: > 0 } email && !IsEmail(email))
        {
            throw new SetupRefusedException("Enter an e-mail address in the correct format, like name@example.gov.uk", "email");
        }
        if (!details.IsCouncillor && (details.PartyGroupId is not null || details.WardId is not null))
        {
            throw new SetupRefusedException("Only a councillor has a party group and a ward: say they are a councillor, or choose none", details.PartyGroupId is not null ? "group" : "ward");
        }
        if (details.PartyGroupId is { } group && !await db.PartyGroups.AnyAsync(g => g.Id == group && g.CouncilId == councilId, cancellationToken))
        {
            throw new SetupRefusedException("Choose one of the council's party groups, or none", "group");
        }
        if (details.WardId is { } ward && !await db.Wards.AnyAsync(w => w.Id == ward && w.CouncilId == councilId, cancellationToken))
        {
            throw new SetupRefusedException("Choose one of the council's wards, or none", "ward");
        }
        // Packs and set-up files name people, so a second person of one name could not be told apart (the rule set-up import keeps).
        var key = PersonKey($"{given} {family}");
        var people = await db.People.Where(p => p.CouncilId == councilId && p.Id != (person == null ? Guid.Empty : person.Id)).ToListAsync(cancellationToken);
        if (people.FirstOrDefault(p => p.Aliases.Append(p.FullName).Any(n => PersonKey(n) == key)) is { } same)
        {
            throw new SetupRefusedException($"{same.DisplayName} is already called {given} {family}: add a middle initial to tell them apart", "family-name");
        }
        return (given, family);
    }

    private static void Apply(Person person, PersonDetails details)
    {
        person.Title = Tidy(details.Title) is { Length: > 0 } title ? title : null;
        person.IsCouncillor = details.IsCouncillor;
        person.PartyGroupId = details.PartyGroupId;
        person.WardId = details.WardId;
        person.Email = Tidy(details.Email) is { Length: > 0 } email ? email : null;
    }

    private static void Required(string value, string field, string what)
    {
        if (value.Length == 0)
        {
            throw new SetupRefusedException($"Enter the {what}", field);
        }
        if (value.Length > 100)
        {
            throw new SetupRefusedException($"The {what} must be 100 characters or fewer", field);
        }
    }

    private static string Tidy(string? text) => string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private async Task SaveAsync(Guid councilId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        // People, groups and wards are public (people pages, OParl, search's directory).
        await publication.PublishedAsync(new PublishedChange(councilId, null, PublishedContent.Membership), cancellationToken);
    }
}
