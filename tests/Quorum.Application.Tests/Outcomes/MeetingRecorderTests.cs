using Microsoft.EntityFrameworkCore;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Interests;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Outcomes;

public abstract class MeetingRecorderTests : OutcomesDatabase
{
    /// <summary>Everyone's attendance at the September meeting: Clarke's reserve arrives late, during item 4.</summary>
    private async Task RecordAttendanceAsync(MeetingRecorder recorder)
    {
        var c = Council;
        var id = c.Meeting(September).Id;
        foreach (var present in new[] { c.Person("Priya Shah"), c.Person("Tom Adams"), c.Person("Ruth Baker"), c.Person("Grace Evans"), c.Person("Henry Foster"), c.Person("Omar Hughes"), c.Person("Neville Ransley"), c.Person("Youth Representative") })
        {
            await recorder.RecordAttendanceAsync(id, present.Id, AttendanceMark.Present, cancellationToken: Cancel);
        }
        await recorder.RecordAttendanceAsync(id, c.Person("Sam Clarke").Id, AttendanceMark.Apologies, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(id, c.Person("Mary Green").Id, AttendanceMark.Apologies, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(id, c.Person("Alan Dunn").Id, AttendanceMark.Absent, cancellationToken: Cancel);
        await recorder.RecordReserveAsync(id, c.Person("Karen Lowe").Id, c.Person("Sam Clarke").Id, arrivedDuringItem: 4, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(id, c.Person("Jo Frost").Id, AttendanceMark.InAttendance, capacity: "Director of Finance", cancellationToken: Cancel);
    }

    [Fact]
    public async Task A_late_reserve_counts_for_the_quorum_only_from_the_item_after_their_arrival()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);

        var quorum = await recorder.QuorumAsync(Council.Meeting(September).Id, Cancel);

        var reserve = Council.Person("Karen Lowe").DisplayName;
        var item4 = quorum.Single(q => q.ItemNumber == 4);
        Assert.DoesNotContain(reserve, item4.Counted);
        Assert.Contains(item4.NotCounted, n => n.Name == reserve && n.Reason.StartsWith("CPR-2 (iv)", StringComparison.Ordinal));
        Assert.Contains(reserve, quorum.Single(q => q.ItemNumber == 5).Counted);
        // Chair, Adams, Baker, Evans, Foster, Hughes: six councillors; the co-optee votes on education items only.
        Assert.Equal(6, item4.Counted.Count);
        Assert.Equal(7, quorum.Single(q => q.ItemNumber == 5).Counted.Count);
        Assert.Equal(8, quorum.Single(q => q.ItemNumber == 6).Counted.Count);
        Assert.All(quorum, q => Assert.True(q.IsQuorate));
        var stored = await db.Attendances.SingleAsync(a => a.PersonId == Council.Person("Karen Lowe").Id, Cancel);
        Assert.Equal((AttendanceMark.Reserve, Council.Person("Sam Clarke").Id, 1, 4), (stored.Mark, stored.ForPersonId, stored.ReserveCategory, stored.ArrivedAtItem));
    }

    [Fact]
    public async Task An_attendance_list_with_one_refused_mark_stores_none_of_its_marks()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        var id = Council.Meeting(September).Id;

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.RecordAttendanceListAsync(id,
            [new(Council.Person("Priya Shah").Id, AttendanceMark.Present), new(Council.Person("Tom Adams").Id, AttendanceMark.Present, LeftAfterItem: 5), new(Council.Person("Alan Dunn").Id, AttendanceMark.Apologies, ArrivedDuringItem: 4)], Cancel));

