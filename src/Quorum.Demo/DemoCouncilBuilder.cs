using NodaTime;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.People;

namespace Quorum.Demo;

/// <summary>Builds the council, its people and its bodies; <see cref="DemoMeetingBuilder"/> then fills in the meetings.</summary>
internal sealed class DemoCouncilBuilder
{
    private static readonly (string Name, int Seats)[] Groups = [("Labour", 32), ("Conservative", 26), ("Liberal Democrat", 5)];

    private readonly DemoRandom random;
    private readonly DemoCouncil council;
    private readonly Dictionary<Guid, PartyGroup> groupOf = [];
    private readonly HashSet<string> slugs = [];

    public DemoCouncilBuilder(int seed, LocalDate referenceDate)
    {
        random = new DemoRandom(seed);
        council = new DemoCouncil { Seed = seed, ReferenceDate = referenceDate };
    }

    public DemoRandom Random => random;

    public DemoCouncil Council => council;

    public Council Borough { get; private set; } = null!;

    public List<Person> Councillors { get; } = [];

    public List<(Person Person, string Post)> Officers { get; } = [];

    /// <summary>Per body and municipal year: the seats, the reserve lists by group and the named substitutes.</summary>
    public Dictionary<(Guid Committee, Guid Year), BodyYear> Appointments { get; } = [];

    public Dictionary<Guid, DemoBody> SpecOf { get; } = [];

    public PartyGroup GroupOf(Person person) => groupOf[person.Id];

    public DemoCouncil Build()
    {
        Borough = new Council { Id = random.NextGuid(), Name = DemoNames.CouncilName, Slug = new Slug(DemoNames.CouncilSlug), ContactEmail = "democratic.services@brentmoor.gov.uk" };
        council.Councils.Add(Borough);
        AddYears();
        AddPeople();
        AddBodies();
        new DemoMeetingBuilder(this).Build();
        StampStaticRecords();
        new DemoInterests(this).Build();
        new DemoForwardPlan(this).Build();
        new DemoPetitions(this).Build();
        new DemoDeputations(this).Build();
        return council;
    }

    private void AddYears()
    {
        var reference = council.ReferenceDate;
        var currentStartYear = reference >= AnnualMeeting(reference.Year) ? reference.Year : reference.Year - 1;
        for (var year = currentStartYear - 2; year <= currentStartYear; year++)
        {
            council.MunicipalYears.Add(new MunicipalYear(Borough.Id, AnnualMeeting(year), AnnualMeeting(year + 1).PlusDays(-1)) { Id = random.NextGuid() });
        }
    }

    /// <summary>The annual meeting of Council, which starts the municipal year: the third Thursday of May.</summary>
    private static LocalDate AnnualMeeting(int year)
    {
        var date = new LocalDate(year, 5, 15);
        while (date.DayOfWeek != IsoDayOfWeek.Thursday)
        {
            date = date.PlusDays(1);
        }
        return date;
    }

    private void AddPeople()
    {
        foreach (var name in DemoNames.Wards)
        {
            council.Wards.Add(new Ward { Id = random.NextGuid(), CouncilId = Borough.Id, Name = name, Slug = Slug.From(name) });
        }
        foreach (var (name, _) in Groups)
        {
            council.PartyGroups.Add(new PartyGroup { Id = random.NextGuid(), CouncilId = Borough.Id, Name = name, Slug = Slug.From(name) });
        }

        // Three councillors a ward; wards fall to groups in runs, as they do on a real electoral map.
        var seats = Groups.SelectMany((g, i) => Enumerable.Repeat(council.PartyGroups[i], g.Seats)).ToList();
        var usedNames = new HashSet<string>();
        for (var i = 0; i < seats.Count; i++)
        {
            var person = NewPerson(usedNames, title: random.Chance(0.06) ? random.Pick(["Dr", "Ms"]) : null);
            person.IsCouncillor = true;
            person.WardId = council.Wards[i / 3].Id;
            person.PartyGroupId = seats[i].Id;
            person.Email = $"councillor.{person.Slug.Value.Replace("-", ".", StringComparison.Ordinal)}@brentmoor.gov.uk";
            groupOf[person.Id] = seats[i];
            Councillors.Add(person);
        }
        foreach (var (name, post) in DemoNames.Officers)
        {
            var parts = name.Split(' ', 2);
            var officer = NewPerson(usedNames, given: parts[0], family: parts[1]);
            officer.Email = $"{parts[0].ToLowerInvariant()}.{parts[1].ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)}@brentmoor.gov.uk";
            Officers.Add((officer, post));
        }
    }

