using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;

namespace Quorum.Application.Tests.Outcomes;

/// <summary>
/// A small council for recording meetings: an Overview and Scrutiny Committee (quorum 4) of nine councillors in two
/// groups, an education co-optee, a non-voting youth representative, a reserve list per group, an earlier meeting
/// whose minutes ran 219–227, and the meeting of 17 September 2024 to record.
/// </summary>
public sealed class ScrutinyCouncil
{
    public ScrutinyCouncil()
    {
        Council = new Council { Name = "London Borough of Demoford", Slug = new Slug("demoford") };
        Year = new MunicipalYear(Council.Id, new LocalDate(2024, 5, 15), new LocalDate(2025, 5, 14));
        Labour = new PartyGroup { CouncilId = Council.Id, Name = "Labour", Slug = new Slug("labour") };
        Conservative = new PartyGroup { CouncilId = Council.Id, Name = "Conservative", Slug = new Slug("conservative") };
        Scrutiny = new Committee { CouncilId = Council.Id, Name = "Overview and Scrutiny Committee", Slug = new Slug("overview-and-scrutiny"), BodyType = BodyType.Committee, Quorum = 4 };

        Chair = Councillor("Priya", "Shah", Labour, MembershipRole.Chair);
        Adams = Councillor("Tom", "Adams", Labour);
        Baker = Councillor("Ruth", "Baker", Labour);
        Clarke = Councillor("Sam", "Clarke", Labour);
        Dunn = Councillor("Alan", "Dunn", Labour);
        Evans = Councillor("Grace", "Evans", Conservative);
        Foster = Councillor("Henry", "Foster", Conservative);
        Green = Councillor("Mary", "Green", Conservative);
        Hughes = Councillor("Omar", "Hughes", Conservative);
        Cooptee = Person("Mr", "Neville", "Ransley", MembershipRole.CoOpted, VotingRight.EducationItemsOnly);
        YouthRep = Person(null, "Youth", "Representative", MembershipRole.Advisory, VotingRight.None);

        LabourReserve = Reserve("Karen", "Lowe", Labour);
        LabourReserve2 = Reserve("Ian", "Mills", Labour);
        ConservativeReserve = Reserve("Nina", "Patel", Conservative);
        Officer = new Person { CouncilId = Council.Id, GivenName = "Jo", FamilyName = "Frost", Slug = new Slug("jo-frost") };
        people.Add(Officer);

        LabourReserves = new ReserveList { CommitteeId = Scrutiny.Id, PartyGroupId = Labour.Id, MunicipalYearId = Year.Id };
        LabourReserves.Add(LabourReserve.Id);
        LabourReserves.Add(LabourReserve2.Id);
        ConservativeReserves = new ReserveList { CommitteeId = Scrutiny.Id, PartyGroupId = Conservative.Id, MunicipalYearId = Year.Id };
        ConservativeReserves.Add(ConservativeReserve.Id);

        Previous = NewMeeting(new LocalDate(2024, 7, 9), "Attendance by Reserve Members", "Declarations of Interest", "Minutes", "Budget Monitoring");
        Previous.MarkHeld(new LocalTime(21, 0));
        for (var n = 0; n < Previous.AgendaItems.Count; n++)
        {
            var item = Previous.AgendaItems[n];
            previousMinutes.Add(new Minute { MeetingId = Previous.Id, CommitteeId = Scrutiny.Id, AgendaItemId = item.Id, Number = new MinuteNumber(224 + n), Title = item.Title });
        }

        Meeting = NewMeeting(
            new LocalDate(2024, 9, 17),
            "Attendance by Reserve Members",
            "Declarations of Interest",
            "Minutes",
            "Public Questions",
            "Library Strategy",
            "School Places Planning",
            "Any Other Business");
        Meeting.AgendaItems.Single(i => i.Number == 6).IsEducationMatter = true;
        Meeting.MarkHeld(new LocalTime(21, 40));
        Next = NewMeeting(new LocalDate(2024, 11, 12), "Attendance by Reserve Members", "Declarations of Interest", "Corporate Plan");
    }

    private readonly List<Person> people = [];
    private readonly List<Minute> previousMinutes = [];

    public Council Council { get; }
    public MunicipalYear Year { get; }
    public PartyGroup Labour { get; }
    public PartyGroup Conservative { get; }
    public Committee Scrutiny { get; }
    public Person Chair { get; }
    public Person Adams { get; }
    public Person Baker { get; }
    public Person Clarke { get; }
    public Person Dunn { get; }
    public Person Evans { get; }
    public Person Foster { get; }
    public Person Green { get; }
    public Person Hughes { get; }
    public Person Cooptee { get; }
    public Person YouthRep { get; }
    public Person LabourReserve { get; }
    public Person LabourReserve2 { get; }
    public Person ConservativeReserve { get; }
    public Person Officer { get; }
    public ReserveList LabourReserves { get; }
    public ReserveList ConservativeReserves { get; }
    public Meeting Previous { get; }
    public Meeting Meeting { get; }
    public Meeting Next { get; }

    public IReadOnlyList<Person> Councillors => [Chair, Adams, Baker, Clarke, Dunn, Evans, Foster, Green, Hughes];

    public async Task SaveAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        db.AddRange(Council, Year, Labour, Conservative, Scrutiny, LabourReserves, ConservativeReserves);
        db.AddRange(people);
        db.AddRange(Previous, Meeting, Next);
        db.AddRange(previousMinutes);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Meeting NewMeeting(LocalDate date, params string[] items)
    {
        var meeting = new Meeting { CommitteeId = Scrutiny.Id, Date = date, StartTime = new LocalTime(19, 30) };
        meeting.SetPlace("Committee Room 1, Civic Centre", null);
        for (var i = 0; i < items.Length; i++)
        {
            meeting.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, Number = i + 1, Title = items[i] });
        }
        return meeting;
    }

    private Person Councillor(string given, string family, PartyGroup group, MembershipRole role = MembershipRole.Member)
    {
        var person = new Person { CouncilId = Council.Id, GivenName = given, FamilyName = family, Slug = new Slug($"{given}-{family}".ToLowerInvariant()), IsCouncillor = true, PartyGroupId = group.Id };
        Scrutiny.Memberships.Add(new Membership { CommitteeId = Scrutiny.Id, PersonId = person.Id, Role = role, From = Year.StartsOn, To = Year.EndsOn });
        people.Add(person);
        return person;
    }

    private Person Person(string? title, string given, string family, MembershipRole role, VotingRight right)
    {
        var person = new Person { CouncilId = Council.Id, Title = title, GivenName = given, FamilyName = family, Slug = new Slug($"{given}-{family}".ToLowerInvariant()) };
        Scrutiny.Memberships.Add(new Membership { CommitteeId = Scrutiny.Id, PersonId = person.Id, Role = role, VotingRight = right, From = Year.StartsOn, To = Year.EndsOn });
        people.Add(person);
        return person;
    }

    private Person Reserve(string given, string family, PartyGroup group)
    {
        var person = new Person { CouncilId = Council.Id, GivenName = given, FamilyName = family, Slug = new Slug($"{given}-{family}".ToLowerInvariant()), IsCouncillor = true, PartyGroupId = group.Id };
        people.Add(person);
        return person;
    }
}
