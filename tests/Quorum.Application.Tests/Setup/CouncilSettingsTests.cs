using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Setup;

/// <summary>
/// A council's own settings (<see cref="CouncilSettings"/>, read through <see cref="CouncilRulebooks"/>) on a council
/// that is not the demo: a procedure change moves the computed deadlines and the agenda text from its day on, while
/// meetings before it keep what applied then; bad input is refused naming the field, with nothing written.
/// </summary>
public abstract class CouncilSettingsTests : IAsyncLifetime
{
    private const string Scrutiny = "Overview and Scrutiny Committee";

    private static readonly LocalDate Today = new(2026, 9, 14);

    private readonly RecordedPublications announced = new();

    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2026, 9, 14, 9, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Anytown Borough Council")
        .WithYear(new LocalDate(2026, 5, 21), new LocalDate(2027, 5, 19))
        .WithCouncillors("Labour", "Priya Shah", "Tom Adams")
        .WithCommittee(Scrutiny, c => c.Quorum(3).Chair("Priya Shah").Members("Tom Adams"))
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
        // As `quorum init` leaves a new council: the statutory minimum from the start.
        db.CouncilProcedures.Add(CouncilProcedure.StatutoryMinimum(Council.Council.Id, CouncilProcedure.FromTheStart));
        await db.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open(string? actor = "admin")
    {
        var db = QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);
        db.Actor = actor;
        return db;
    }

    private static ProcedureChoices Harrowish => ProcedureChoices.Of(CouncilProcedure.HarrowExample(Guid.Empty, Today)) with { PublishDraftMinutes = true };

    [Fact]
    public async Task A_change_moves_deadlines_and_agenda_text_from_its_day_and_meetings_before_it_keep_what_applied_then()
    {
        var rulebooks = new CouncilRulebooks(ProcedureRulebook.Harrow);
        var before = new LocalDate(2026, 10, 5);
        var after = new LocalDate(2026, 10, 26);
        Guid earlier;
        await using (var db = Open())
        {
            // Before the change: the statutory minimum, whose agendas cite the rules by name alone.
            earlier = (await new MeetingSchedule(db, announced.Events, rulebooks.For(db, Council.Council.Id))
                .CreateAsync(Council.Committee(Scrutiny).Id, before, new LocalTime(19, 30), "Committee Room 1", Cancel)).Id;
            var minimum = rulebooks.For(db, Council.Council.Id);
            Assert.Equal(new LocalDateTime(2026, 10, 23, 17, 0), new Deadlines(minimum.For(after, Scrutiny)).PublicQuestionDeadline(after));

            await new CouncilSettings(db, rulebooks, announced.Events).SaveProcedureAsync(Council.Council.Id, Harrowish, new LocalDate(2026, 10, 12), Today, Cancel);
        }

        await using var check = Open();
        var rulebook = rulebooks.For(check, Council.Council.Id);
        // Questions: the statutory minimum's 17:00 the working day before, then Harrow's 15:00 on the third.
        Assert.Equal(new LocalDateTime(2026, 10, 2, 17, 0), new Deadlines(rulebook.For(before, Scrutiny)).PublicQuestionDeadline(before));
        Assert.Equal(new LocalDateTime(2026, 10, 21, 15, 0), new Deadlines(rulebook.For(after, Scrutiny)).PublicQuestionDeadline(after));
        // Call-in: three working days, then five, for decisions published on the same weekday.
        Assert.Equal(new LocalDate(2026, 10, 1), new Deadlines(rulebook.For(new LocalDate(2026, 9, 28), "Cabinet")).CallIn(new LocalDate(2026, 9, 28)).WindowEnds);
        Assert.Equal(new LocalDate(2026, 10, 23), new Deadlines(rulebook.For(new LocalDate(2026, 10, 16), "Cabinet")).CallIn(new LocalDate(2026, 10, 16)).WindowEnds);
        Assert.False(rulebook.For(before).PublishDraftMinutes);
        Assert.True(rulebook.For(after).PublishDraftMinutes);

        var later = await new MeetingSchedule(check, announced.Events, rulebook).CreateAsync(Council.Committee(Scrutiny).Id, after, new LocalTime(19, 30), "Committee Room 1", Cancel);
        var cabinet = await new MeetingSchedule(check, announced.Events, rulebook).CreateAsync(Council.Committee("Cabinet").Id, after, new LocalTime(19, 30), "Committee Room 1", Cancel);
        string? Questions(Meeting m) => m.AgendaItems.Single(i => i.Standing == StandingItem.PublicQuestions).Description;
        var old = await check.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == earlier, Cancel);
        Assert.Equal("To receive any public questions received in accordance with the Committee Procedure Rules.", Questions(old));
        Assert.Equal("To receive any public questions received in accordance with Committee Procedure Rule 17 (Part 4B of the Constitution).", Questions(later));
        Assert.Equal("To receive any public questions received in accordance with the Executive Procedure Rules (Part 4B of the Constitution).", Questions(cabinet));
        Assert.Contains(announced.Changes, c => c.Content == PublishedContent.CouncilDetails && c.CouncilId == Council.Council.Id);
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "admin" && a.EntityType == nameof(CouncilProcedure) && a.Action == "Added", Cancel));
    }

    [Fact]
    public async Task A_new_council_gets_the_statutory_minimum_and_one_without_settings_keeps_harrows()
    {
        await using var db = Open();
        var rulebooks = new CouncilRulebooks(ProcedureRulebook.Harrow);
        var minimum = rulebooks.For(db, Council.Council.Id).For(Today, Scrutiny);
        Assert.Equal((1, new LocalTime(17, 0), 3, MinuteRestart.Never, (int?)null), (minimum.PublicQuestions.WorkingDaysBefore, minimum.PublicQuestions.At, minimum.CallIn.WindowWorkingDays, minimum.MinuteNumbering.Restart, minimum.Quorum));
        // No quorum by committee name from Harrow's rulebook: the body's own quorum is the one that counts.
        Assert.Same(ProcedureRulebook.Harrow, rulebooks.For(db, Guid.NewGuid()));
    }

    [Fact]
    public async Task Bad_settings_are_refused_naming_the_field_and_nothing_is_written()
    {
        await using var db = Open();
        var service = new CouncilSettings(db, new CouncilRulebooks(ProcedureRulebook.Harrow), announced.Events);
        var id = Council.Council.Id;

        var past = await Assert.ThrowsAsync<SetupRefusedException>(() => service.SaveProcedureAsync(id, Harrowish, Today.PlusDays(-1), Today, Cancel));
        var days = await Assert.ThrowsAsync<SetupRefusedException>(() => service.SaveProcedureAsync(id, Harrowish with { QuestionWorkingDaysBefore = 40 }, Today, Today, Cancel));
        var callIn = await Assert.ThrowsAsync<SetupRefusedException>(() => service.SaveProcedureAsync(id, Harrowish with { CallInWorkingDays = -1 }, Today, Today, Cancel));
        var rules = await Assert.ThrowsAsync<SetupRefusedException>(() => service.SaveProcedureAsync(id, Harrowish with { CommitteeRules = "  " }, Today, Today, Cancel));
        var name = await Assert.ThrowsAsync<SetupRefusedException>(() => service.SaveDetailsAsync(id, new CouncilDetails(" ", null, null, null, null, Nation.England), Cancel));
        var email = await Assert.ThrowsAsync<SetupRefusedException>(() => service.SaveDetailsAsync(id, new CouncilDetails("Anytown Borough Council", null, null, "democratic services", null, Nation.England), Cancel));
        var web = await Assert.ThrowsAsync<SetupRefusedException>(() => service.SaveDetailsAsync(id, new CouncilDetails("Anytown Borough Council", null, null, null, "www.anytown.gov.uk", Nation.England), Cancel));

        Assert.Equal(["from-day", "question-days", "call-in-days", "committee-rules", "name", "email", "web"], new[] { past, days, callIn, rules, name, email, web }.Select(e => e.Field));
        Assert.Equal("The settings can take effect from today or a later day, not an earlier one", past.Message);
        await using var check = Open(actor: null);
        Assert.Equal(1, await check.CouncilProcedures.CountAsync(p => p.CouncilId == id, Cancel));
        Assert.Null((await check.Councils.SingleAsync(c => c.Id == id, Cancel)).WebAddress);
        Assert.Empty(announced.Changes);
    }

    [Fact]
    public async Task The_councils_details_are_saved_audited_and_announced()
    {
        await using (var db = Open())
        {
            await new CouncilSettings(db, new CouncilRulebooks(ProcedureRulebook.Harrow), announced.Events).SaveDetailsAsync(Council.Council.Id,
                new CouncilDetails("Anytown Borough Council", "Town Hall\nHigh Street\nAnytown AN1 1AA", "01234 567890", "committees@anytown.gov.uk", "https://www.anytown.gov.uk", Nation.Wales), Cancel);
        }

        await using var check = Open(actor: null);
        var council = await check.Councils.SingleAsync(c => c.Id == Council.Council.Id, Cancel);
        Assert.Equal(("Town Hall\nHigh Street\nAnytown AN1 1AA", "01234 567890", "committees@anytown.gov.uk", "https://www.anytown.gov.uk", Nation.Wales),
            (council.Address, council.Telephone, council.ContactEmail, council.WebAddress, council.Nation));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "admin" && a.EntityType == nameof(Council) && a.Action == "Modified", Cancel));
        Assert.Equal([PublishedContent.CouncilDetails], announced.Changes.Select(c => c.Content));
    }

    [Fact]
    public void A_quorum_set_as_a_share_counts_the_voting_members_rounded_up_and_a_number_wins()
    {
        var council = new Committee { CouncilId = Council.Council.Id, Name = "Council", Slug = new("council"), BodyType = BodyType.Council, QuorumOneIn = 4 };
        Assert.Equal((16, 17, 1), (council.QuorumOf(63), council.QuorumOf(65), council.QuorumOf(2)));
        council.Quorum = 20;
        Assert.Equal(20, council.QuorumOf(63));
        Assert.Null(new Committee { CouncilId = Council.Council.Id, Name = "Board", Slug = new("board"), BodyType = BodyType.PartnershipBoard }.QuorumOf(10));
    }
}

public sealed class SqliteCouncilSettingsTests : CouncilSettingsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresCouncilSettingsTests : CouncilSettingsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
