using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.TestSupport;

/// <summary>
/// The records a <see cref="TestCouncil"/> made, with accessors by name for what tests assert on. Lookups throw when
/// nothing (or more than one thing) matches, naming what was asked for.
/// </summary>
public sealed class BuiltCouncil
{
    internal BuiltCouncil(Council council)
    {
        Council = council;
    }

    public Council Council { get; }

    public MunicipalYear Year { get; internal set; } = null!;

    internal List<PartyGroup> PartyList { get; } = [];
    internal List<Ward> WardList { get; } = [];
    internal List<Person> PersonList { get; } = [];
    internal List<Committee> CommitteeList { get; } = [];
    internal List<ReserveList> ReserveListList { get; } = [];
    internal List<Substitute> SubstituteList { get; } = [];
    internal List<Meeting> MeetingList { get; } = [];
    internal List<Report> ReportList { get; } = [];
    internal List<Minute> MinuteList { get; } = [];
    internal List<Vote> VoteList { get; } = [];
    internal List<ActionPoint> ActionList { get; } = [];
    internal List<Declaration> DeclarationList { get; } = [];
    internal List<PublicQuestion> QuestionList { get; } = [];

    public IReadOnlyList<Person> People => PersonList;
    public IReadOnlyList<Committee> Committees => CommitteeList;
    public IReadOnlyList<Meeting> Meetings => MeetingList;
    public IReadOnlyList<Report> Reports => ReportList;
    public IReadOnlyList<Minute> Minutes => MinuteList;
    public IReadOnlyList<Vote> Votes => VoteList;
    public IReadOnlyList<ActionPoint> Actions => ActionList;
    public IReadOnlyList<Declaration> Declarations => DeclarationList;
    public IReadOnlyList<PublicQuestion> Questions => QuestionList;
    public IReadOnlyList<ReserveList> ReserveLists => ReserveListList;
    public IReadOnlyList<Substitute> Substitutes => SubstituteList;

    public PartyGroup Party(string name) => One(PartyList, p => p.Name == name, $"party group '{name}'");

    public Ward Ward(string name) => One(WardList, w => w.Name == name, $"ward '{name}'");

    /// <summary>A person by name as given to the builder ("Phillip O'Dell", "Reverend P Reece").</summary>
    public Person Person(string name)
    {
        var (_, given, family) = TestCouncil.SplitName(name);
        return One(PersonList, p => p.GivenName == given && p.FamilyName == family, $"person '{name}'");
    }

    public Committee Committee(string name) => One(CommitteeList, c => c.Name == name, $"committee '{name}'");

    /// <summary>The meeting on <paramref name="date"/> (of whichever committee, if only one met that day).</summary>
    public Meeting Meeting(LocalDate date) => One(MeetingList, m => m.Date == date, $"meeting on {date:uuuu-MM-dd}");

    public Meeting Meeting(string committee, LocalDate date)
    {
        var id = Committee(committee).Id;
        return One(MeetingList, m => m.CommitteeId == id && m.Date == date, $"meeting of {committee} on {date:uuuu-MM-dd}");
    }

    public AgendaItem Item(LocalDate meeting, int number) => One(Meeting(meeting).AgendaItems, i => i.Number == number, $"item {number} on {meeting:uuuu-MM-dd}");

    public Report Report(string subject) => One(ReportList, r => r.Subject == subject, $"report '{subject}'");

    public Minute Minute(int number) => One(MinuteList, m => m.Number.Value == number, $"minute {number}");

    public ReserveList ReserveList(string committee, string party)
    {
        var (committeeId, partyId) = (Committee(committee).Id, Party(party).Id);
        return One(ReserveListList, r => r.CommitteeId == committeeId && r.PartyGroupId == partyId, $"{party} reserves for {committee}");
    }

    /// <summary>Adds every record to <paramref name="db"/> (children go with their parents) without saving.</summary>
    public void AddTo(QuorumDbContext db)
    {
        db.AddRange(Council, Year);
        db.AddRange(PartyList);
        db.AddRange(WardList);
        db.AddRange(PersonList);
        db.AddRange(CommitteeList);
        db.AddRange(ReserveListList);
        db.AddRange(SubstituteList);
        db.AddRange(MeetingList);
        db.AddRange(ReportList);
        db.AddRange(MinuteList);
        db.AddRange(VoteList);
        db.AddRange(ActionList);
        db.AddRange(DeclarationList);
        db.AddRange(QuestionList);
    }

    public async Task<BuiltCouncil> SaveAsync(QuorumDbContext db, CancellationToken cancellationToken = default)
    {
        AddTo(db);
        await db.SaveChangesAsync(cancellationToken);
        return this;
    }

    private static T One<T>(IEnumerable<T> records, Func<T, bool> match, string what)
    {
        var found = records.Where(match).Take(2).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new InvalidOperationException($"The test council has no {what}."),
            _ => throw new InvalidOperationException($"The test council has more than one {what}; be more specific."),
        };
    }
}
