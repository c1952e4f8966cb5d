using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Outcomes.Minutes;
using Quorum.Domain.Outcomes.Recording;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;

namespace Quorum.Application.Outcomes;

/// <summary>
/// The minutes of a meeting from draft to publication (CPR-9): generated from the recorded data in the council's
/// layout, edited by the clerk, approved and signed at the next meeting (whose agenda gets the "Minutes" item
/// automatically), then published. Drafts stay private: only published minutes pass <see cref="Visibility.PublicMinutes"/>.
/// </summary>
public sealed class MinutesService(QuorumDbContext db, ProcedureRulebook rulebook, PublicationEvents publication)
{
    public const string MinutesItemTitle = "Minutes";

    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>The text the next meeting's "Minutes" item carries and resolves (CPR-3 item 4).</summary>
    public static string SigningResolution(LocalDate minutesOf) => $"That the minutes of the meeting held on {LongDate.Format(minutesOf)} be taken as read and signed as a correct record.";

    /// <summary>Everything the minutes print, gathered from the record.</summary>
    public async Task<MinutesContent> ContentAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var record = await StoredMeetings.LoadAsync(db, meetingId, cancellationToken);
        var meeting = record.Meeting;
        var minutes = await new MeetingRecorder(db, rulebook).OpenMinutesAsync(meeting, cancellationToken);
        var minuteIds = minutes.Select(m => m.Id).ToList();
        var votes = await db.Votes.Include(v => v.MemberVotes).Where(v => minuteIds.Contains(v.MinuteId)).ToListAsync(cancellationToken);
        var settings = StoredMeetings.Settings(rulebook, meeting);
        var substitutions = record.CheckStandIns(settings);
        var items = meeting.AgendaItems.ToDictionary(i => i.Id);

        var chair = record.Seats.FirstOrDefault(s => s.Role == MembershipRole.Chair);
        var actions = await db.ActionPoints.AsNoTracking().Where(a => minuteIds.Contains(a.MinuteId)).ToListAsync(cancellationToken);
        int? ItemNumberOf(Guid? itemId) => itemId is { } id && items.TryGetValue(id, out var i) ? i.Number : null;
        var itemOfMinute = minutes.ToDictionary(m => m.Id, m => ItemNumberOf(m.AgendaItemId));

        // The facts, as recorded; Quorum.Domain's MinutesWording turns them into sentences.
        var standIns = substitutions.Where(s => s.Valid)
            .Select(s => new RecordedStandIn(record.NameOf(record.PersonOf(s.InPlaceOf)), record.NameOf(record.PersonOf(s.ReserveId))))
            .Concat(meeting.Attendances.Where(a => a.Mark == AttendanceMark.Substitute && a.ForPersonId is not null)
                .Select(a => new RecordedStandIn(record.NameOf(a.ForPersonId!.Value), record.NameOf(a.PersonId), IsSubstitute: true)))
            .ToList();
        var seated = record.Seats.Select(s => s.PersonId).ToHashSet();
        var apologies = meeting.Attendances.Where(a => a.Mark == AttendanceMark.Apologies && seated.Contains(a.PersonId))
            .OrderBy(a => record.People[a.PersonId].FamilyName, StringComparer.OrdinalIgnoreCase)
            .Select(a => record.NameOf(a.PersonId)).ToList();
        var declarations = record.Declarations.Select(d =>
        {
            var item = d.AgendaItemId is { } id && items.TryGetValue(id, out var i) ? i : null;
            return new RecordedDeclaration(record.NameOf(d.PersonId), d.Kind, d.Nature, d.Sensitive, item?.Number, item?.Title, d.Outcome, d.DispensationId is not null, IsPartII(d, items));
        }).ToList();
        var movements = meeting.Attendances.Where(a => a.IsPresentAsMember || a.Mark == AttendanceMark.InAttendance)
            .SelectMany(a =>
            {
                var standingInFor = a.Mark == AttendanceMark.Reserve && a.ForPersonId is { } forId ? record.NameOf(forId) : null;
                var moves = new List<RecordedMovement>();
                if (a.ArrivedAtItem is { } arrived)
                {
                    moves.Add(new RecordedMovement(record.NameOf(a.PersonId), arrived, Arrived: true, standingInFor));
                }
                if (a.LeftAfterItem is { } left)
                {
                    moves.Add(new RecordedMovement(record.NameOf(a.PersonId), left, Arrived: false));
                }
                return moves;
            })
            .OrderBy(m => m.Member, StringComparer.Ordinal)
            .ToList();
        var facts = new MeetingFacts(
            standIns,
            apologies,
            declarations,
            movements,
            [.. actions.OrderBy(a => a.Created).Where(a => itemOfMinute.GetValueOrDefault(a.MinuteId) is not null)
                .Select(a => new RecordedAction(itemOfMinute[a.MinuteId]!.Value, a.Owner, a.Description, a.DueOn))]);
        var recorded = minutes.Select(minute =>
        {
            var item = minute.AgendaItemId is { } itemId && items.TryGetValue(itemId, out var found) ? found : null;
            return new RecordedMinute(
                minute.Number.Value,
                item?.Number,
                minute.Title,
                minute.Body,
                item?.Part == AgendaPart.PartII,
                [.. minute.Resolutions.OrderBy(r => r.Order).Select(r => new DecisionText(r.Kind, r.Text, r.Parts))],
                [.. votes.Where(v => v.MinuteId == minute.Id).OrderBy(v => v.Created).Select(v => VoteLine(record, v, chair))]);
        }).ToList();
        var content = MinutesWording.Compose(recorded, facts);

