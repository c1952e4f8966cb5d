using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Publication;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Setup;

/// <summary>
/// The use cases behind the staff set-up pages (<see cref="BodySetup"/>, <see cref="PeopleSetup"/>) on a council that
/// is not the demo: what they store, what they refuse (naming the field, with nothing written), that a change is
/// audited under the signed-in person and announced so the public pages and search follow.
/// </summary>
public abstract class CouncilSetupTests : IAsyncLifetime
{
    private const string Scrutiny = "Overview and Scrutiny Committee";

    private static readonly LocalDate Today = new(2026, 9, 14);

    private readonly RecordedPublications announced = new();

    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2026, 9, 14, 9, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Anytown Borough Council")
        .WithYear(new LocalDate(2026, 5, 21), new LocalDate(2027, 5, 19))
        .WithCouncillors("Labour", "Priya Shah", "Tom Adams", "Karen Lowe")
        .WithCouncillors("Conservative", "Grace Evans", "Nina Patel")
        .WithCommittee(Scrutiny, c => c.Quorum(3).Chair("Priya Shah").Members("Tom Adams", "Grace Evans").Reserves("Labour", "Karen Lowe"))
        .WithCommittee("Cabinet", c => c.Chair("Tom Adams"))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
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

    [Fact]
    public async Task A_body_made_on_the_staff_pages_gets_its_members_co_optee_and_reserves_audited_and_announced()
    {
        Guid bodyId;
        await using (var db = Open())
        {
            var setup = new BodySetup(db, announced.Events);
            var body = await setup.CreateAsync(Council.Council.Id, new BodyDetails(" Children's  Scrutiny Sub-Committee ", BodyType.SubCommittee, Council.Committee(Scrutiny).Id, 3, "Scrutinises children's services."), Cancel);
            bodyId = body.Id;
            await setup.AddSeatAsync(bodyId, new NewSeat(Council.Person("Nina Patel").Id, MembershipRole.Chair, null, Today, null), Cancel);
            await setup.AddSeatAsync(bodyId, new NewSeat(Council.Person("Karen Lowe").Id, MembershipRole.Member, null, Today, null), Cancel);
            var person = await new PeopleSetup(db, announced.Events).CreateAsync(Council.Council.Id, new PersonDetails("Reverend", "Paul", "Reece", false, null, null, null), Cancel);
            await setup.AddSeatAsync(bodyId, new NewSeat(person.Id, MembershipRole.CoOpted, VotingRight.EducationItemsOnly, Today, null, "Church of England diocesan education authority"), Cancel);
            await setup.AddReserveAsync(bodyId, Council.Party("Labour").Id, Council.Person("Tom Adams").Id, Today, Cancel);
            await setup.AddReserveAsync(bodyId, Council.Party("Labour").Id, Council.Person("Priya Shah").Id, Today, Cancel);
        }

        await using var check = Open(actor: null);
        var stored = await check.Committees.Include(c => c.Memberships).SingleAsync(c => c.Id == bodyId, Cancel);
        Assert.Equal(("Children's Scrutiny Sub-Committee", (int?)3, BodyType.SubCommittee), (stored.Name, stored.Quorum, stored.BodyType));
        Assert.EndsWith("scrutiny-sub-committee", stored.Slug.Value, StringComparison.Ordinal);
        Assert.Equal([VotingRight.Full, VotingRight.Full, VotingRight.EducationItemsOnly], stored.Memberships.OrderBy(m => m.Role).Select(m => m.VotingRight));
        var reserves = await check.ReserveLists.Include(l => l.Entries).SingleAsync(l => l.CommitteeId == bodyId, Cancel);
        Assert.Equal([Council.Person("Tom Adams").Id, Council.Person("Priya Shah").Id], reserves.InOrder().Select(e => e.PersonId));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityId == bodyId && a.Action == "Added", Cancel));
        Assert.Equal(7, announced.Changes.Count);
        Assert.All(announced.Changes, c => Assert.Equal(new PublishedChange(Council.Council.Id, null, PublishedContent.Membership), c));
    }

    [Fact]
    public async Task A_seat_ending_before_it_starts_a_second_chair_and_a_reserve_from_another_group_are_refused_naming_the_field_and_nothing_is_written()
    {
        await using var db = Open();
        var setup = new BodySetup(db, announced.Events);
        var scrutiny = Council.Committee(Scrutiny).Id;

        var backwards = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.AddSeatAsync(scrutiny, new NewSeat(Council.Person("Nina Patel").Id, MembershipRole.Member, null, Today, Today.PlusDays(-1)), Cancel));
        var secondChair = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.AddSeatAsync(scrutiny, new NewSeat(Council.Person("Nina Patel").Id, MembershipRole.Chair, null, Today, null), Cancel));
        var outsider = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.AddReserveAsync(scrutiny, Council.Party("Labour").Id, Council.Person("Nina Patel").Id, Today, Cancel));
        var twice = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.AddSeatAsync(scrutiny, new NewSeat(Council.Person("Tom Adams").Id, MembershipRole.ViceChair, null, Today, null), Cancel));
        var coopteeVote = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.AddSeatAsync(scrutiny, new NewSeat(Council.Person("Nina Patel").Id, MembershipRole.CoOpted, null, Today, null), Cancel));

        Assert.Equal(("end", "The membership ends (13 September 2026) before it starts (14 September 2026)"), (backwards.Field, backwards.Message));
        Assert.Equal(("role", $"A second chair of {Scrutiny} at the same time: Priya Shah is chair from 21 May 2026"), (secondChair.Field, secondChair.Message));
        Assert.Equal(("reserve-person", "Nina Patel is not in the Labour group (their group is Conservative), so cannot be one of its reserves"), (outsider.Field, outsider.Message));
        Assert.Equal("start", twice.Field);
        Assert.Equal("voting", coopteeVote.Field);
        await using var check = Open(actor: null);
        Assert.Equal(3, await check.Memberships.CountAsync(m => m.CommitteeId == scrutiny, Cancel));
        Assert.Equal(1, await check.ReserveListEntries.CountAsync(Cancel));
        Assert.Empty(announced.Changes);
    }

    [Fact]
    public async Task Retiring_a_body_ends_its_seats_on_the_last_day_keeps_them_and_refuses_new_ones()
    {
        var cabinet = Council.Committee("Cabinet").Id;
        await using (var db = Open())
        {
            var setup = new BodySetup(db, announced.Events);
            await setup.RetireAsync(cabinet, Today, Cancel);
            var again = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.RetireAsync(cabinet, Today, Cancel));
            var seat = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.AddSeatAsync(cabinet, new NewSeat(Council.Person("Nina Patel").Id, MembershipRole.Member, null, Today, null), Cancel));
            Assert.Contains("already retired", again.Message, StringComparison.Ordinal);
            Assert.Contains("takes no new members", seat.Message, StringComparison.Ordinal);
        }

        await using var check = Open(actor: null);
        var stored = await check.Committees.Include(c => c.Memberships).SingleAsync(c => c.Id == cabinet, Cancel);
        Assert.Equal(Today, stored.RetiredOn);
        Assert.Equal((LocalDate?)Today, Assert.Single(stored.Memberships).To);
    }

    [Fact]
    public async Task A_body_cannot_report_to_one_that_reports_to_it_nor_share_another_bodys_name()
    {
        await using var db = Open();
        var setup = new BodySetup(db, announced.Events);
        var panel = await setup.CreateAsync(Council.Council.Id, new BodyDetails("Budget Panel", BodyType.Panel, Council.Committee(Scrutiny).Id, null, null), Cancel);

        var loop = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.EditAsync(Council.Committee(Scrutiny).Id, new BodyDetails(Scrutiny, BodyType.Committee, panel.Id, 3, null), Cancel));
        var same = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.CreateAsync(Council.Council.Id, new BodyDetails("budget  panel", BodyType.Panel, null, null, null), Cancel));

        Assert.Equal("parent", loop.Field);
        Assert.Equal(("name", "The council already has a body called Budget Panel"), (same.Field, same.Message));
        Assert.Null(panel.Quorum);
    }

    [Fact]
    public async Task A_corrected_name_keeps_the_old_spelling_as_an_alias_and_a_second_person_of_one_name_is_refused()
    {
        await using var db = Open();
        var people = new PeopleSetup(db, announced.Events);
        var ward = await people.AddWardAsync(Council.Council.Id, "Hill Ward", Cancel);
        var grace = Council.Person("Grace Evans");

        var corrected = await people.EditAsync(grace.Id, new PersonDetails(null, "Gracie", "Evans", true, Council.Party("Conservative").Id, ward.Id, "grace.evans@anytown.gov.uk"), Cancel);
        var twin = await Assert.ThrowsAsync<SetupRefusedException>(() => people.CreateAsync(Council.Council.Id, new PersonDetails(null, "Grace", "Evans", false, null, null, null), Cancel));
        var duplicateWard = await Assert.ThrowsAsync<SetupRefusedException>(() => people.AddWardAsync(Council.Council.Id, "hill ward", Cancel));
        var groupForCooptee = await Assert.ThrowsAsync<SetupRefusedException>(() => people.CreateAsync(Council.Council.Id, new PersonDetails("Mrs", "Ann", "Baker", false, Council.Party("Labour").Id, null, null), Cancel));

        Assert.Equal(["Grace Evans"], corrected.Aliases);
        Assert.Equal(("family-name", "group", "ward"), (twin.Field, groupForCooptee.Field, duplicateWard.Field));
        await using var check = Open(actor: null);
        var stored = await check.People.SingleAsync(p => p.Id == grace.Id, Cancel);
        Assert.Equal(("Gracie", (Guid?)ward.Id), (stored.GivenName, stored.WardId));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityId == grace.Id && a.Action == "Modified", Cancel));
    }
}

public sealed class SqliteCouncilSetupTests : CouncilSetupTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresCouncilSetupTests : CouncilSetupTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
