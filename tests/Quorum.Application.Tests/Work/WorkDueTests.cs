using NodaTime;
using Quorum.Application.Work;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Work;

/// <summary>
/// The staff home's work due, on a real SQLite file and a real PostgreSQL database: what residents sent waits for the
/// clerk (questions to a coming meeting by the meeting's day, petitions to check), and for nobody else.
/// </summary>
public sealed class WorkDueTests
{
    private const string Panel = "Housing Scrutiny Panel";

    private static readonly LocalDate Today = new(2024, 12, 2);

    private static readonly LocalDate MeetingDay = new(2024, 12, 10);

    private readonly TestClock clock = new(Instant.FromUtc(2024, 12, 2, 10, 0));

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Questions_waiting_for_a_coming_meeting_petitions_to_check_decision_notices_to_publish_and_overdue_actions_are_the_clerks_work(DatabaseProvider provider)
    {
        var settings = provider == DatabaseProvider.Sqlite
            ? DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath())
            : DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
        await TestDatabases.MigrateAsync(settings, clock, Cancel);
        var received = Instant.FromUtc(2024, 11, 29, 9, 0);
        Guid councilId, meetingId;
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            var built = await TestCouncil.Named("Fernbridge District Council")
                .WithCouncillor("Ann Chair", "Independent")
                .WithCommittee(Panel, c => c.Chair("Ann Chair"))
                .WithMeeting(Panel, MeetingDay, m => m
                    .AgendaPublished(Today)
                    .Item(1, "Public Questions")
                    .Question("Ruth Resident", "How many homes are empty?", received, QuestionStatus.Received)
                    .Question("Sam Someone", "When will the library reopen?", received, QuestionStatus.Received)
                    .Question("Early Bird", "Already accepted", received, QuestionStatus.Accepted))
                .WithMeeting(Panel, new LocalDate(2024, 9, 10), m => m
                    .Item(1, "Empty Homes")
                    .Minute(12, "Empty Homes", minute => minute
                        .Action("Report the empty homes figures.", "Director of Housing", new LocalDate(2024, 10, 1))
                        .Action("Write to the landlords.", "Director of Housing", new LocalDate(2024, 11, 1))
                        .Action("Long forgotten.", "Director of Housing", new LocalDate(2024, 6, 1))
                        .Action("Not due yet.", "Director of Housing", new LocalDate(2024, 12, 20))))
                .SaveAsync(db, Cancel);
            councilId = built.Council.Id;
            meetingId = built.Meeting(MeetingDay).Id;
            db.Petitions.Add(new Petition
            {
                CouncilId = councilId,
                Number = 1,
                Title = "Save the Northgate library",
                Asks = "Keep it open.",
                StartedBy = "Helen Adeyemi",
                Email = "helen@example.org",
                ClosesOn = Today.PlusDays(60),
                ReceivedAt = received,
            });
            var checkedOne = new Petition
            {
                CouncilId = councilId,
                Number = 2,
                Title = "A crossing on Station Road",
                Asks = "Install one.",
                StartedBy = "Daniel Hughes",
                Email = "daniel@example.org",
                ClosesOn = Today.PlusDays(60),
                ReceivedAt = received,
            };
            checkedOne.Publish("clerk", received);
            db.Petitions.Add(checkedOne);
            db.Deputations.Add(new Deputation
            {
                MeetingId = meetingId,
                AgendaItemId = built.Item(MeetingDay, 1).Id,
                Number = 1,
                Speaker = "Priya Raman",
                Email = "priya@example.org",
                Subject = "To speak on empty homes.",
                ReceivedAt = received,
            });
            db.ExecutiveDecisions.Add(new ExecutiveDecision
            {
                CommitteeId = built.Committee(Panel).Id,
                DecisionMaker = "Portfolio Holder for Housing",
                Title = "Empty homes grants",
                Decision = "To award the grants.",
                DecidedOn = Today.PlusDays(-1),
            });
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            var work = new WorkDue(db, ProcedureRulebook.Harrow);
            var clerk = await work.ForAsync(councilId, new StaffMember("clerk", Clerk: true, Author: false, ClearingOfficer: false), Today, Cancel);
            var residents = clerk.Where(w => w.Kind is WorkKind.QuestionsToDecide or WorkKind.PetitionToCheck).ToList();
            Assert.Equal(
                [
                    new DueWork(WorkKind.QuestionsToDecide, $"{Panel}, 10 December 2024", MeetingDay, 8, $"/admin/meetings/{meetingId}/questions", "2 questions waiting"),
                    new DueWork(WorkKind.PetitionToCheck, "Save the Northgate library", null, null, residents[1].Link, "Started by Helen Adeyemi, received 29 November 2024"),
                ],
                residents);
            Assert.StartsWith("/admin/petitions/", residents[1].Link, StringComparison.Ordinal);
            var deputations = Assert.Single(clerk, w => w.Kind == WorkKind.DeputationsToDecide);
            Assert.Equal(($"/admin/meetings/{meetingId}/deputations", MeetingDay, "1 request waiting for the chair"), (deputations.Link, deputations.Due!.Value, deputations.Detail));
            var decision = Assert.Single(clerk, w => w.Kind == WorkKind.DecisionToPublish);
            Assert.Equal(("Empty homes grants", Today.PlusDays(-1), -1, "Portfolio Holder for Housing, 1 December 2024"), (decision.Subject, decision.Due!.Value, decision.DaysLeft!.Value, decision.Detail));
            // Overdue actions: one line for the body, counting those that fell due in the last 90 days, dated by the oldest.
            var actions = Assert.Single(clerk, w => w.Kind == WorkKind.ActionOverdue);
            Assert.Equal((Panel, new LocalDate(2024, 10, 1), -62, "2 actions not done"), (actions.Subject, actions.Due!.Value, actions.DaysLeft!.Value, actions.Detail));

            var clearing = await work.ForAsync(councilId, new StaffMember("clearing", Clerk: false, Author: false, ClearingOfficer: true), Today, Cancel);
            Assert.DoesNotContain(clearing, w => w.Kind is WorkKind.QuestionsToDecide or WorkKind.PetitionToCheck or WorkKind.DecisionToPublish or WorkKind.ActionOverdue or WorkKind.DeputationsToDecide);
            // Once the meeting has been, its questions are no longer work to do.
            var after = await work.ForAsync(councilId, new StaffMember("clerk", Clerk: true, Author: false, ClearingOfficer: false), MeetingDay.PlusDays(1), Cancel);
            Assert.DoesNotContain(after, w => w.Kind is WorkKind.QuestionsToDecide or WorkKind.DeputationsToDecide);
        }
    }
}
