using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.Outcomes;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Setup;

/// <summary>
/// A council that is not the demo, its bodies, seats, reserves and substitutes entered through the services behind
/// the staff pages, then a meeting of each recorded: the rules engine accepts a reserve, a named substitute and an
/// education-only co-optee where they may act and refuses them where they may not, and counts a quorum set as a share.
/// </summary>
public abstract class SetUpCouncilRulesTests : IAsyncLifetime
{
    private const string Organisation = "Anytown NHS Trust";

    private static readonly LocalDate Today = new(2026, 9, 14);

    private readonly RecordedPublications announced = new();

    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2026, 9, 14, 9, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Anytown Borough Council")
        .WithYear(new LocalDate(2026, 5, 21), new LocalDate(2027, 5, 19))
        .WithCouncillors("Labour", "Priya Shah", "Tom Adams", "Karen Lowe")
        .WithCouncillors("Conservative", "Grace Evans", "Nina Patel", "Sam Clarke")
        .WithPerson("Reverend Paul Reece")
        .WithPerson("Dr Ann Baker")
        .WithPerson("Mr Bob Cole")
        .WithPerson("Mrs Dee Ford")
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
        // As quorum init stores it: the council's own procedure settings, the statutory minimum, not Harrow's.
        db.CouncilProcedures.Add(CouncilProcedure.StatutoryMinimum(Council.Council.Id, CouncilProcedure.FromTheStart));
        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>The rules the staff pages record this council's meetings by: its own settings, read as the web host reads them.</summary>
    private ProcedureRulebook Rules(QuorumDbContext db) => new CouncilRulebooks(ProcedureRulebook.Harrow).For(db, Council.Council.Id);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);

    private Guid Person(string name) => Council.Person(name).Id;

    [Fact]
    public async Task A_reserve_and_an_education_only_co_optee_act_where_the_rules_allow_and_a_quorum_of_one_half_counts_the_voting_members()
    {
        Guid meeting;
        await using (var db = Open())
        {
            var setup = new BodySetup(db, announced.Events);
            var scrutiny = await setup.CreateAsync(Council.Council.Id, new BodyDetails("Overview and Scrutiny Committee", BodyType.Committee, null, null, null, QuorumOneIn: 2, Seats: 6), Cancel);
            await setup.AddSeatAsync(scrutiny.Id, new NewSeat(Person("Priya Shah"), MembershipRole.Chair, null, Today, null), Cancel);
            await setup.AddSeatAsync(scrutiny.Id, new NewSeat(Person("Grace Evans"), MembershipRole.ViceChair, null, Today, null), Cancel);
            foreach (var member in new[] { "Tom Adams", "Nina Patel" })
            {
                await setup.AddSeatAsync(scrutiny.Id, new NewSeat(Person(member), MembershipRole.Member, null, Today, null), Cancel);
            }
            await setup.AddSeatAsync(scrutiny.Id, new NewSeat(Person("Paul Reece"), MembershipRole.CoOpted, VotingRight.EducationItemsOnly, Today, null, "Diocesan education authority"), Cancel);
            await setup.AddReserveAsync(scrutiny.Id, Council.Party("Labour").Id, Person("Karen Lowe"), Today, Cancel);
            meeting = (await new MeetingSchedule(db, announced.Events).CreateAsync(scrutiny.Id, Today, new LocalTime(19, 30), "Committee Room 1", Cancel)).Id;
            var editor = new AgendaEditor(db);
            await editor.AddAsync(meeting, new AgendaItem { MeetingId = meeting, Number = 1, Title = "School Places Strategy" }, Cancel);
            await editor.AddAsync(meeting, new AgendaItem { MeetingId = meeting, Number = 1, Title = "Parking Strategy" }, Cancel);
            var education = (await editor.ItemsAsync(meeting, Cancel)).Single(i => i.Title == "School Places Strategy");
            Assert.True(await editor.MarkEducationMatterAsync(meeting, education.Id, true, Cancel));
        }

        await using var record = Open();
        var recorder = new MeetingRecorder(record, Rules(record));
        foreach (var present in new[] { "Priya Shah", "Grace Evans", "Paul Reece" })
        {
            await recorder.RecordAttendanceAsync(meeting, Person(present), AttendanceMark.Present, cancellationToken: Cancel);
        }
        await recorder.RecordAttendanceAsync(meeting, Person("Tom Adams"), AttendanceMark.Apologies, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(meeting, Person("Nina Patel"), AttendanceMark.Apologies, cancellationToken: Cancel);
        // Karen Lowe is a Labour reserve: not for a Conservative member, but for a Labour one.
        var otherGroup = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.RecordReserveAsync(meeting, Person("Karen Lowe"), Person("Nina Patel"), cancellationToken: Cancel));
        await recorder.RecordReserveAsync(meeting, Person("Karen Lowe"), Person("Tom Adams"), cancellationToken: Cancel);
        // Sam Clarke is on no reserve list of this body: refused, and nothing is written for him.
        var outsider = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.RecordReserveAsync(meeting, Person("Sam Clarke"), Person("Nina Patel"), cancellationToken: Cancel));

        var items = await record.AgendaItems.Where(i => i.MeetingId == meeting).ToListAsync(Cancel);
        var school = await recorder.CheckItemAsync(meeting, items.Single(i => i.Title == "School Places Strategy").Number, Cancel);
        var parking = await recorder.CheckItemAsync(meeting, items.Single(i => i.Title == "Parking Strategy").Number, Cancel);
        Assert.Contains(Person("Paul Reece"), school.Voters);
        Assert.DoesNotContain(Person("Paul Reece"), parking.Voters);
        Assert.Contains(Person("Karen Lowe"), parking.Voters);
        // Four members with a full vote, one half of them: a quorum of 2.
        Assert.Equal((2, true), (parking.Eligibility.Quorum, parking.IsQuorate));
        Assert.StartsWith("CPR-2", outsider.Rule, StringComparison.Ordinal);
        Assert.StartsWith("CPR-2", otherGroup.Rule, StringComparison.Ordinal);
        Assert.False(await record.Attendances.AnyAsync(a => a.MeetingId == meeting && a.PersonId == Person("Sam Clarke"), Cancel));
    }

    [Fact]
    public async Task A_named_substitute_stands_in_for_the_organisations_representative_and_anyone_else_is_refused()
    {
        Guid meeting;
        await using (var db = Open())
        {
            var setup = new BodySetup(db, announced.Events);
            var board = await setup.CreateAsync(Council.Council.Id, new BodyDetails("Health and Wellbeing Board", BodyType.PartnershipBoard, null, 2, null), Cancel);
            await setup.AddSeatAsync(board.Id, new NewSeat(Person("Priya Shah"), MembershipRole.Chair, null, Today, null), Cancel);
            await setup.AddSeatAsync(board.Id, new NewSeat(Person("Ann Baker"), MembershipRole.Representative, VotingRight.Full, Today, null, Organisation, "Chief Executive"), Cancel);
            var wrongOrganisation = await Assert.ThrowsAsync<SetupRefusedException>(() => setup.AddSubstituteAsync(board.Id, new NewSubstitute(Person("Bob Cole"), "Anytown Police", null, Today), Cancel));
            Assert.Equal("substitute-organisation", wrongOrganisation.Field);
            await setup.AddSubstituteAsync(board.Id, new NewSubstitute(Person("Bob Cole"), "anytown nhs trust", Person("Ann Baker"), Today), Cancel);
            meeting = (await new MeetingSchedule(db, announced.Events).CreateAsync(board.Id, Today, new LocalTime(14, 0), "Committee Room 2", Cancel)).Id;
        }

        await using var record = Open();
        Assert.Equal(Organisation, (await record.Substitutes.SingleAsync(Cancel)).Organisation);
        var recorder = new MeetingRecorder(record, Rules(record));
        await recorder.RecordAttendanceAsync(meeting, Person("Priya Shah"), AttendanceMark.Present, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(meeting, Person("Ann Baker"), AttendanceMark.Apologies, cancellationToken: Cancel);
        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.RecordSubstituteAsync(meeting, Person("Dee Ford"), Person("Ann Baker"), Cancel));
        await recorder.RecordSubstituteAsync(meeting, Person("Bob Cole"), Person("Ann Baker"), Cancel);

        var check = await recorder.CheckItemAsync(meeting, 1, Cancel);
        Assert.Contains(Person("Bob Cole"), check.Voters);
        Assert.Contains("not a named substitute", refused.Message, StringComparison.Ordinal);
        Assert.False(await record.Attendances.AnyAsync(a => a.MeetingId == meeting && a.PersonId == Person("Dee Ford"), Cancel));
    }
}

public sealed class SqliteSetUpCouncilRulesTests : SetUpCouncilRulesTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresSetUpCouncilRulesTests : SetUpCouncilRulesTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
