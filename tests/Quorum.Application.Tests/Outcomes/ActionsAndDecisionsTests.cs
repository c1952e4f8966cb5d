using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Outcomes;

public abstract class ActionsAndDecisionsTests : OutcomesDatabase
{
    private async Task<Resolution> ResolveLibraryStrategyAsync(QuorumDbContext db)
    {
        var recorder = new MeetingRecorder(db, Rules);
        foreach (var member in new[] { Council.Person("Priya Shah"), Council.Person("Tom Adams"), Council.Person("Grace Evans"), Council.Person("Henry Foster") })
        {
            await recorder.RecordAttendanceAsync(Council.Meeting(September).Id, member.Id, AttendanceMark.Present, cancellationToken: Cancel);
        }
        return await recorder.ResolveAsync(Council.Meeting(September).Id, 5, ResolutionKind.Resolved, "That the Library Strategy be endorsed.", null, MotionOutcome.WithoutVote, Cancel);
    }

    [Fact]
    public async Task The_action_tracker_lists_a_committees_actions_with_overdue_ones_flagged()
    {
        await using var db = Open();
        var resolution = await ResolveLibraryStrategyAsync(db);
        var tracker = new ActionTracker(db, Publications.Unheard);
        var late = await tracker.AddAsync(resolution.Id, "Circulate the consultation results", "Head of Libraries", new LocalDate(2024, 9, 30), cancellationToken: Cancel);
        var later = await tracker.AddAsync(resolution.Id, "Report back on opening hours", "Head of Libraries", new LocalDate(2024, 11, 1), Council.Meeting(November).Id, Cancel);
        var done = await tracker.AddAsync(resolution.Id, "Publish the strategy", "Communications", new LocalDate(2024, 9, 20), cancellationToken: Cancel);
        Clock.Advance(Duration.FromDays(14)); // 2 October 2024
        await tracker.RateAsync(done.Id, ActionStatus.Complete, Cancel);
        await tracker.RateAsync(late.Id, ActionStatus.Red, Cancel);

        var rows = await tracker.TrackerAsync(Council.Committee(Scrutiny).Id, cancellationToken: Cancel);

        Assert.Equal([late.Id, later.Id, done.Id], rows.Select(r => r.Id));
        Assert.Equal([true, false, false], rows.Select(r => r.Overdue));
        Assert.Equal((232, ActionStatus.Red), (rows[0].MinuteNumber, rows[0].Status));
        Assert.Equal(Council.Meeting(November).Date, rows[1].ReportBackMeetingDate);
        Assert.Equal((ActionStatus.Complete, new LocalDate(2024, 10, 2)), (rows[2].Status, rows[2].CompletedOn!.Value));
        Assert.Equal(2, (await tracker.TrackerAsync(Council.Committee(Scrutiny).Id, includeCompleted: false, Cancel)).Count);
    }

    [Fact]
    public async Task An_action_must_report_back_to_a_later_meeting_of_the_same_body()
    {
        await using var db = Open();
        var resolution = await ResolveLibraryStrategyAsync(db);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => new ActionTracker(db, Publications.Unheard).AddAsync(resolution.Id, "Report back", "Head of Libraries", null, Council.Meeting(July).Id, Cancel));

