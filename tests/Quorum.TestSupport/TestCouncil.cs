using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.TestSupport;

/// <summary>
/// The one way tests make a council: a fluent builder over the real domain entities.
/// <code>
/// var harrow = await TestCouncil.Named("London Borough of Harrow")          // slug "harrow", democratic.services@harrow.gov.uk
///     .WithYear(new(2017, 5, 18), new(2018, 5, 16))                        // set the year before anyone takes a seat
///     .WithCouncillor("Phillip O'Dell", party: "Labour", ward: "Greenhill") // groups and wards are made on first use
///     .WithCommittee("Overview and Scrutiny Committee", c => c
///         .Slug("overview-and-scrutiny").Quorum(4)
///         .Chair("Phillip O'Dell").Members("Jerry Miles")                   // unknown names become councillors
///         .CoOptee("Reverend P Reece", "Church of England diocesan education authority")
///         .Reserves("Labour", "Jeff Anderson"))
///     .WithMeeting("Overview and Scrutiny Committee", new(2017, 9, 19), m => m
///         .AgendaPublished(new(2017, 9, 11)).Held(new(21, 50))
///         .Item(3, "Community Safety Strategy", i => i.Report("Community Safety Strategy 2017-2020", r => r.Summary("...")))
///         .PartII(4, "Contract for Leisure Services", paragraph: 3, i => i.Report("Leisure contract"))
///         .Present("Phillip O'Dell").Apologies("Jerry Miles")
///         .Minute(226, "Community Safety Strategy", n => n.OnItem(3).Resolved(ResolutionKind.Recommend, "That Cabinet adopt it")))
///     .SaveAsync(db);
/// var meeting = harrow.Meeting(new LocalDate(2017, 9, 19));               // named accessors for what tests assert on
/// var chair = harrow.Person("Phillip O'Dell");
/// </code>
/// Defaults are realistic and quiet: a municipal year from mid-May 2024, meetings at 19:30 in "Committee Room 1, Civic
/// Centre" (<see cref="MeetingsIn"/>), a quorum of 3, body types read from the name ("Cabinet", "… Panel",
/// "… Sub-Committee"), slugs made from names, reports addressed to the meeting's committee, published unless
/// <see cref="ReportBuilder.Draft"/>, and exempt when their item is in Part II. Every builder offers <c>Edit</c> for a
/// field it has no method for. Entities are made as each call runs, so <see cref="Build"/> only hands them over;
/// <see cref="NewReport"/> makes a report for an item already in a database.
/// </summary>
public sealed class TestCouncil
{
    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Reverend", "Professor"];

    private readonly BuiltCouncil built;
    private bool yearTaken;

    private TestCouncil(Council council)
    {
        built = new BuiltCouncil(council);
        built.Year = new MunicipalYear(council.Id, new LocalDate(2024, 5, 15), new LocalDate(2025, 5, 14));
    }

    internal string Venue { get; private set; } = "Committee Room 1, Civic Centre";

    internal LocalTime StartTime { get; private set; } = new(19, 30);

    internal BuiltCouncil Records => built;

    /// <summary>
    /// A council called <paramref name="name"/>. The slug defaults to the place: the words after the last "of"
    /// ("London Borough of Harrow": harrow), or the name without "Borough Council" and the like ("Anytown Borough
    /// Council": anytown).
    /// </summary>
    public static TestCouncil Named(string name, string? slug = null)
    {
        var place = slug is null ? Slug.From(Place(name)) : new Slug(slug);
        return new TestCouncil(new Council { Name = name, Slug = place, ContactEmail = $"democratic.services@{place.Value}.gov.uk" });
    }

    public TestCouncil ContactEmail(string? email)
    {
        built.Council.ContactEmail = email;
        return this;
    }

    /// <summary>Replaces the default municipal year; call it before seats and reserve lists, which start with the year.</summary>
    public TestCouncil WithYear(LocalDate startsOn, LocalDate endsOn)
    {
        if (yearTaken)
        {
            throw new InvalidOperationException("Set the municipal year before adding committee seats or reserve lists.");
        }
        built.Year = new MunicipalYear(built.Council.Id, startsOn, endsOn);
        return this;
    }

    /// <summary>Where and when meetings added after this call take place unless they say otherwise.</summary>
    public TestCouncil MeetingsIn(string venue, LocalTime? startTime = null)
    {
        Venue = venue;
        StartTime = startTime ?? StartTime;
        return this;
    }

    public TestCouncil WithParty(string name)
    {
        PartyNamed(name);
        return this;
    }

    public TestCouncil WithWard(string name)
    {
        WardNamed(name);
        return this;
    }

    /// <summary>A councillor ("Given Family"), in a party group and ward made on first use.</summary>
    public TestCouncil WithCouncillor(string name, string? party = null, string? ward = null, Action<Person>? edit = null)
    {
        var person = AddPerson(name, councillor: true);
        person.PartyGroupId = party is null ? null : PartyNamed(party).Id;
        person.WardId = ward is null ? null : WardNamed(ward).Id;
        edit?.Invoke(person);
        return this;
    }

