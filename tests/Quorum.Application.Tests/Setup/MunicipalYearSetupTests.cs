using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Setup;

/// <summary>
/// <see cref="MunicipalYearSetup"/> on a council that is not the demo: a year is created, an election ends the terms
/// of those not re-elected (and their seats) and adds the new councillors, the year's appointments and reserve lists
/// roll over once checked, and minute numbers restart after the election where the council's settings say so.
/// </summary>
public abstract class MunicipalYearSetupTests : IAsyncLifetime
{
    private const string Scrutiny = "Overview and Scrutiny Committee";

    private const string AnnualMeeting = "Council, 21 May 2026, minute 12";

    private static readonly LocalDate Today = new(2026, 4, 20);

    private static readonly LocalDate ElectionDay = new(2026, 5, 7);

    private readonly RecordedPublications announced = new();

    private readonly CouncilRulebooks rulebooks = new(ProcedureRulebook.Harrow);

    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2026, 4, 20, 9, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Westvale District Council")
        .WithYear(new LocalDate(2025, 5, 20), new LocalDate(2026, 5, 19))
        .WithCouncillors("Labour", "Priya Shah", "Tom Adams", "Karen Lowe")
        .WithCouncillors("Green", "Grace Evans", "Nina Patel")
        .WithCommittee(Scrutiny, c => c.SeatsEndWithTheYear().Chair("Priya Shah").ViceChair("Grace Evans").Members("Tom Adams", "Karen Lowe")
            .CoOptee("Reverend Paul Reece", "Church of England diocesan education authority")
            .Reserves("Labour", "Karen Lowe", "Tom Adams"))
        .WithCommittee("Planning Committee", c => c.Chair("Nina Patel").Members("Tom Adams"))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await QuorumDatabase.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open(actor: null);
        await Council.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open(string? actor = "clerk")
    {
        var db = QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);
        db.Actor = actor;
        return db;
    }

    private MunicipalYearSetup Setup(QuorumDbContext db) => new(db, new PeopleSetup(db, announced.Events), rulebooks, announced.Events);

    [Fact]
    public async Task An_election_ends_the_terms_and_seats_of_those_not_re_elected_adds_the_new_and_the_year_rolls_over_once_checked()
    {
        var karen = Council.Person("Karen Lowe").Id;
        Guid nextId;
        await using (var db = Open())
        {
            // Minute numbers restart after each election, as this council's settings say from today.
            await new CouncilSettings(db, rulebooks, announced.Events).SaveProcedureAsync(Council.Council.Id,
                ProcedureChoices.Of(CouncilProcedure.HarrowExample(Guid.Empty, Today)) with { MinuteRestart = MinuteRestart.AfterEachElection }, Today, Today, Cancel);
            var setup = Setup(db);
            var next = await setup.CreateAsync(Council.Council.Id, new LocalDate(2026, 5, 20), new LocalDate(2027, 5, 18), Cancel);
            nextId = next.Id;
            Assert.False(Restarts(db));

            var sitting = new[] { "Priya Shah", "Tom Adams", "Grace Evans", "Nina Patel" }.Select(n => Council.Person(n).Id).ToList();
            var result = await setup.RecordElectionAsync(Council.Council.Id, ElectionDay, sitting,
                [new PersonDetails(null, "Sam", "Okoro", true, Council.Party("Labour").Id, null, null)], Cancel);
            Assert.Equal(["Karen Lowe"], result.Left.Select(p => p.FullName));
            Assert.Equal(1, result.SeatsEnded);
            Assert.True(Restarts(db));
        }

        await using (var db = Open())
        {
            var proposal = await Setup(db).ProposeAsync(Council.Year.Id, Cancel);
            Assert.True(proposal.NextExists);
            Assert.Equal("2026-2027", proposal.NextName);
            // Planning's seats run on without an end date; Karen Lowe's ended with her term.
            Assert.Equal(2, proposal.Continuing);
            Assert.Equal(["Councillor Priya Shah", "Councillor Grace Evans", "Councillor Tom Adams", "Reverend Paul Reece"], proposal.Seats.Select(s => s.Person));
            Assert.All(proposal.Seats, s => Assert.Null(s.NotCarried));
            Assert.Equal(["Councillor Tom Adams"], Assert.Single(proposal.Reserves).People);

            var next = await Setup(db).RollOverAsync(Council.Year.Id, [.. proposal.Seats.Select(s => s.MembershipId)], [proposal.Reserves[0].ReserveListId], AnnualMeeting, Cancel);
            Assert.Equal(nextId, next.Id);
        }

        await using var check = Open(actor: null);
        var scrutiny = Council.Committee(Scrutiny).Id;
        var seats = await check.Memberships.Where(m => m.CommitteeId == scrutiny).ToListAsync(Cancel);
        var newSeats = seats.Where(s => s.From == new LocalDate(2026, 5, 20)).ToList();
        Assert.Equal(4, newSeats.Count);
        Assert.All(newSeats, s => Assert.Equal((new LocalDate(2027, 5, 18), AnnualMeeting), (s.To!.Value, s.AppointedByMinute)));
        Assert.Equal(MembershipRole.Chair, newSeats.Single(s => s.PersonId == Council.Person("Priya Shah").Id).Role);
        // The year's seats are ended, not overwritten: last year's stay as held, Karen Lowe's to the election day.
        Assert.Equal(ElectionDay, seats.Single(s => s.PersonId == karen).To);
        Assert.Equal(4, seats.Count(s => s.To == new LocalDate(2026, 5, 19)));
        var lowe = await check.People.SingleAsync(p => p.Id == karen, Cancel);
        Assert.Equal((true, (LocalDate?)ElectionDay), (lowe.IsCouncillor, lowe.CouncillorUntil));
        Assert.True(await check.People.AnyAsync(p => p.GivenName == "Sam" && p.FamilyName == "Okoro" && p.IsCouncillor && p.PartyGroupId == Council.Party("Labour").Id, Cancel));
        var reserves = await check.ReserveLists.Include(l => l.Entries).SingleAsync(l => l.MunicipalYearId == nextId, Cancel);
        Assert.Equal([Council.Person("Tom Adams").Id], reserves.InOrder().Select(e => e.PersonId));
        Assert.Equal(ElectionDay, (await check.MunicipalYears.SingleAsync(y => y.Id == nextId, Cancel)).ElectionOn);
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityId == karen && a.Action == "Modified", Cancel));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityId == nextId && a.Action == "Added", Cancel));
        Assert.Contains(new PublishedChange(Council.Council.Id, null, PublishedContent.Membership), announced.Changes);
    }

    [Fact]
    public async Task An_overlapping_year_a_second_chair_a_second_election_and_a_backwards_year_are_refused_naming_the_field_and_nothing_is_written()
    {
        await using var db = Open();
        var setup = Setup(db);
        var overlap = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.CreateAsync(Council.Council.Id, new LocalDate(2026, 5, 1), new LocalDate(2027, 4, 30), Cancel));
        var backwards = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.CreateAsync(Council.Council.Id, new LocalDate(2027, 5, 1), new LocalDate(2027, 4, 30), Cancel));
        var noYear = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.RecordElectionAsync(Council.Council.Id, ElectionDay, [], [], Cancel));
        var nothing = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.RollOverAsync(Council.Year.Id, [], [], null, Cancel));

        // A chair already appointed for the next year: the year's chair cannot be carried over beside her.
        var next = await setup.CreateAsync(Council.Council.Id, new LocalDate(2026, 5, 20), new LocalDate(2027, 5, 18), Cancel);
        await new BodySetup(db, announced.Events).AddSeatAsync(Council.Committee(Scrutiny).Id, new NewSeat(Council.Person("Nina Patel").Id, MembershipRole.Chair, null, next.StartsOn, null, Minute: AnnualMeeting), Cancel);
        var proposal = await setup.ProposeAsync(Council.Year.Id, Cancel);
        var everyone = new[] { "Priya Shah", "Tom Adams", "Karen Lowe", "Grace Evans", "Nina Patel" }.Select(n => Council.Person(n).Id).ToList();
        var secondChair = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.RollOverAsync(Council.Year.Id, [.. proposal.Seats.Select(s => s.MembershipId)], [], null, Cancel));
        var twice = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.RecordElectionAsync(Council.Council.Id, ElectionDay, everyone, [new PersonDetails(null, "Sam", "Okoro", true, null, null, null), new PersonDetails(null, "Sam", "Okoro", true, null, null, null)], Cancel));

        Assert.Equal(("starts-day", "The year would overlap 2025-2026, which runs from 20 May 2025 to 19 May 2026"), (overlap.Field, overlap.Message));
        Assert.Equal("ends-day", backwards.Field);
        Assert.Equal("election-day-day", noYear.Field);
        Assert.Equal("seats", nothing.Field);
        Assert.Equal(("seats", $"A second chair of {Scrutiny} at the same time: Nina Patel is chair from 20 May 2026"), (secondChair.Field, secondChair.Message));
        Assert.Equal(("new-1-family-name", "New councillor 2: Sam Okoro is named twice"), (twice.Field, twice.Message));

        await using var check = Open(actor: null);
        Assert.Equal(6, await check.Memberships.CountAsync(m => m.CommitteeId == Council.Committee(Scrutiny).Id, Cancel));
        Assert.Null((await check.People.SingleAsync(p => p.Id == Council.Person("Karen Lowe").Id, Cancel)).CouncillorUntil);
        Assert.False(await check.People.AnyAsync(p => p.FamilyName == "Okoro", Cancel));
        Assert.Null((await check.MunicipalYears.SingleAsync(y => y.Id == next.Id, Cancel)).ElectionOn);
        Assert.Equal(AnnualMeeting, (await check.Memberships.SingleAsync(m => m.PersonId == Council.Person("Nina Patel").Id && m.Role == MembershipRole.Chair && m.CommitteeId == Council.Committee(Scrutiny).Id, Cancel)).AppointedByMinute);
    }

    private bool Restarts(QuorumDbContext db) =>
        rulebooks.For(db, Council.Council.Id).For(new LocalDate(2026, 6, 1)).MinuteNumbering.RestartsBetween(new LocalDate(2026, 4, 30), new LocalDate(2026, 6, 1));
}

public sealed class SqliteMunicipalYearSetupTests : MunicipalYearSetupTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresMunicipalYearSetupTests : MunicipalYearSetupTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
