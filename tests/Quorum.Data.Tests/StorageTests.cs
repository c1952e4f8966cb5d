using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Reports;
using Quorum.TestSupport;

namespace Quorum.Data.Tests;

/// <summary>The same storage behaviour, checked on every provider (see the subclasses at the end of this file).</summary>
public abstract class StorageTests : IAsyncLifetime
{
    private DatabaseSettings? settings;

    protected TestClock Clock { get; } = new();

    protected DatabaseSettings Settings => settings ?? throw new InvalidOperationException("Not initialised.");

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await QuorumDatabase.MigrateAsync(settings, Clock, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected QuorumDbContext Open() => QuorumDatabase.CreateContext(Settings, Clock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly LocalDate HeldOn = new(2017, 9, 19);

    /// <summary>One record of every kind, shaped like the Overview and Scrutiny pack of 19 September 2017.</summary>
    private static BuiltCouncil Sample() => TestCouncil.Named("London Borough of Harrow")
        .WithYear(new LocalDate(2017, 5, 18), new LocalDate(2018, 5, 16))
        .MeetingsIn("Committee Rooms 1 & 2, Harrow Civic Centre")
        .WithCouncillor("Phillip O'Dell", "Labour", "Greenhill", p => p.AddAlias("Phil O'Dell"))
        .WithCouncillor("Jeff Anderson", "Labour", "Greenhill")
        .WithCommittee("Cabinet")
        .WithCommittee("Overview and Scrutiny Committee", c => c
            .Quorum(4)
            .Purpose("Scrutinises the executive and reviews policy.")
            .Chair("Phillip O'Dell")
            .Seat("Reverend P Reece", MembershipRole.CoOpted, VotingRight.EducationItemsOnly, "Church of England diocesan education authority", to: new LocalDate(2018, 5, 16))
            .Reserves("Labour", "Jeff Anderson")
            .Substitute("Jeff Anderson", "Harrow Youth Parliament", forPerson: "P Reece"))
        .WithMeeting("Overview and Scrutiny Committee", HeldOn, m => m
            .AgendaPublished(new LocalDate(2017, 9, 11))
            .MinutesPublished(new LocalDate(2017, 9, 28))
            .Held(new LocalTime(21, 50))
            .Item(7, "OFSTED INSPECTION - ACTION PLAN", i => i
                .Pages(21, 82)
                .ReportOf("Corporate Director, People Services")
                .Education()
                .Report("Scrutiny of action plan following Ofsted report", r => r
                    .For("OVERVIEW AND SCRUTINY COMMITTEE", HeldOn)
                    .Officer("Chris Spencer, Corporate Director, People Services")
                    .Edit(r => r.ScrutinyLeadMember = "Cllr Jerry Miles")
                    .Summary("This report sets out the action plan.")
                    .Clearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", new LocalDate(2017, 9, 5), onBehalfOf: "the Chief Financial Officer")
                    .Enclosure("Ofsted report January 2017", "ofsted-2017.pdf", 52)))
            .PartII(10, "Contract Award: Youth Services", paragraph: 3, i => i.ToFollow())
            .Present("Phillip O'Dell")
            .Reserve("Jeff Anderson", forMember: "P Reece", category: 3)
            .Apologies("P Reece")
            .Declaration("Phillip O'Dell", 7, InterestKind.NonRegistrable, "His daughter is a teacher at a Harrow school.")
            .Minute(231, "Ofsted Inspection - Action Plan", n => n
                .OnItem(7)
                .Resolved(ResolutionKind.Resolved, "That", "to endorse the action plan", "to acknowledge the progress made")
                .RecordedVote("That the action plan be endorsed", ("Phillip O'Dell", VoteChoice.For), ("Jeff Anderson", VoteChoice.Against))
                .CastingVote(VoteChoice.For)
                .Action("Circulate the updated action plan to Members.", "Corporate Director, People Services", new LocalDate(2017, 10, 31))))
        .Build();

    private async Task<BuiltCouncil> SaveSampleAsync()
    {
        await using var db = Open();
        return await Sample().SaveAsync(db, Cancel);
    }

    [Fact]
    public async Task Migrations_bring_a_new_database_to_the_current_schema()
    {
        var status = await QuorumDatabase.CheckAsync(Settings, Clock, Cancel);
        Assert.True(status.Reachable);
        Assert.True(status.SchemaCurrent);
        await using var db = Open();
        Assert.Equal(db.Database.GetMigrations().Last(), status.LatestMigration);
    }

    [Fact]
    public async Task Committees_people_and_memberships_round_trip()
    {
        var sample = await SaveSampleAsync();
        await using var db = Open();

        var council = await db.Councils.SingleAsync(Cancel);
        Assert.Equal(("London Borough of Harrow", new Slug("harrow")), (council.Name, council.Slug));
        var year = await db.MunicipalYears.SingleAsync(Cancel);
        Assert.Equal(("2017-2018", new LocalDate(2018, 5, 16)), (year.Name, year.EndsOn));
        Assert.Equal("Labour", (await db.PartyGroups.SingleAsync(Cancel)).Name);
        Assert.Equal("greenhill", (await db.Wards.SingleAsync(Cancel)).Slug.Value);

        var scrutiny = await db.Committees.Include(c => c.Memberships).ThenInclude(m => m.Person).SingleAsync(c => c.Slug == new Slug("overview-and-scrutiny-committee"), Cancel);
        Assert.Equal((BodyType.Committee, 4), (scrutiny.BodyType, scrutiny.Quorum));
        var cooptee = scrutiny.Memberships.Single(m => m.Role == MembershipRole.CoOpted);
        Assert.Equal(VotingRight.EducationItemsOnly, cooptee.VotingRight);
        Assert.Equal("Church of England diocesan education authority", cooptee.OrganisationRepresented);
        Assert.Equal(new LocalDate(2018, 5, 16), cooptee.To);
        Assert.Equal("Reverend P Reece", cooptee.Person!.DisplayName);

        var chair = await db.People.SingleAsync(p => p.Id == sample.Person("Phillip O'Dell").Id, Cancel);
        Assert.Equal(["Phil O'Dell"], chair.Aliases);
        Assert.Equal(sample.Ward("Greenhill").Id, chair.WardId);

        var reserves = await db.ReserveLists.Include(r => r.Entries).ThenInclude(e => e.Person).SingleAsync(Cancel);
        Assert.Equal([(1, "Jeff Anderson")], reserves.InOrder().Select(e => (e.Position, e.Person!.FullName)));
        Assert.Single(await db.ReserveListEntries.ToListAsync(Cancel));
        var substitute = await db.Substitutes.SingleAsync(Cancel);
        Assert.Equal(("Harrow Youth Parliament", sample.Person("P Reece").Id), (substitute.Organisation, substitute.ForPersonId));
    }

    [Fact]
    public async Task Meetings_agendas_and_attendance_round_trip()
    {
        var sample = await SaveSampleAsync();
        await using var db = Open();

        var meeting = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendances).SingleAsync(Cancel);
        Assert.Equal((new LocalDate(2017, 9, 19), new LocalTime(19, 30)), (meeting.Date, meeting.StartTime));
        Assert.Equal(("Committee Rooms 1 & 2, Harrow Civic Centre", MeetingStatus.Held, new LocalTime(21, 50)), (meeting.Venue!, meeting.Status, meeting.ClosedAt!.Value));

        var item = meeting.AgendaItems.Single(i => i.Number == 7);
        Assert.Equal((new PageRange(21, 82), AgendaPart.PartI, true), (item.Pages!, item.Part, item.IsEducationMatter));
        var privateItem = meeting.AgendaItems.Single(i => i.Number == 10);
        Assert.Equal((AgendaPart.PartII, 3, true), (privateItem.Part, privateItem.ExemptionParagraph!.Number, privateItem.ToFollow));

        var reserve = meeting.Attendances.Single(a => a.Mark == AttendanceMark.Reserve);
        Assert.Equal((sample.Person("Jeff Anderson").Id, sample.Person("P Reece").Id, 3), (reserve.PersonId, reserve.ForPersonId!.Value, reserve.ReserveCategory!.Value));
        Assert.Equal(3, await db.Attendances.CountAsync(Cancel));
    }

    [Fact]
    public async Task Reports_clearances_and_enclosures_round_trip()
    {
        await SaveSampleAsync();
        await using var db = Open();

        var report = await db.Reports.Include(r => r.Clearances).Include(r => r.Enclosures).SingleAsync(Cancel);
        Assert.Equal((PublicationState.Published, "Cllr Jerry Miles", false), (report.State, report.ScrutinyLeadMember!, report.IsExempt));
        var clearance = Assert.Single(report.Clearances);
        Assert.Equal((ClearanceRole.ChiefFinancialOfficer, "Jo Frost", "the Chief Financial Officer"), (clearance.Role, clearance.Name, clearance.OnBehalfOf!));
        var enclosure = Assert.Single(report.Enclosures);
        Assert.Equal(("ofsted-2017.pdf", 52, new string('a', 64), 1), (enclosure.FileName, enclosure.PageCount, enclosure.Sha256, enclosure.Version));
        Assert.Single(await db.Clearances.ToListAsync(Cancel));
        Assert.Single(await db.Enclosures.ToListAsync(Cancel));
    }

    [Fact]
    public async Task Minutes_resolutions_declarations_votes_and_actions_round_trip()
    {
        var sample = await SaveSampleAsync();
        await using var db = Open();

        var minute = await db.Minutes.Include(m => m.Resolutions).SingleAsync(m => m.Number == new MinuteNumber(231), Cancel);
        var resolution = Assert.Single(minute.Resolutions);
        Assert.Equal(["to endorse the action plan", "to acknowledge the progress made"], resolution.Parts);
        Assert.Equal(ResolutionKind.Resolved, resolution.Kind);
        Assert.Single(await db.Resolutions.ToListAsync(Cancel));

        var declaration = await db.Declarations.SingleAsync(Cancel);
        Assert.Equal((sample.Person("Phillip O'Dell").Id, InterestKind.NonRegistrable), (declaration.PersonId, declaration.Kind));

        var vote = await db.Votes.Include(v => v.MemberVotes).SingleAsync(Cancel);
        Assert.Equal((1, 1, VoteChoice.For, true), (vote.For, vote.Against, vote.ChairsCastingVote!.Value, vote.Carried));
        Assert.Equal(2, vote.MemberVotes.Count);
        Assert.Equal(2, await db.MemberVotes.CountAsync(Cancel));

        var action = await db.ActionPoints.SingleAsync(Cancel);
        Assert.Equal(("Corporate Director, People Services", new LocalDate(2017, 10, 31), true), (action.Owner, action.DueOn!.Value, action.IsOpen));
    }

    [Fact]
    public async Task Saving_stamps_created_and_modified_from_the_clock()
    {
        var created = Clock.Now;
        var sample = await SaveSampleAsync();
        Clock.Advance(Duration.FromHours(2));
        await using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(Cancel);
            meeting.MinutesPublishedOn = new LocalDate(2017, 10, 2);
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = Open();
        var stored = await check.Meetings.SingleAsync(Cancel);
        Assert.Equal((created, created + Duration.FromHours(2)), (stored.Created, stored.Modified));
        var changedSince = await check.Meetings.Where(m => m.Modified > created).Select(m => m.Id).ToListAsync(Cancel);
        Assert.Equal([sample.Meeting(HeldOn).Id], changedSince);
    }

    [Fact]
    public async Task Deleting_a_record_leaves_a_tombstone_hidden_from_queries()
    {
        var sample = await SaveSampleAsync();
        Clock.Advance(Duration.FromMinutes(5));
        await using (var db = Open())
        {
            db.Remove(await db.ActionPoints.SingleAsync(Cancel));
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = Open();
        Assert.Empty(await check.ActionPoints.ToListAsync(Cancel));
        var tombstone = await check.ActionPoints.IgnoreQueryFilters().SingleAsync(Cancel);
        Assert.Equal((sample.Actions.Single().Id, Clock.Now, Clock.Now), (tombstone.Id, tombstone.Deleted!.Value, tombstone.Modified));
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_nothing_behind()
    {
        await using (var db = Open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            Sample().AddTo(db);
            await db.SaveChangesAsync(Cancel);
            Assert.Equal(1, await db.Meetings.CountAsync(Cancel));
            await transaction.RollbackAsync(Cancel);
        }

        await using var check = Open();
        Assert.Equal(0, await check.Councils.IgnoreQueryFilters().CountAsync(Cancel));
        Assert.Equal(0, await check.Meetings.IgnoreQueryFilters().CountAsync(Cancel));
    }

    [Fact]
    public async Task A_failed_save_writes_none_of_its_records()
    {
        var sample = await SaveSampleAsync();
        await using (var db = Open())
        {
            db.Add(new Meeting { CommitteeId = sample.Committee("Cabinet").Id, Date = new LocalDate(2017, 10, 12), StartTime = new LocalTime(18, 30) });
            // Minute 231 already exists for this committee: numbers are never reused.
            db.Add(new Minute { MeetingId = sample.Meeting(HeldOn).Id, CommitteeId = sample.Committee("Overview and Scrutiny Committee").Id, Number = new MinuteNumber(231), Title = "Duplicate" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
        }

        await using var check = Open();
        Assert.Equal(1, await check.Meetings.CountAsync(Cancel));
        Assert.Equal(1, await check.Minutes.CountAsync(Cancel));
    }

    [Fact]
    public async Task The_public_filter_hides_drafts_exempt_reports_and_part_two_minutes()
    {
        var sample = await SaveSampleAsync();
        await using (var db = Open())
        {
            db.Add(new Report { CouncilId = sample.Council.Id, ReportFor = "Cabinet", DateOfMeeting = HeldOn, Subject = "Draft budget", ResponsibleOfficer = "Director of Finance" });
            var exempt = new Report
            {
                CouncilId = sample.Council.Id,
                AgendaItemId = sample.Item(HeldOn, 10).Id,
                ReportFor = "OVERVIEW AND SCRUTINY COMMITTEE",
                DateOfMeeting = HeldOn,
                Subject = "Contract award",
                ResponsibleOfficer = "Director of Commissioning",
                ExemptionParagraph = new Schedule12AParagraph(3),
            };
            exempt.Submit();
            exempt.Clear();
            exempt.Publish();
            db.Add(exempt);
            db.Add(new Minute { MeetingId = sample.Meeting(HeldOn).Id, CommitteeId = sample.Committee("Overview and Scrutiny Committee").Id, AgendaItemId = sample.Item(HeldOn, 10).Id, Number = new MinuteNumber(232), Title = "Contract Award: Youth Services" });
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = Open();
        Assert.Equal(["Scrutiny of action plan following Ofsted report"], await check.Reports.WherePublic().Select(r => r.Subject).ToListAsync(Cancel));
        Assert.Equal([231], await check.Minutes.WherePublic().Select(m => m.Number.Value).ToListAsync(Cancel));
        Assert.Single(await check.Enclosures.WherePublic().ToListAsync(Cancel));
        Assert.Equal(2, await check.AgendaItems.WherePublic().CountAsync(Cancel));
        Assert.Equal(1, await check.Meetings.WherePublic().CountAsync(Cancel));
    }
}

public sealed class SqliteStorageTests : StorageTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());

    [Fact]
    public async Task The_database_is_one_file_in_write_ahead_log_mode()
    {
        await using var db = Open();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Settings.SqlitePath));
    }

    [Fact]
    public async Task Instants_are_stored_as_sortable_iso_text()
    {
        await using var db = Open();
        db.Add(new Council { Name = "Test", Slug = new Slug("test") });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Created\" AS \"Value\" FROM \"Councils\"").SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("2025-03-01T09:00:00.0000000Z", stored);
    }
}

public sealed class PostgresStorageTests : StorageTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());

    [Fact]
    public async Task Instants_are_stored_as_timestamp_with_time_zone()
    {
        await using var db = Open();
        var type = await db.Database.SqlQueryRaw<string>(
            "SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'Meetings' AND column_name = 'Created'").SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("timestamp with time zone", type);
    }
}