    public Person NewPerson(HashSet<string> usedNames, string? title = null, string? given = null, string? family = null)
    {
        string fullName;
        do
        {
            given ??= random.Pick(DemoNames.GivenNames);
            family ??= random.Pick(DemoNames.FamilyNames);
            fullName = $"{given} {family}";
            if (usedNames.Contains(fullName))
            {
                given = null;
                family = null;
            }
        }
        while (given is null);
        usedNames.Add(fullName);
        var person = new Person
        {
            Id = random.NextGuid(),
            CouncilId = Borough.Id,
            Title = title,
            GivenName = given,
            FamilyName = family!,
            Slug = UniqueSlug(fullName),
        };
        if (DemoNames.Variants.TryGetValue(given, out var variant))
        {
            person.AddAlias($"{variant} {family}");
        }
        if (DemoNames.Variants.TryGetValue(family!, out var familyVariant))
        {
            person.AddAlias($"{given} {familyVariant}");
        }
        council.People.Add(person);
        return person;
    }

    public Slug UniqueSlug(string text)
    {
        var slug = Slug.From(text);
        for (var n = 2; !slugs.Add(slug.Value); n++)
        {
            slug = new Slug($"{Slug.From(text).Value}-{n}");
        }
        return slug;
    }

    private void AddBodies()
    {
        var byName = new Dictionary<string, Committee>();
        foreach (var spec in DemoBodies.All)
        {
            var committee = new Committee
            {
                Id = random.NextGuid(),
                CouncilId = Borough.Id,
                Name = spec.Name,
                Slug = Slug.From(spec.Name),
                BodyType = spec.BodyType,
                Quorum = spec.Quorum,
                Purpose = spec.Purpose,
            };
            // Clerks take the bodies in turn; no random draw, so the rest of the demo stays as it was.
            var clerk = DemoNames.Clerks[byName.Count % DemoNames.Clerks.Length];
            committee.ClerkName = clerk.Name;
            committee.ClerkTitle = clerk.Title;
            committee.ClerkPhone = clerk.Phone;
            committee.ClerkEmail = $"{clerk.Name.ToLowerInvariant().Replace(' ', '.')}@brentmoor.gov.uk";
            if (spec.ParentName is not null)
            {
                committee.ParentId = byName[spec.ParentName].Id;
                committee.Parent = byName[spec.ParentName];
            }
            byName[spec.Name] = committee;
            SpecOf[committee.Id] = spec;
            council.Committees.Add(committee);
        }

        var usedNames = council.People.Select(p => p.FullName).ToHashSet();
        var cooptees = new DemoCooptees(this, usedNames);
        foreach (var year in council.MunicipalYears)
        {
            var leader = Councillors.Where(c => GroupOf(c).Name == "Labour").ElementAt(year.StartsOn.Year % 3);
            foreach (var committee in council.Committees)
            {
                var spec = SpecOf[committee.Id];
                var bodyYear = new BodyYear(committee, year);
                Appointments[(committee.Id, year.Id)] = bodyYear;
                AppointCouncillors(bodyYear, spec, leader);
                cooptees.Appoint(bodyYear, spec);
                AddReserves(bodyYear, spec);
            }
        }
    }

    private void AppointCouncillors(BodyYear bodyYear, DemoBody spec, Person leader)
    {
        var labour = Councillors.Where(c => GroupOf(c).Name == "Labour").ToList();
        List<Person> chosen;
        if (spec.Style == BodyStyle.FullCouncil)
        {
            chosen = [.. Councillors];
        }
        else if (spec.Style is BodyStyle.Cabinet or BodyStyle.Partnership)
        {
            // The executive and the Leader's seats on partnership boards come from the majority group.
            chosen = [leader, .. random.Take(labour.Where(c => c != leader).ToList(), spec.Councillors - 1)];
        }
        else
        {
            var labourSeats = (int)Math.Round(spec.Councillors * 32 / 63.0, MidpointRounding.AwayFromZero);
            var libDemSeats = spec.Councillors >= 9 ? 1 : 0;
            var conservativeSeats = spec.Councillors - labourSeats - libDemSeats;
            chosen =
            [
                .. random.Take(labour.Where(c => c != leader).ToList(), labourSeats),
                .. random.Take(Councillors.Where(c => GroupOf(c).Name == "Conservative").ToList(), conservativeSeats),
                .. random.Take(Councillors.Where(c => GroupOf(c).Name == "Liberal Democrat").ToList(), libDemSeats),
            ];
        }
        for (var i = 0; i < chosen.Count; i++)
        {
            var role = i == 0 && spec.Style != BodyStyle.FullCouncil ? MembershipRole.Chair
                : i == 1 && spec.Style is not (BodyStyle.FullCouncil or BodyStyle.Cabinet or BodyStyle.LicensingHearing) ? MembershipRole.ViceChair
                : MembershipRole.Member;
            bodyYear.Add(new Membership
            {
                Id = random.NextGuid(),
                CommitteeId = bodyYear.Committee.Id,
                PersonId = chosen[i].Id,
                Person = chosen[i],
                Role = role,
                Position = spec.Style == BodyStyle.Cabinet && i > 0 ? $"Portfolio Holder for {DemoPortfolios.Name(i)}" : spec.Style == BodyStyle.Cabinet ? "Leader of the Council" : null,
                From = bodyYear.Year.StartsOn,
                To = bodyYear.Year.EndsOn,
            });
        }
        council.Memberships.AddRange(bodyYear.Seats);
    }