    public TestCouncil WithCouncillors(string party, params string[] names)
    {
        foreach (var name in names)
        {
            WithCouncillor(name, party);
        }
        return this;
    }

    /// <summary>Someone who is not a councillor (an officer, a co-optee), as "Title Given Family" or "Given Family".</summary>
    public TestCouncil WithPerson(string name, Action<Person>? edit = null)
    {
        var person = AddPerson(name, councillor: false);
        edit?.Invoke(person);
        return this;
    }

    public TestCouncil WithCommittee(string name, Action<CommitteeBuilder>? configure = null)
    {
        var committee = new Committee { CouncilId = built.Council.Id, Name = name, Slug = Slug.From(name), BodyType = BodyTypeOf(name), Quorum = 3 };
        built.CommitteeList.Add(committee);
        var builder = new CommitteeBuilder(this, committee);
        configure?.Invoke(builder);
        builder.Finish();
        return this;
    }

    public TestCouncil WithMeeting(string committee, LocalDate date, Action<MeetingBuilder>? configure = null)
    {
        var builder = new MeetingBuilder(this, built.Committee(committee), date);
        built.MeetingList.Add(builder.Meeting);
        configure?.Invoke(builder);
        return this;
    }

    /// <summary>A report on no agenda item (say <see cref="ReportBuilder.For"/> whom and when it is for).</summary>
    public TestCouncil WithReport(string subject, Action<ReportBuilder> configure)
    {
        built.ReportList.Add(ReportBuilder.Make(built.Council.Id, null, subject, configure));
        return this;
    }

    public BuiltCouncil Build() => built;

    public Task<BuiltCouncil> SaveAsync(QuorumDbContext db, CancellationToken cancellationToken = default) => built.SaveAsync(db, cancellationToken);

    /// <summary>
    /// A report on an item that is already stored (a test adding to a seeded site), with the same defaults as
    /// <see cref="ItemBuilder.Report"/>; the caller adds it to the context.
    /// </summary>
    public static Report NewReport(Guid councilId, AgendaItem item, string subject, Action<ReportBuilder>? configure = null) =>
        ReportBuilder.Make(councilId, item, subject, configure);

    internal MunicipalYear TakeYear()
    {
        yearTaken = true;
        return built.Year;
    }

    internal Person PersonNamed(string name, bool councillor)
    {
        var (_, given, family) = SplitName(name);
        return built.PersonList.SingleOrDefault(p => p.GivenName == given && p.FamilyName == family) ?? AddPerson(name, councillor);
    }

    internal PartyGroup PartyNamed(string name) =>
        built.PartyList.SingleOrDefault(p => p.Name == name) ?? Added(built.PartyList, new PartyGroup { CouncilId = built.Council.Id, Name = name, Slug = Slug.From(name) });

    private Ward WardNamed(string name) =>
        built.WardList.SingleOrDefault(w => w.Name == name) ?? Added(built.WardList, new Ward { CouncilId = built.Council.Id, Name = name, Slug = Slug.From(name) });

    private Person AddPerson(string name, bool councillor)
    {
        var (title, given, family) = SplitName(name);
        if (built.PersonList.Any(p => p.GivenName == given && p.FamilyName == family))
        {
            throw new InvalidOperationException($"{given} {family} is already in the test council.");
        }
        return Added(built.PersonList, new Person
        {
            CouncilId = built.Council.Id,
            Title = title,
            GivenName = given,
            FamilyName = family,
            Slug = Slug.From($"{given} {family}"),
            IsCouncillor = councillor,
        });
    }

    internal static (string? Title, string Given, string Family) SplitName(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = words.Length > 2 && Titles.Contains(words[0]) ? words[0] : null;
        var rest = title is null ? words : words[1..];
        if (rest.Length < 2)
        {
            throw new ArgumentException($"Name people as \"Given Family\" (optionally with a title first), not \"{name}\".", nameof(name));
        }
        return (title, string.Join(' ', rest[..^1]), rest[^1]);
    }

    private static T Added<T>(List<T> list, T item)
    {
        list.Add(item);
        return item;
    }

    private static string Place(string name)
    {
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of >= 0)
        {
            return name[(of + 4)..];
        }
        foreach (var suffix in new[] { " Metropolitan Borough Council", " Borough Council", " District Council", " County Council", " City Council", " Council" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }

    private static BodyType BodyTypeOf(string name) =>
        name.StartsWith("Cabinet", StringComparison.Ordinal) ? BodyType.Cabinet
        : name.Contains("Sub-Committee", StringComparison.Ordinal) ? BodyType.SubCommittee
        : name.EndsWith("Panel", StringComparison.Ordinal) ? BodyType.Panel
        : name.EndsWith("Board", StringComparison.Ordinal) ? BodyType.PartnershipBoard
        : BodyType.Committee;
}