        Assert.Equal("Actions", refused.Rule);
    }

    [Fact]
    public async Task An_executive_decision_is_published_with_the_rules_engines_call_in_window_then_called_in_or_implemented()
    {
        await using var db = Open();
        var cabinet = new Committee { CouncilId = Council.Council.Id, Name = "Cabinet", Slug = new Slug("cabinet"), BodyType = BodyType.Cabinet, Quorum = 3 };
        db.Committees.Add(cabinet);
        await db.SaveChangesAsync(Cancel);
        var decisions = new ExecutiveDecisions(db, Rules, Publications.Unheard);
        ExecutiveDecision Decision(string title) => new() { CommitteeId = cabinet.Id, DecisionMaker = "Cabinet", Title = title, Decision = "To approve the strategy.", DecidedOn = new LocalDate(2017, 10, 19), KeyDecision = true };

        var missingReasons = await Assert.ThrowsAsync<ProcedureRuleException>(() => decisions.RecordAsync(Decision("Library Strategy"), "", "None", Cancel));
        var strategy = await decisions.RecordAsync(Decision("Library Strategy"), "The strategy meets the statutory duty.", "Closing two branches: rejected after consultation.", Cancel);
        var waste = await decisions.RecordAsync(Decision("Waste Contract"), "Best value.", "In-house service: rejected on cost.", Cancel);
        Assert.Empty(await db.ExecutiveDecisions.WherePublic().ToListAsync(Cancel));

        await decisions.PublishAsync(strategy.Id, new LocalDate(2017, 10, 20), cancellationToken: Cancel);
        await decisions.PublishAsync(waste.Id, new LocalDate(2017, 10, 20), cancellationToken: Cancel);

        // EX-8 worked example: published Fri 20 Oct 2017, window Mon 23 – Fri 27 Oct, implementable Mon 30 Oct.
        Assert.Equal((new LocalDate(2017, 10, 27), new LocalDate(2017, 10, 30)), (strategy.CallInEnds!.Value, strategy.ImplementableFrom!.Value));
        var tooLate = await Assert.ThrowsAsync<ProcedureRuleException>(() => decisions.CallInAsync(strategy.Id, new LocalDate(2017, 10, 30), Cancel));
        var tooEarly = await Assert.ThrowsAsync<ProcedureRuleException>(() => decisions.ImplementAsync(waste.Id, new LocalDate(2017, 10, 27), cancellationToken: Cancel));
        await decisions.CallInAsync(strategy.Id, new LocalDate(2017, 10, 25), Cancel);
        var blocked = await Assert.ThrowsAsync<ProcedureRuleException>(() => decisions.ImplementAsync(strategy.Id, new LocalDate(2017, 11, 1), cancellationToken: Cancel));
        await decisions.ImplementAsync(waste.Id, new LocalDate(2017, 10, 30), cancellationToken: Cancel);

        Assert.Equal(("EX-7", "EX-8", "EX-8", "EX-8"), (missingReasons.Rule, tooLate.Rule, tooEarly.Rule, blocked.Rule));
        await using var check = Open();
        var stored = await check.ExecutiveDecisions.WherePublic().OrderBy(d => d.Title).ToListAsync(Cancel);
        Assert.Equal([ExecutiveDecisionStatus.CalledIn, ExecutiveDecisionStatus.Implemented], stored.Select(d => d.Status));
        Assert.Equal("Closing two branches: rejected after consultation.", stored[0].AlternativesRejected);
    }

    [Fact]
    public async Task A_committee_that_is_not_executive_issues_no_decision_notices()
    {
        await using var db = Open();
        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => new ExecutiveDecisions(db, Rules, Publications.Unheard).RecordAsync(
            new ExecutiveDecision { CommitteeId = Council.Committee(Scrutiny).Id, DecisionMaker = "Scrutiny", Title = "X", Decision = "Y", DecidedOn = new LocalDate(2024, 9, 17) }, "Reasons", "None", Cancel));

        Assert.Equal("EX-7", refused.Rule);
    }

    [Fact]
    public async Task Attendance_statistics_per_person_committee_and_year_match_the_recorded_attendance()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        var c = Council;
        // July: Clarke present, Baker apologies. September: Clarke apologies with a reserve, Baker present. November: not held.
        await recorder.RecordAttendanceAsync(c.Meeting(July).Id, c.Person("Sam Clarke").Id, AttendanceMark.Present, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(c.Meeting(July).Id, c.Person("Ruth Baker").Id, AttendanceMark.Apologies, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(c.Meeting(September).Id, c.Person("Sam Clarke").Id, AttendanceMark.Apologies, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(c.Meeting(September).Id, c.Person("Ruth Baker").Id, AttendanceMark.Present, cancellationToken: Cancel);
        await recorder.RecordReserveAsync(c.Meeting(September).Id, c.Person("Karen Lowe").Id, c.Person("Sam Clarke").Id, cancellationToken: Cancel);
        var statistics = new AttendanceStatistics(db);

        var clarke = Assert.Single(await statistics.ForPersonAsync(c.Person("Sam Clarke").Id, Cancel));
        var dunn = Assert.Single(await statistics.ForPersonAsync(c.Person("Alan Dunn").Id, Cancel));
        var reserve = Assert.Single(await statistics.ForPersonAsync(c.Person("Karen Lowe").Id, Cancel));

        Assert.Equal(("Overview and Scrutiny Committee", "2024-2025", 2, 1, 1, 0, 50), (clarke.Committee, clarke.MunicipalYear, clarke.Expected, clarke.Present, clarke.Apologies, clarke.Absent, clarke.AttendedPercent));
        Assert.Equal((2, 0, 2, 0), (dunn.Expected, dunn.Present, dunn.Absent, dunn.Apologies));
        Assert.Equal((1, 1, 100), (reserve.Expected, reserve.AsReserveOrSubstitute, reserve.AttendedPercent));
    }
}

public sealed class SqliteActionsAndDecisionsTests : ActionsAndDecisionsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresActionsAndDecisionsTests : ActionsAndDecisionsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