        Assert.Contains("has no arrival or departure item", refused.Message, StringComparison.Ordinal);
        await using var check = Open();
        Assert.False(await check.Attendances.AnyAsync(a => a.MeetingId == id, Cancel));
        await recorder.RecordAttendanceListAsync(id, [new(Council.Person("Priya Shah").Id, AttendanceMark.Present), new(Council.Person("Alan Dunn").Id, AttendanceMark.Apologies)], Cancel);
        Assert.Equal(2, await check.Attendances.CountAsync(a => a.MeetingId == id, Cancel));
    }

    [Fact]
    public async Task A_member_leaving_early_stops_counting_and_the_meeting_becomes_inquorate()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        var id = Council.Meeting(September).Id;
        await recorder.RecordAttendanceAsync(id, Council.Person("Priya Shah").Id, AttendanceMark.Present, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(id, Council.Person("Tom Adams").Id, AttendanceMark.Present, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(id, Council.Person("Grace Evans").Id, AttendanceMark.Present, cancellationToken: Cancel);
        await recorder.RecordAttendanceAsync(id, Council.Person("Ruth Baker").Id, AttendanceMark.Present, leftAfterItem: 5, cancellationToken: Cancel);

        var quorum = await recorder.QuorumAsync(id, Cancel);

        Assert.True(quorum.Single(q => q.ItemNumber == 5).IsQuorate);
        Assert.False(quorum.Single(q => q.ItemNumber == 6).IsQuorate);
        Assert.Equal(4, quorum.Single(q => q.ItemNumber == 6).Quorum);
    }

    [Fact]
    public async Task A_meeting_that_has_not_yet_taken_place_cannot_be_recorded_and_nothing_is_written()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(
            () => recorder.RecordAttendanceAsync(Council.Meeting(November).Id, Council.Person("Priya Shah").Id, AttendanceMark.Present, cancellationToken: Cancel));

        Assert.Equal("Record", refused.Rule);
        Assert.Contains("has not yet taken place (today is 18 September 2024)", refused.Detail, StringComparison.Ordinal);
        await using var check = Open();
        Assert.False(await check.Attendances.AnyAsync(a => a.MeetingId == Council.Meeting(November).Id, Cancel));
    }

    [Fact]
    public async Task Apologies_sent_before_the_meeting_are_noted_ahead_of_the_day_but_nothing_else_is()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);

        await recorder.RecordAttendanceAsync(Council.Meeting(November).Id, Council.Person("Priya Shah").Id, AttendanceMark.Apologies, cancellationToken: Cancel);
        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(
            () => recorder.RecordAttendanceAsync(Council.Meeting(November).Id, Council.Person("Sam Clarke").Id, AttendanceMark.Absent, cancellationToken: Cancel));

        Assert.Contains("only apologies can be noted before the day", refused.Detail, StringComparison.Ordinal);
        await using var check = Open();
        var noted = Assert.Single(await check.Attendances.Where(a => a.MeetingId == Council.Meeting(November).Id).ToListAsync(Cancel));
        Assert.Equal((Council.Person("Priya Shah").Id, AttendanceMark.Apologies), (noted.PersonId, noted.Mark));
    }

    [Fact]
    public async Task A_reserve_for_a_member_who_was_present_is_refused_under_rule_ii()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await recorder.RecordAttendanceAsync(Council.Meeting(September).Id, Council.Person("Sam Clarke").Id, AttendanceMark.Present, cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(
            () => recorder.RecordReserveAsync(Council.Meeting(September).Id, Council.Person("Karen Lowe").Id, Council.Person("Sam Clarke").Id, cancellationToken: Cancel));

        Assert.Equal("CPR-2 (ii)", refused.Rule);
        Assert.Contains(Council.Person("Sam Clarke").DisplayName, refused.Detail, StringComparison.Ordinal);
        await using var check = Open();
        Assert.False(await check.Attendances.AnyAsync(a => a.PersonId == Council.Person("Karen Lowe").Id, Cancel));
    }

    [Fact]
    public async Task A_reserve_from_another_groups_list_is_refused_under_rule_i()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(
            () => recorder.RecordReserveAsync(Council.Meeting(September).Id, Council.Person("Nina Patel").Id, Council.Person("Sam Clarke").Id, cancellationToken: Cancel));

        Assert.Equal("CPR-2 (i)", refused.Rule);
    }

    [Fact]
    public async Task Marking_the_replaced_member_present_afterwards_is_refused_too()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await recorder.RecordReserveAsync(Council.Meeting(September).Id, Council.Person("Karen Lowe").Id, Council.Person("Sam Clarke").Id, cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(
            () => recorder.RecordAttendanceAsync(Council.Meeting(September).Id, Council.Person("Sam Clarke").Id, AttendanceMark.Present, cancellationToken: Cancel));

        Assert.Equal("CPR-2 (ii)", refused.Rule);
    }

    [Fact]
    public async Task A_withdrawn_dpi_member_is_excluded_from_quorum_and_vote_on_that_item_only()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);
        var land = await new InterestsRegister(db).RegisterAsync(new RegisteredInterest
        {
            PersonId = Council.Person("Grace Evans").Id,
            Category = InterestCategory.Land,
            Description = "Freehold of 4 Station Road, next to the central library",
            RegisteredOn = Council.Year.StartsOn.PlusDays(10),
        }, Cancel);

        var declared = await recorder.DeclareAsync(Council.Meeting(September).Id, 5, Council.Person("Grace Evans").Id, new DeclarationInput(DeclarationOutcome.Withdrew, land.Id), Cancel);

        Assert.Equal(InterestKind.DisclosablePecuniary, declared.Declaration.Kind);
        Assert.Null(declared.NotifyMonitoringOfficerBy);
        var quorum = await recorder.QuorumAsync(Council.Meeting(September).Id, Cancel);
        Assert.Contains(quorum.Single(q => q.ItemNumber == 5).NotCounted, n => n.Name == Council.Person("Grace Evans").DisplayName && n.Reason.StartsWith("INT-4", StringComparison.Ordinal));
        Assert.Contains(Council.Person("Grace Evans").DisplayName, quorum.Single(q => q.ItemNumber == 6).Counted);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.RecordVoteAsync(
            Council.Meeting(September).Id, 5, new VoteInput("That the strategy be endorsed", Recorded: new Dictionary<Guid, VoteChoice> { [Council.Person("Grace Evans").Id] = VoteChoice.For }), Cancel));
        Assert.StartsWith("INT-4", refused.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dpi_without_dispensation_cannot_be_declared_as_remaining_and_voting()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.DeclareAsync(
            Council.Meeting(September).Id, 5, Council.Person("Henry Foster").Id, new DeclarationInput(DeclarationOutcome.Remained, Kind: InterestKind.DisclosablePecuniary, Nature: "Employed by the library contractor"), Cancel));

        Assert.Equal("INT-4", refused.Rule);
    }

    [Fact]
    public async Task A_dispensation_in_force_lets_a_dpi_member_remain_and_an_unregistered_dpi_must_be_notified_within_28_days()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);
        var dispensation = await new InterestsRegister(db).GrantDispensationAsync(
            new Dispensation { PersonId = Council.Person("Henry Foster").Id, Scope = "Library services", Ground = DispensationGround.InterestsOfInhabitants, GrantedBy = "Standards Committee" },
            new NodaTime.LocalDate(2024, 6, 1), new NodaTime.LocalDate(2025, 5, 31), Cancel);

        var declared = await recorder.DeclareAsync(Council.Meeting(September).Id, 5, Council.Person("Henry Foster").Id,
            new DeclarationInput(DeclarationOutcome.Remained, Kind: InterestKind.DisclosablePecuniary, Nature: "Employed by the library contractor", DispensationId: dispensation.Id), Cancel);

        Assert.Equal(new NodaTime.LocalDate(2024, 10, 14), declared.NotifyMonitoringOfficerBy);
        var quorum = await recorder.QuorumAsync(Council.Meeting(September).Id, Cancel);
        Assert.Contains(Council.Person("Henry Foster").DisplayName, quorum.Single(q => q.ItemNumber == 5).Counted);
    }

    [Fact]
    public async Task An_expired_dispensation_is_refused()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);
        var dispensation = await new InterestsRegister(db).GrantDispensationAsync(
            new Dispensation { PersonId = Council.Person("Henry Foster").Id, Scope = "Library services", Ground = DispensationGround.OtherwiseAppropriate, GrantedBy = "Monitoring Officer" },
            new NodaTime.LocalDate(2020, 6, 1), new NodaTime.LocalDate(2024, 5, 31), Cancel);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.DeclareAsync(Council.Meeting(September).Id, 5, Council.Person("Henry Foster").Id,
            new DeclarationInput(DeclarationOutcome.Remained, Kind: InterestKind.DisclosablePecuniary, Nature: "Employed by the library contractor", DispensationId: dispensation.Id), Cancel));

        Assert.Equal("INT-6", refused.Rule);
    }

    [Fact]
    public async Task Minute_numbers_follow_on_from_the_previous_meeting_of_the_body()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);

        var minutes = await recorder.OpenMinutesAsync(Council.Meeting(September).Id, Cancel);
        var again = await recorder.OpenMinutesAsync(Council.Meeting(September).Id, Cancel);

        Assert.Equal([228, 229, 230, 231, 232, 233, 234], minutes.Select(m => m.Number.Value));
        Assert.Equal(minutes.Select(m => m.Id), again.Select(m => m.Id));
        Assert.Equal("Library Strategy", minutes.Single(m => m.Number.Value == 232).Title);
        // A minute added to the earlier meeting now would break the sequence the later meeting continued.
        db.AgendaItems.Add(new AgendaItem { MeetingId = Council.Meeting(July).Id, Number = 5, Title = "Urgent Business" });
        await db.SaveChangesAsync(Cancel);
        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.OpenMinutesAsync(Council.Meeting(July).Id, Cancel));
        Assert.Equal("CPR-9", refused.Rule);
    }

    [Fact]
    public async Task A_recorded_vote_tied_and_decided_by_the_chairs_casting_vote_carries_the_resolution()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);
        var c = Council;
        var vote = new VoteInput(
            "That the Library Strategy be endorsed",
            Recorded: new Dictionary<Guid, VoteChoice>
            {
                [c.Person("Priya Shah").Id] = VoteChoice.For,
                [c.Person("Tom Adams").Id] = VoteChoice.For,
                [c.Person("Karen Lowe").Id] = VoteChoice.For,
                [c.Person("Grace Evans").Id] = VoteChoice.Against,
                [c.Person("Henry Foster").Id] = VoteChoice.Against,
                [c.Person("Omar Hughes").Id] = VoteChoice.Against,
                [c.Person("Ruth Baker").Id] = VoteChoice.Abstain,
            },
            CastingVote: VoteChoice.For);

        var resolution = await recorder.ResolveAsync(c.Meeting(September).Id, 5, ResolutionKind.Resolved, "That", ["the Library Strategy be endorsed", "the Cabinet be informed"], MotionOutcome.PutToVote(vote), Cancel);

        await using var check = Open();
        var stored = await check.Votes.Include(v => v.MemberVotes).SingleAsync(v => v.Id == resolution.VoteId, Cancel);
        Assert.Equal((3, 3, 1, VoteChoice.For, true), (stored.For, stored.Against, stored.Abstentions, stored.ChairsCastingVote, stored.Carried));
        Assert.Equal(7, stored.MemberVotes.Count);
        var minute = await check.Minutes.Include(m => m.Resolutions).SingleAsync(m => m.Number == new MinuteNumber(232), Cancel);
        Assert.Equal(["the Library Strategy be endorsed", "the Cabinet be informed"], minute.Resolutions.Single().Parts);
    }

    [Fact]
    public async Task A_vote_total_larger_than_the_members_eligible_is_refused()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);

        // Item 4: the late reserve does not act yet, and the co-optee and youth representative cannot vote: six eligible.
        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.ResolveAsync(
            Council.Meeting(September).Id, 4, ResolutionKind.Resolved, "That the answers be noted.", null, MotionOutcome.PutToVote(new VoteInput("That the answers be noted", For: 5, Against: 2)), Cancel));

        Assert.Equal("CPR-8", refused.Rule);
        Assert.Contains("more than the 6 members eligible", refused.Detail, StringComparison.Ordinal);
        await using var check = Open();
        Assert.Empty(await check.Votes.ToListAsync(Cancel));
        Assert.Empty(await check.Minutes.Where(m => m.MeetingId == Council.Meeting(September).Id).ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_resolution_without_a_motion_outcome_is_refused()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.ResolveAsync(
            Council.Meeting(September).Id, 5, ResolutionKind.Resolved, "That the report be noted.", null, null, Cancel));

        Assert.Equal("CPR-8", refused.Rule);
        Assert.Contains("no motion outcome", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_motion_makes_no_resolution_and_a_casting_vote_needs_a_tie()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);

        var lost = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.ResolveAsync(
            Council.Meeting(September).Id, 5, ResolutionKind.Resolved, "That the strategy be rejected.", null, MotionOutcome.PutToVote(new VoteInput("That the strategy be rejected", For: 2, Against: 4)), Cancel));
        var noTie = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.RecordVoteAsync(
            Council.Meeting(September).Id, 5, new VoteInput("That the item be deferred", For: 3, Against: 2, CastingVote: VoteChoice.Against), Cancel));

        Assert.Equal(("CPR-8", "CPR-8"), (lost.Rule, noTie.Rule));
        Assert.Contains("was lost", lost.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_education_co_optee_may_vote_on_an_education_item_but_not_on_another()
    {
        await using var db = Open();
        var recorder = new MeetingRecorder(db, Rules);
        await RecordAttendanceAsync(recorder);
        var cooptee = new Dictionary<Guid, VoteChoice> { [Council.Person("Neville Ransley").Id] = VoteChoice.For, [Council.Person("Priya Shah").Id] = VoteChoice.For };

        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => recorder.RecordVoteAsync(Council.Meeting(September).Id, 5, new VoteInput("That the strategy be endorsed", Recorded: cooptee), Cancel));
        var counted = await recorder.RecordVoteAsync(Council.Meeting(September).Id, 6, new VoteInput("That the plan be endorsed", Recorded: cooptee), Cancel);

        Assert.Equal("CPR-8", refused.Rule);
        Assert.Equal(2, counted.For);
    }
}

public sealed class SqliteMeetingRecorderTests : MeetingRecorderTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresMeetingRecorderTests : MeetingRecorderTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
