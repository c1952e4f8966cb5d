using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Reports;

/// <summary>
/// A database made before papers had consultations keeps its reports: after the PaperConsultations migration each
/// report still has its originating item, and its journey is that one step.
/// </summary>
public abstract class ConsultationUpgradeTests
{
    protected abstract DatabaseSettings CreateSettings();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Columns of the tables written here that migrations after PaperConsultations add.</summary>
    private static readonly (string Table, string Column, string SqliteType, string PostgresType)[] AddedLater =
    [
        ("Committees", "RetiredOn", "TEXT", "date"),
        ("Committees", "QuorumOneIn", "INTEGER", "integer"),
        ("Committees", "Seats", "INTEGER", "integer"),
        ("Councils", "Address", "TEXT", "text"),
        ("Councils", "Nation", "TEXT", "text"),
        ("Councils", "Telephone", "TEXT", "text"),
        ("Councils", "WebAddress", "TEXT", "text"),
        ("AgendaItems", "Suffix", "TEXT", "text"),
    ];

    [Fact]
    public async Task A_report_stored_before_consultations_keeps_its_item_and_has_a_journey_of_one_step()
    {
        var settings = CreateSettings();
        var clock = new TestClock(Instant.FromUtc(2026, 11, 30, 9, 0));
        string previous;
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_PaperConsultations", StringComparison.Ordinal));
            Assert.True(index > 0, "the PaperConsultations migration is missing");
            previous = migrations[index - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous, Cancel);
        }
        var council = new Council { Name = "London Borough of Oldfile", Slug = new Slug("oldfile") };
        var body = new Committee { CouncilId = council.Id, Name = "Overview and Scrutiny Committee", Slug = new Slug("overview-and-scrutiny"), BodyType = BodyType.Committee };
        var meeting = new Meeting { CommitteeId = body.Id, Date = new LocalDate(2026, 10, 6), StartTime = new LocalTime(19, 30), AgendaPublishedOn = new LocalDate(2026, 9, 28) };
        meeting.SetPlace("Civic Centre", null);
        var item = new AgendaItem { MeetingId = meeting.Id, Number = 4, Title = "Housing Strategy" };
        var report = new Report
        {
            CouncilId = council.Id,
            AgendaItemId = item.Id,
            ReportFor = "Overview and Scrutiny Committee",
            DateOfMeeting = meeting.Date,
            Subject = "Housing Strategy 2026-2031",
            ResponsibleOfficer = "Corporate Director, Place",
            Summary = "The draft strategy.",
            Recommendations = "That the committee comments.",
        };
        report.Submit();
        report.Clear();
        report.Publish();
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            Assert.Equal(previous, (await db.Database.GetAppliedMigrationsAsync(Cancel)).Last());
            // The rows are written with today's model, so a column that a later migration adds to these tables stands
            // in for the insert and is taken away again: the file then holds what an old database held.
            foreach (var (table, column, sqliteType, postgresType) in AddedLater)
            {
                var type = settings.Provider == DatabaseProvider.Sqlite ? sqliteType : postgresType;
                var add = $"ALTER TABLE \"{table}\" ADD COLUMN \"{column}\" {type} NULL";
                await db.Database.ExecuteSqlRawAsync(add, Cancel);
            }
            db.AddRange(council, body, meeting, item, report);
            await db.SaveChangesAsync(Cancel);
            foreach (var (table, column, _, _) in AddedLater)
            {
                var drop = $"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\"";
                await db.Database.ExecuteSqlRawAsync(drop, Cancel);
            }
        }

        await QuorumDatabase.MigrateAsync(settings, clock, Cancel);

        await using var upgraded = QuorumDatabase.CreateContext(settings, clock);
        var stored = await upgraded.Reports.Include(r => r.Consultations).SingleAsync(Cancel);
        Assert.Equal((report.Id, item.Id, "Housing Strategy 2026-2031", PublicationState.Published), (stored.Id, stored.AgendaItemId, stored.Subject, stored.State));
        Assert.Empty(stored.Consultations);
        var journey = new ReportJourney(upgraded, Publications.Unheard);
        var step = Assert.Single(await journey.PublicJourneyAsync(report.Id, Cancel));
        Assert.Equal((item.Id, "Overview and Scrutiny Committee", meeting.Date, true), (step.AgendaItemId, step.BodyName, step.MeetingDate, step.IsOrigin));
        Assert.Single(await journey.StaffJourneyAsync(report.Id, Cancel));
    }
}

public sealed class SqliteConsultationUpgradeTests : ConsultationUpgradeTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresConsultationUpgradeTests : ConsultationUpgradeTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
