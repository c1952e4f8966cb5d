using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Interests;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Outcomes.Recording;
using Quorum.Domain.Rules;

namespace Quorum.Application.Outcomes;

/// <summary>One item's quorum as the clerk sees it: who counts and who is present but does not, with the rule.</summary>
public sealed record ItemQuorum(
    int ItemNumber,
    string Title,
    int Quorum,
    bool IsQuorate,
    IReadOnlyList<string> Counted,
    IReadOnlyList<PersonNotCounted> NotCounted,
    IReadOnlyList<string> Notes);

public sealed record PersonNotCounted(string Name, string Reason);

/// <summary>One member's mark on the attendance list, as the clerk saves the whole list at once.</summary>
public sealed record AttendanceMarkInput(Guid PersonId, AttendanceMark Mark, int? ArrivedDuringItem = null, int? LeftAfterItem = null);

/// <summary>A declaration as the member makes it; <see cref="Kind"/> and <see cref="Nature"/> come from the register entry when one is given.</summary>
public sealed record DeclarationInput(
    DeclarationOutcome Outcome,
    Guid? RegisteredInterestId = null,
    InterestKind? Kind = null,
    string? Nature = null,
    Guid? DispensationId = null);

/// <summary>A recorded declaration and, for a DPI not on the register, when the Monitoring Officer must be told (s31(3)).</summary>
public sealed record DeclarationRecorded(Declaration Declaration, LocalDate? NotifyMonitoringOfficerBy);

/// <summary>
/// A vote on a motion: totals on a show of hands, or each member's vote for a recorded vote (the totals follow);
/// <see cref="CastingVote"/> is the chair's second vote on a tie.
/// </summary>
public sealed record VoteInput(
    string Motion,
    int For = 0,
    int Against = 0,
    int Abstentions = 0,
    IReadOnlyDictionary<Guid, VoteChoice>? Recorded = null,
    VoteChoice? CastingVote = null);

/// <summary>How the motion behind a resolution was decided: agreed without a vote, or put to the vote.</summary>
public sealed record MotionOutcome(VoteInput? Vote)
{
    public static MotionOutcome WithoutVote { get; } = new((VoteInput?)null);

    public static MotionOutcome PutToVote(VoteInput vote) => new(vote);
}

/// <summary>
/// Records what happened at a meeting, item by item, through the rules engine: attendance with reserves and
/// substitutes, declarations, the quorum, votes and resolutions under automatically numbered minutes. Every call
/// is one transaction: refused input leaves the store, and the context, as they were.
/// </summary>
public sealed class MeetingRecorder(QuorumDbContext db, ProcedureRulebook rulebook)
{
    private const string ReservesTitle = "Attendance by Reserve Members";

    // ---- Attendance -------------------------------------------------------------------------------------------

    /// <summary>Present (* mark, optionally arriving during or leaving after an item), apologies (†), absent, or in attendance.</summary>
    public Task<Attendance> RecordAttendanceAsync(
        Guid meetingId, Guid personId, AttendanceMark mark, int? arrivedDuringItem = null, int? leftAfterItem = null, string? capacity = null, CancellationToken cancellationToken = default)
    {
        if (mark is AttendanceMark.Reserve or AttendanceMark.Substitute)
        {
            throw new ArgumentException($"Record a {mark.ToString().ToLowerInvariant()} with the member they stand in for.", nameof(mark));
        }
        if (mark is AttendanceMark.Apologies or AttendanceMark.Absent && (arrivedDuringItem is not null || leftAfterItem is not null))
        {
            throw new ProcedureRuleException("CPR-1", $"a member recorded as {mark.ToString().ToLowerInvariant()} has no arrival or departure item");
        }
        return WriteAttendanceAsync(meetingId, personId, mark, null, arrivedDuringItem, leftAfterItem, capacity, true, cancellationToken);
    }