        return new MinutesContent(
            StoredMeetings.CommitteeOf(meeting).Name,
            meeting.IsSpecial,
            meeting.Date,
            meeting.StartTime,
            meeting.ClosedAt,
            AttendanceRows(record),
            InAttendance(record, councillors: true),
            InAttendance(record, councillors: false),
            content,
            chair is null ? null : record.NameOf(chair.PersonId));
    }

    /// <summary>Generates (or regenerates) the draft and puts the "Minutes" item on the next meeting's agenda.</summary>
    public async Task<MeetingMinutes> DraftAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await ContentAsync(meetingId, cancellationToken);
            var minutes = await db.MeetingMinutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId, cancellationToken);
            if (minutes is null)
            {
                minutes = new MeetingMinutes { MeetingId = meetingId };
                db.MeetingMinutes.Add(minutes);
            }
            minutes.Draft(MinutesWriter.ToText(content), MinutesWriter.ToHtml(content), byClerk: false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await PutOnNextAgendaAsync(meetingId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await AnnounceAsync(meetingId, publishing: false, cancellationToken);
            return minutes;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// The clerk's edit of one minute, kept in the record itself (the minute and its resolutions), so the public
    /// minutes, the PDF and a later redraft all carry it; the draft is then redrawn from the record, keeping the
    /// minute numbers and the attendance block as generated. Refused once the minutes are approved.
    /// </summary>
    public async Task<MeetingMinutes> EditMinuteAsync(Guid meetingId, MinuteEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (string.IsNullOrWhiteSpace(edit.Heading) || edit.Resolutions.Any(r => string.IsNullOrWhiteSpace(r.Text)))
        {
            throw new ArgumentException("A minute keeps its heading and the words of each decision.", nameof(edit));
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var minutes = await MinutesOfAsync(meetingId, cancellationToken);
            var minute = (await db.Minutes.Include(m => m.Resolutions).Where(m => m.MeetingId == meetingId).ToListAsync(cancellationToken))
                .SingleOrDefault(m => m.Number.Value == edit.Number)
                ?? throw new ProcedureRuleException("CPR-9", $"these minutes have no minute {edit.Number}");
            minute.Title = edit.Heading.Trim();
            minute.Body = edit.Text.Trim();
            foreach (var change in edit.Resolutions)
            {
                var resolution = minute.Resolutions.SingleOrDefault(r => r.Id == change.ResolutionId)
                    ?? throw new ProcedureRuleException("CPR-9", $"minute {edit.Number} has no such decision");
                resolution.Text = change.Text.Trim();
                resolution.Parts.Clear();
                resolution.Parts.AddRange(change.Parts.Select(p => p.Trim()).Where(p => p.Length > 0));
            }
            await db.SaveChangesAsync(cancellationToken);
            var content = await ContentAsync(meetingId, cancellationToken);
            minutes.Draft(MinutesWriter.ToText(content), MinutesWriter.ToHtml(content), byClerk: true);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await AnnounceAsync(meetingId, publishing: false, cancellationToken);
            return minutes;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Records that the minutes were approved and signed at a later meeting of the same body (CPR-9, Sch 12 para 41),
    /// and the resolution under that meeting's "Minutes" item when it has one.
    /// </summary>
    public async Task<MeetingMinutes> ApproveAsync(Guid meetingId, Guid atMeetingId, string? amendment = null, CancellationToken cancellationToken = default)
    {
        var minutes = await MinutesOfAsync(meetingId, cancellationToken);
        var meeting = await StoredMeetings.MeetingAsync(db, meetingId, cancellationToken);
        var at = await StoredMeetings.MeetingAsync(db, atMeetingId, cancellationToken);
        if (at.CommitteeId != meeting.CommitteeId)
        {
            throw new ProcedureRuleException("CPR-9", $"minutes of the {meeting.Committee!.Name} are signed at a meeting of the same body, not of the {at.Committee!.Name}");
        }
        Deadlines.CheckMinutesForSigning(at.Date, meeting.Date);
        if (minutes.State != MinutesState.Draft)
        {
            throw new ProcedureRuleException("CPR-9", $"the minutes of {meeting.Date:d MMMM uuuu} were already approved on {minutes.ApprovedOn:d MMMM uuuu}");
        }
        if (at.AgendaItems.FirstOrDefault(i => i.Title.Equals(MinutesItemTitle, StringComparison.OrdinalIgnoreCase)) is { } item)
        {
            var text = SigningResolution(meeting.Date);
            if (amendment is not null)
            {
                text = text.TrimEnd('.') + $", subject to the following amendment: {amendment.Trim()}";
            }
            await new MeetingRecorder(db, rulebook).ResolveAsync(atMeetingId, item.Number, ResolutionKind.Resolved, text, null, MotionOutcome.WithoutVote, cancellationToken);
        }
        minutes = await MinutesOfAsync(meetingId, cancellationToken);
        minutes.Approve(atMeetingId, at.Date, amendment);
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(meetingId, publishing: false, cancellationToken);
        return minutes;
    }

    /// <summary>Publishes approved minutes; from then on they, and the meeting's Part I minutes, are public.</summary>
    public async Task<MeetingMinutes> PublishAsync(Guid meetingId, LocalDate on, CancellationToken cancellationToken = default)
    {
        var minutes = await MinutesOfAsync(meetingId, cancellationToken);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, cancellationToken);
        minutes.Publish(on);
        meeting.MinutesPublishedOn = on;
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(meetingId, publishing: true, cancellationToken);
        return minutes;
    }

    /// <summary>
    /// After a committed change: published minutes always change the public meeting page and search; a draft does
    /// only for a council whose settings publish draft minutes.
    /// </summary>
    private async Task AnnounceAsync(Guid meetingId, bool publishing, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Where(m => m.Id == meetingId)
            .Select(m => new { m.Date, m.Committee!.CouncilId })
            .SingleAsync(cancellationToken);
        if (publishing || rulebook.For(meeting.Date).PublishDraftMinutes)
        {
            await publication.PublishedAsync(new PublishedChange(meeting.CouncilId, meetingId, PublishedContent.Minutes), cancellationToken);
        }
    }

    private async Task<MeetingMinutes> MinutesOfAsync(Guid meetingId, CancellationToken cancellationToken)
        => await db.MeetingMinutes.SingleOrDefaultAsync(m => m.MeetingId == meetingId, cancellationToken)
           ?? throw new ProcedureRuleException("CPR-9", "no minutes have been drafted for this meeting yet");

    /// <summary>
    /// Adds the "Minutes" item to the agenda of the meeting where these minutes will be signed: the body's next
    /// meeting that is not extraordinary (Deadlines.MinutesSignedAt). An agenda already published is left alone.
    /// </summary>
    private async Task PutOnNextAgendaAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, cancellationToken);
        var later = await db.Meetings
            .Where(m => m.CommitteeId == meeting.CommitteeId && m.Date > meeting.Date && m.Status != MeetingStatus.Cancelled)
            .Select(m => new { m.Id, m.Date, m.IsSpecial })
            .ToListAsync(cancellationToken);
        var signing = Deadlines.MinutesSignedAt(meeting.Date, later.Select(m => new ScheduledMeeting(m.Date, m.IsSpecial)));
        if (signing is null)
        {
            return;
        }
        var nextId = later.First(m => m.Date == signing.Date && !m.IsSpecial).Id;
        var next = await StoredMeetings.MeetingAsync(db, nextId, cancellationToken);
        var wording = SigningResolution(meeting.Date);
        var existing = next.AgendaItems.FirstOrDefault(i => i.Title.Equals(MinutesItemTitle, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            if (existing.Description?.Contains(wording, StringComparison.Ordinal) != true)
            {
                existing.Description = string.IsNullOrWhiteSpace(existing.Description) ? wording : existing.Description + "\n" + wording;
                await db.SaveChangesAsync(cancellationToken);
            }
            return;
        }
        if (next.AgendaPublishedOn is not null)
        {
            return;
        }
        // CPR-3: the Minutes item follows the reserves and declarations items; later items move down one.
        var ordered = next.AgendaItems.OrderBy(i => i.Number).ToList();
        var after = ordered.LastOrDefault(i => i.Title.StartsWith("Declarations of Interest", StringComparison.OrdinalIgnoreCase) || i.Title.Equals("Attendance by Reserve Members", StringComparison.OrdinalIgnoreCase));
        var number = after is null ? 1 : after.Number + 1;
        var moving = ordered.Where(i => i.Number >= number).ToList();
        // Two steps because agenda numbers are unique per meeting and rows are updated one at a time.
        foreach (var item in moving)
        {
            item.Number += 10_000;
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in moving)
        {
            item.Number -= 10_000 - 1;
        }
        db.AgendaItems.Add(new AgendaItem { MeetingId = next.Id, Number = number, Title = MinutesItemTitle, Description = wording });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<AttendanceRow> AttendanceRows(MeetingRecord record)
    {
        var attendance = record.Meeting.Attendances.ToDictionary(a => a.PersonId);
        var standIns = record.Meeting.Attendances.Where(a => a.ForPersonId is not null).ToDictionary(a => a.ForPersonId!.Value);
        AttendanceEntry Entry(Membership seat, bool fullName)
        {
            if (standIns.TryGetValue(seat.PersonId, out var standIn))
            {
                var person = record.People[standIn.PersonId];
                return new AttendanceEntry(fullName && person.IsCouncillor ? person.FullName : person.DisplayName, standIn.Mark, standIn.ReserveCategory);
            }
            var mark = attendance.TryGetValue(seat.PersonId, out var a) ? a.Mark : AttendanceMark.Absent;
            var member = record.People[seat.PersonId];
            return new AttendanceEntry(fullName && member.IsCouncillor ? member.FullName : member.DisplayName, mark);
        }
        var seats = record.Seats.OrderBy(s => record.People[s.PersonId].FamilyName, StringComparer.OrdinalIgnoreCase).ToList();
        return
        [
            new("Chair", [.. seats.Where(s => s.Role == MembershipRole.Chair).Select(s => Entry(s, false))]),
            new("Councillors", [.. seats.Where(s => s.Role is MembershipRole.ViceChair or MembershipRole.Member).Select(s => Entry(s, true))]),
            new("Members", [.. seats.Where(s => s.Role is MembershipRole.Representative or MembershipRole.Officer).Select(s => Entry(s, false))]),
            new("Voting Co-opted", [.. seats.Where(s => s.Role == MembershipRole.CoOpted && s.VotingRight != VotingRight.None).Select(s => Entry(s, false))]),
            new("Non-voting Co-opted", [.. seats.Where(s => s.Role == MembershipRole.Advisory || (s.Role == MembershipRole.CoOpted && s.VotingRight == VotingRight.None)).Select(s => Entry(s, false))]),
        ];
    }

    private static List<InAttendanceEntry> InAttendance(MeetingRecord record, bool councillors)
        => [.. record.Meeting.Attendances
            .Where(a => a.Mark == AttendanceMark.InAttendance && record.People[a.PersonId].IsCouncillor == councillors)
            .Select(a => new InAttendanceEntry(councillors ? record.People[a.PersonId].FullName : record.People[a.PersonId].DisplayName, a.Capacity))
            .OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>
    /// One rule for declarations on exempt business (as <see cref="OpenData.PublicRecords.Declarations"/>): they stay
    /// in the record of that business, which the published minutes leave out, and never reach the public
    /// Declarations of Interest minute.
    /// </summary>
    private static bool IsPartII(Declaration declaration, Dictionary<Guid, AgendaItem> items) =>
        declaration.AgendaItemId is { } id && items.TryGetValue(id, out var item) && item.Part == AgendaPart.PartII;

    private static VoteText VoteLine(MeetingRecord record, Vote vote, Membership? chair)
    {
        List<string>? Names(VoteChoice choice) => vote.MemberVotes.Count == 0 ? null
            : [.. vote.MemberVotes.Where(m => m.Choice == choice).Select(m => record.NameOf(m.PersonId)).Order(StringComparer.Ordinal)];
        return new VoteText(
            vote.Motion, vote.For, vote.Against, vote.Abstentions, vote.Carried, vote.ChairsCastingVote,
            chair is null ? null : $"Chair, {record.NameOf(chair.PersonId)},",
            Names(VoteChoice.For), Names(VoteChoice.Against), Names(VoteChoice.Abstain));
    }
}