    private void AddReserves(BodyYear bodyYear, DemoBody spec)
    {
        if (spec.Style is BodyStyle.FullCouncil or BodyStyle.Cabinet or BodyStyle.Partnership or BodyStyle.LicensingHearing)
        {
            return;
        }
        foreach (var group in council.PartyGroups)
        {
            var seats = bodyYear.Seats.Count(m => m.Person!.IsCouncillor && GroupOf(m.Person) == group);
            if (seats == 0)
            {
                continue;
            }
            var list = new ReserveList { Id = random.NextGuid(), CommitteeId = bodyYear.Committee.Id, PartyGroupId = group.Id, MunicipalYearId = bodyYear.Year.Id };
            var members = bodyYear.Seats.Select(m => m.PersonId).ToHashSet();
            var candidates = Councillors.Where(c => GroupOf(c) == group && !members.Contains(c.Id)).ToList();
            foreach (var reserve in random.Take(candidates, Math.Min(candidates.Count, Math.Min(5, seats + 1))))
            {
                list.Add(reserve.Id, random.NextGuid());
                bodyYear.ReservesOf[reserve.Id] = reserve;
            }
            bodyYear.Reserves[group.Id] = list;
            council.ReserveLists.Add(list);
        }
    }

    private void StampStaticRecords()
    {
        var start = council.MunicipalYears[0].StartsOn.AtMidnight().InUtc().ToInstant() - Duration.FromDays(30);
        IEnumerable<Entity> records =
        [
            .. council.Councils, .. council.MunicipalYears, .. council.PartyGroups, .. council.Wards, .. council.People, .. council.Committees,
            .. council.ReserveLists.SelectMany(r => r.Entries),
        ];
        foreach (var record in records)
        {
            record.StampCreated(start);
        }
        foreach (var (key, bodyYear) in Appointments)
        {
            var at = bodyYear.Year.StartsOn.AtMidnight().InUtc().ToInstant();
            foreach (var record in bodyYear.Seats.Cast<Entity>().Concat(bodyYear.Reserves.Values).Concat(bodyYear.Reserves.Values.SelectMany(r => r.Entries)).Concat(bodyYear.Substitutes))
            {
                record.StampCreated(at);
            }
        }
    }
}

/// <summary>Who sits on one body in one municipal year.</summary>
internal sealed class BodyYear(Committee committee, MunicipalYear year)
{
    public Committee Committee { get; } = committee;

    public MunicipalYear Year { get; } = year;

    public List<Membership> Seats { get; } = [];

    /// <summary>Reserve list per party group.</summary>
    public Dictionary<Guid, ReserveList> Reserves { get; } = [];

    public Dictionary<Guid, Person> ReservesOf { get; } = [];

    public List<Substitute> Substitutes { get; } = [];

    public void Add(Membership membership) => Seats.Add(membership);

    public Membership Chair => Seats.FirstOrDefault(s => s.Role == MembershipRole.Chair) ?? Seats[0];
}

internal static class DemoPortfolios
{
    private static readonly string[] Names =
    [
        "Finance and Resources", "Children, Young People and Schools", "Adult Social Care", "Housing", "Environment",
        "Planning and Regeneration", "Community Safety", "Health and Wellbeing", "Culture and Leisure",
    ];

    public static string Name(int seat) => Names[(seat - 1) % Names.Length];
}