    /// <summary>
    /// Saves a whole attendance list in one transaction: either every mark is accepted or, on the first refusal
    /// (<see cref="ProcedureRuleException"/> or <see cref="ArgumentException"/>), none is.
    /// </summary>
    public async Task RecordAttendanceListAsync(Guid meetingId, IEnumerable<AttendanceMarkInput> marks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marks);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var mark in marks)
            {
                await RecordAttendanceAsync(meetingId, mark.PersonId, mark.Mark, mark.ArrivedDuringItem, mark.LeftAfterItem, cancellationToken: cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The marks saved before the refusal are rolled back: the context must not keep them as stored.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>A reserve attending for a named ordinary member (CPR-2); a late reserve gives the item they arrived during.</summary>
    public Task<Attendance> RecordReserveAsync(
        Guid meetingId, Guid reserveId, Guid forMemberId, bool notedAtReservesItem = true, int? arrivedDuringItem = null, CancellationToken cancellationToken = default)
        => WriteAttendanceAsync(meetingId, reserveId, AttendanceMark.Reserve, forMemberId, arrivedDuringItem, null, null, notedAtReservesItem, cancellationToken);

    /// <summary>A named substitute for a partnership body's representative.</summary>
    public Task<Attendance> RecordSubstituteAsync(Guid meetingId, Guid substituteId, Guid forMemberId, CancellationToken cancellationToken = default)
        => WriteAttendanceAsync(meetingId, substituteId, AttendanceMark.Substitute, forMemberId, null, null, null, false, cancellationToken);

    private Task<Attendance> WriteAttendanceAsync(
        Guid meetingId, Guid personId, AttendanceMark mark, Guid? forPersonId, int? arrived, int? left, string? capacity, bool noted, CancellationToken cancellationToken)
        => InTransactionAsync(async () =>
        {
            var meeting = await StoredMeetings.ToRecordAsync(db, meetingId, cancellationToken, apologiesOnly: mark == AttendanceMark.Apologies);
            if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
            {
                throw new ProcedureRuleException("Record", $"no person with id {personId}");
            }
            int? category = null;
            if (mark == AttendanceMark.Reserve)
            {
                var lists = (await StoredMeetings.LoadAsync(db, meeting, cancellationToken)).ReserveLists;
                category = lists.SelectMany(l => l.Entries).FirstOrDefault(e => e.PersonId == personId)?.Position;
            }
            var attendance = meeting.Attendances.FirstOrDefault(a => a.PersonId == personId);
            if (attendance is null)
            {
                attendance = forPersonId is { } forId
                    ? Attendance.StandingIn(meetingId, personId, forId, mark, category)
                    : Attendance.Record(meetingId, personId, mark);
                meeting.Attendances.Add(attendance);
            }
            else
            {
                attendance.Correct(mark, forPersonId, category);
            }
            attendance.ArrivedAtItem = arrived;
            attendance.LeftAfterItem = left;
            attendance.Capacity = string.IsNullOrWhiteSpace(capacity) ? null : capacity.Trim();
            attendance.NotedAtReservesItem = mark == AttendanceMark.Reserve && noted;

            var record = await StoredMeetings.LoadAsync(db, meeting, cancellationToken);
            record.ToRules();
            record.CheckStandIns(StoredMeetings.Settings(rulebook, meeting));
            await db.SaveChangesAsync(cancellationToken);
            return attendance;
        });

    /// <summary>The quorum for every item, for the clerk's screen (CPR-1).</summary>
    public async Task<IReadOnlyList<ItemQuorum>> QuorumAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var record = await StoredMeetings.LoadAsync(db, meetingId, cancellationToken);
        var settings = StoredMeetings.Settings(rulebook, record.Meeting);
        return [.. record.CheckEveryItem(settings).Select(check => new ItemQuorum(
            check.Item.Number,
            check.Item.Title,
            check.Eligibility.Quorum,
            check.IsQuorate,
            [.. check.Voters.Select(record.NameOf)],
            [.. check.Eligibility.NotCounted.Select(n => new PersonNotCounted(record.NameOf(record.PersonOf(n.PersonId)), n.Reason))],
            check.Eligibility.MinuteNotes))];
    }

    /// <summary>The meeting with its seats, reserve lists, substitutes and declarations, for the clerk's forms.</summary>
    public Task<MeetingRecord> RecordOfAsync(Guid meetingId, CancellationToken cancellationToken = default)
        => StoredMeetings.LoadAsync(db, meetingId, cancellationToken);

    /// <summary>One item's check: who may vote on it, and who declared and may not (CPR-1, CPR-8, INT-4).</summary>
    public async Task<ItemCheck> CheckItemAsync(Guid meetingId, int itemNumber, CancellationToken cancellationToken = default)
    {
        var record = await StoredMeetings.LoadAsync(db, meetingId, cancellationToken);
        return record.Check(StoredMeetings.Item(record.Meeting, itemNumber), StoredMeetings.Settings(rulebook, record.Meeting));
    }

    // ---- Declarations -----------------------------------------------------------------------------------------

    /// <summary>Records a declaration on an item, linked to the register entry and any dispensation, which are checked (INT-4, INT-6).</summary>
    public Task<DeclarationRecorded> DeclareAsync(Guid meetingId, int itemNumber, Guid personId, DeclarationInput input, CancellationToken cancellationToken = default)
        => InTransactionAsync(async () =>
        {
            var meeting = await StoredMeetings.ToRecordAsync(db, meetingId, cancellationToken);
            var item = StoredMeetings.Item(meeting, itemNumber);
            var record = await StoredMeetings.LoadAsync(db, meeting, cancellationToken);
            var name = record.NameOf(personId);
            // INT-4 (s31(1)): the duty to declare falls on a member present at the meeting.
            if (!meeting.Attendances.Any(a => a.PersonId == personId && a.IsPresentAsMember))
            {
                throw new ProcedureRuleException("INT-4", $"{name} is not recorded as present at the meeting, so cannot declare an interest on item {itemNumber}");
            }

            RegisteredInterest? entry = null;
            if (input.RegisteredInterestId is { } entryId)
            {
                entry = await db.RegisteredInterests.SingleOrDefaultAsync(i => i.Id == entryId, cancellationToken);
                if (entry is null || entry.PersonId != personId)
                {
                    throw new ProcedureRuleException("INT-3", $"register entry {entryId} is not in {name}'s register of interests");
                }
                if (!entry.IsCurrentOn(meeting.Date))
                {
                    throw new ProcedureRuleException("INT-3", $"{name}'s register entry '{entry.PublicDescription}' was not current on {meeting.Date:d MMMM uuuu}");
                }
            }
            var kind = entry?.Category.DeclaredAs() ?? input.Kind
                ?? throw new ProcedureRuleException("INT-4", $"{name}'s declaration on item {itemNumber} needs the kind of interest, or the register entry it comes from");
            var nature = entry?.Description ?? input.Nature;
            if (string.IsNullOrWhiteSpace(nature))
            {
                throw new ProcedureRuleException("INT-4", $"{name}'s declaration on item {itemNumber} needs the nature of the interest");
            }

            Dispensation? dispensation = null;
            if (input.DispensationId is { } dispensationId)
            {
                dispensation = await db.Dispensations.SingleOrDefaultAsync(d => d.Id == dispensationId, cancellationToken);
                if (dispensation is null || dispensation.PersonId != personId)
                {
                    throw new ProcedureRuleException("INT-6", $"dispensation {dispensationId} was not granted to {name}");
                }
                if (!dispensation.CoversVoteAt(meeting.CommitteeId, meeting.Date))
                {
                    throw new ProcedureRuleException("INT-6", $"{name}'s dispensation ('{dispensation.Scope}', {dispensation.From:d MMMM uuuu} to {dispensation.Expires:d MMMM uuuu}) does not cover this meeting on {meeting.Date:d MMMM uuuu}");
                }
            }
            // INT-4 (s31(4)): with a DPI and no dispensation the member may take no part in the discussion or vote.
            if (kind == InterestKind.DisclosablePecuniary && dispensation is null && input.Outcome == DeclarationOutcome.Remained)
            {
                throw new ProcedureRuleException("INT-4", $"{name} declared a disclosable pecuniary interest on item {itemNumber} without a dispensation, so must withdraw or take no part in the vote (Localism Act 2011 s31(4))");
            }

            var declaration = new Declaration
            {
                MeetingId = meetingId,
                PersonId = personId,
                AgendaItemId = item.Id,
                Kind = kind,
                Nature = nature.Trim(),
                RegisteredInterestId = entry?.Id,
                DispensationId = dispensation?.Id,
                Sensitive = entry?.Sensitive ?? false,
                Outcome = input.Outcome,
            };
            db.Declarations.Add(declaration);
            await db.SaveChangesAsync(cancellationToken);
            // INT-4 (s31(3)): a DPI that is not on the register must be notified within 28 days of the disclosure.
            LocalDate? notifyBy = kind == InterestKind.DisclosablePecuniary && entry is null ? Deadlines.DisclosureNotificationBy(meeting.Date) : null;
            return new DeclarationRecorded(declaration, notifyBy);
        });

    // ---- Minutes, votes and resolutions -----------------------------------------------------------------------

    /// <summary>
    /// Opens the minutes of a meeting: one minute per agenda item, numbered on from the body's previous minutes
    /// under its numbering rule (CPR-9). Calling again returns the minutes already opened.
    /// </summary>
    public Task<IReadOnlyList<Minute>> OpenMinutesAsync(Guid meetingId, CancellationToken cancellationToken = default)
        => InTransactionAsync(async () =>
        {
            var meeting = await StoredMeetings.ToRecordAsync(db, meetingId, cancellationToken);
            var minutes = await OpenMinutesAsync(meeting, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return minutes;
        });

    internal async Task<IReadOnlyList<Minute>> OpenMinutesAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var existing = await db.Minutes.Include(m => m.Resolutions).Where(m => m.MeetingId == meeting.Id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        var missing = meeting.AgendaItems.Where(i => existing.All(m => m.AgendaItemId != i.Id)).OrderBy(i => i.Number).ToList();
        if (missing.Count == 0)
        {
            return existing;
        }
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            throw new ProcedureRuleException("CPR-9", $"the meeting of {meeting.Date:d MMMM uuuu} was cancelled and has no minutes");
        }
        var committeeMinutes = db.Minutes.Where(m => m.CommitteeId == meeting.CommitteeId && m.MeetingId != meeting.Id);
        var later = await committeeMinutes
            .Where(m => m.Meeting!.Date > meeting.Date || (m.Meeting.Date == meeting.Date && m.Meeting.StartTime > meeting.StartTime))
            .Select(m => new { m.Meeting!.Date, m.Number })
            .FirstOrDefaultAsync(cancellationToken);
        if (later is not null)
        {
            throw new ProcedureRuleException("CPR-9", $"minutes are numbered in meeting order and the meeting of {later.Date:d MMMM uuuu} already has minute {later.Number}; the meeting of {meeting.Date:d MMMM uuuu} cannot be numbered after it");
        }
        MinuteNumber next;
        if (existing.Count > 0)
        {
            next = existing[^1].Number.Next();
        }
        else
        {
            var previous = await committeeMinutes
                .OrderByDescending(m => m.Meeting!.Date).ThenByDescending(m => m.Meeting!.StartTime).ThenByDescending(m => m.Number)
                .Select(m => new { m.Meeting!.Date, m.Number })
                .FirstOrDefaultAsync(cancellationToken);
            var settings = StoredMeetings.Settings(rulebook, meeting);
            next = MinuteNumbering.FirstNumberFor(meeting.Date, previous?.Date, previous?.Number, settings.MinuteNumbering);
        }
        foreach (var item in missing)
        {
            var minute = new Minute { MeetingId = meeting.Id, CommitteeId = meeting.CommitteeId, AgendaItemId = item.Id, Number = next, Title = item.Title };
            db.Minutes.Add(minute);
            existing.Add(minute);
            next = next.Next();
        }
        return existing;
    }

    /// <summary>Records a vote on an item without (yet) a resolution: a lost motion or an amendment.</summary>
    public Task<Vote> RecordVoteAsync(Guid meetingId, int itemNumber, VoteInput input, CancellationToken cancellationToken = default)
        => InTransactionAsync(async () =>
        {
            var (minute, check, record) = await MinuteForAsync(meetingId, itemNumber, cancellationToken);
            var vote = CountVote(minute, check, record, input);
            await db.SaveChangesAsync(cancellationToken);
            return vote;
        });

    /// <summary>
    /// Records a decision on an item ("RESOLVED", "AGREED", "Resolved to RECOMMEND"), with its parts, under the item's
    /// minute. The motion's outcome is required: agreed without a vote, or the vote that carried it (CPR-8).
    /// </summary>
    public Task<Resolution> ResolveAsync(
        Guid meetingId, int itemNumber, ResolutionKind kind, string text, IReadOnlyList<string>? parts, MotionOutcome? outcome, CancellationToken cancellationToken = default)
        => InTransactionAsync(async () =>
        {
            if (outcome is null)
            {
                throw new ProcedureRuleException("CPR-8", $"the resolution on item {itemNumber} has no motion outcome: record the vote that carried it, or that it was agreed without a vote");
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ProcedureRuleException("CPR-9", $"the resolution on item {itemNumber} has no text");
            }
            var (minute, check, record) = await MinuteForAsync(meetingId, itemNumber, cancellationToken);
            // CPR-1: no business is transacted without a quorum.
            if (!check.IsQuorate)
            {
                throw new ProcedureRuleException("CPR-1", $"item {itemNumber} was not quorate ({check.Voters.Count} of {check.Eligibility.Quorum} needed), so no decision could be made");
            }
            Vote? vote = null;
            if (outcome.Vote is { } input)
            {
                vote = CountVote(minute, check, record, input);
                if (!vote.Carried)
                {
                    throw new ProcedureRuleException("CPR-8", $"the motion '{input.Motion}' on item {itemNumber} was lost ({vote.For} for, {vote.Against} against), so it makes no resolution");
                }
            }
            var resolution = minute.Resolve(kind, text.Trim(), [.. (parts ?? []).Select(p => p.Trim())]);
            resolution.VoteId = vote?.Id;
            db.Resolutions.Add(resolution);
            await db.SaveChangesAsync(cancellationToken);
            return resolution;
        });

    private async Task<(Minute Minute, ItemCheck Check, MeetingRecord Record)> MinuteForAsync(Guid meetingId, int itemNumber, CancellationToken cancellationToken)
    {
        var meeting = await StoredMeetings.ToRecordAsync(db, meetingId, cancellationToken);
        var item = StoredMeetings.Item(meeting, itemNumber);
        var minutes = await OpenMinutesAsync(meeting, cancellationToken);
        var minute = minutes.Single(m => m.AgendaItemId == item.Id);
        var record = await StoredMeetings.LoadAsync(db, meeting, cancellationToken);
        return (minute, record.Check(item, StoredMeetings.Settings(rulebook, meeting)), record);
    }

    /// <summary>Counts a vote through the rules engine and stores it; any vote the rules exclude refuses the whole entry.</summary>
    private Vote CountVote(Minute minute, ItemCheck check, MeetingRecord record, VoteInput input)
    {
        var item = check.Item.Number;
        if (string.IsNullOrWhiteSpace(input.Motion))
        {
            throw new ProcedureRuleException("CPR-8", $"the vote on item {item} needs the motion put");
        }
        if (!check.IsQuorate)
        {
            throw new ProcedureRuleException("CPR-1", $"item {item} was not quorate, so no vote could be taken");
        }
        var presiding = Presiding(check, record);
        var vote = new Vote { MinuteId = minute.Id, Motion = input.Motion.Trim() };
        if (input.Recorded is { Count: > 0 } recorded)
        {
            foreach (var personId in recorded.Keys.Where(check.DeclaredNotVoting.Contains))
            {
                throw new ProcedureRuleException("INT-4", $"{record.NameOf(personId)} declared an interest on item {item} and did not vote, so cannot be recorded as voting");
            }
            var cast = recorded.Select(v => new CastVote(KeyOrStranger(record, v.Key), v.Value)).ToList();
            var outcome = Voting.Decide(check.Eligibility, cast, presiding ?? "", input.CastingVote, recordedVoteRequested: true);
            if (outcome.Rejected.Count > 0)
            {
                var rejected = outcome.Rejected[0];
                throw new ProcedureRuleException(MeetingRecord.RuleOf(rejected.Reason), $"{rejected.PersonId}'s vote on item {item} cannot be counted: {MeetingRecord.DetailOf(rejected.Reason)}");
            }
            foreach (var (personId, choice) in recorded)
            {
                vote.Record(personId, choice);
            }
            if (outcome.CastingVote is { } casting)
            {
                vote.CastingVote(casting);
            }
        }
        else
        {
            var total = input.For + input.Against + input.Abstentions;
            // CPR-8: only those present and eligible for the item can vote on it.
            if (total > check.EligibleToVote)
            {
                throw new ProcedureRuleException("CPR-8", $"the vote on item {item} totals {total} ({input.For} for, {input.Against} against, {input.Abstentions} abstaining), more than the {check.EligibleToVote} members eligible to vote on it");
            }
            vote.SetTotals(input.For, input.Against, input.Abstentions);
            if (input.CastingVote is VoteChoice.For or VoteChoice.Against)
            {
                if (input.For != input.Against)
                {
                    throw new ProcedureRuleException("CPR-8", $"the vote on item {item} was not tied ({input.For} to {input.Against}), so there is no casting vote");
                }
                // CPR-8, Sch 12 para 39(2): the casting vote belongs to the person presiding, who must be entitled to vote.
                if (presiding is null || !check.Eligibility.MayVote(presiding))
                {
                    throw new ProcedureRuleException("CPR-8", $"the person presiding may not vote on item {item}, so cannot give a casting vote");
                }
                vote.CastingVote(input.CastingVote.Value);
            }
        }
        db.Votes.Add(vote);
        return vote;
    }

    /// <summary>The chair, or failing them the vice-chair, present for the item.</summary>
    private static string? Presiding(ItemCheck check, MeetingRecord record)
    {
        foreach (var role in new[] { Domain.Committees.MembershipRole.Chair, Domain.Committees.MembershipRole.ViceChair })
        {
            var seat = record.Seats.FirstOrDefault(s => s.Role == role);
            if (seat is not null && check.Voters.Contains(seat.PersonId))
            {
                return record.KeyOf(seat.PersonId);
            }
        }
        return null;
    }

    private static string KeyOrStranger(MeetingRecord record, Guid personId)
        => record.People.ContainsKey(personId) ? record.KeyOf(personId) : personId.ToString();

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch
        {
            // Refused input must not linger in the context and be saved by a later call.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
