using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Rules;

/// <summary>A person who counts for quorum and may vote on the item, sitting in <see cref="Seat"/>'s place.</summary>
public sealed record CountedVoter(string PersonId, string Seat)
{
    public bool IsReserve => PersonId != Seat;
}

/// <summary>A person present for the item who does not count, and the rule that excludes them.</summary>
public sealed record NotCounted(string PersonId, string Reason);

/// <summary>Whether a reserve's substitution stands (CPR-2) and, if so, from which item they may act.</summary>
public sealed record Substitution(string ReserveId, string InPlaceOf, bool Valid, string? Reason, int? ActsFromItem);

/// <summary>Who counts and who may vote on one agenda item at one meeting (CPR-1, CPR-2, CPR-8, INT-4).</summary>
public sealed record ItemEligibility(
    int ItemNumber,
    int Quorum,
    IReadOnlyList<CountedVoter> Voters,
    IReadOnlyList<NotCounted> NotCounted,
    IReadOnlyList<Substitution> Substitutions,
    IReadOnlyList<string> MinuteNotes)
{
    public int Present => Voters.Count;

    // CPR-1: no business unless the stored quorum of eligible voters is present.
    public bool IsQuorate => Voters.Count >= Quorum;

    public bool MayVote(string personId) => Voters.Any(v => v.PersonId == personId);
}

/// <summary>Applies the eligibility and counting rules for one item of one meeting.</summary>
public static class Eligibility
{
    // CPR-1, LGA 1972 Sch 12 para 6: a full council meeting needs one quarter of the whole number of members.
    public static int FullCouncilQuorum(int seats) => (seats + 3) / 4;

    public static ItemEligibility ForItem(MeetingAttendance meeting, int itemNumber, ProcedureSettings settings)
    {
        var item = meeting.Items.FirstOrDefault(i => i.Number == itemNumber)
            ?? throw new ProcedureRuleException("CPR-1", $"item {itemNumber} was not taken at this meeting");
        // CPR-1 (LGA 1972 s106; standing orders): the quorum is stored per body, never derived. A body whose terms set
        // none (some partnership boards) does business with whoever attends.
        var quorum = settings.Quorum ?? 0;

        var substitutions = Substitutions(meeting, settings);
        var voters = new List<CountedVoter>();
        var notCounted = new List<NotCounted>();
        var notes = new List<string>();

        foreach (var seat in meeting.Seats)
        {
            var occupant = Occupant(meeting, seat, item, substitutions);
            if (occupant is null)
            {
                continue;
            }
            var reason = Disqualification(meeting, seat, occupant, item, notes);
            if (reason is null)
            {
                voters.Add(new(occupant, seat.MemberId));
            }
            else
            {
                notCounted.Add(new(occupant, reason));
            }
        }

        // Everyone in the room at some point during the item who does not count, with the reason, for the clerk.
        var seated = meeting.Seats.Select(s => s.MemberId).ToHashSet();
        var itemEnds = meeting.Items.Where(i => i.StartedAt > item.StartedAt).Select(i => (LocalTime?)i.StartedAt).Min();
        foreach (var attendee in meeting.Attendees.Where(a => PresentDuring(a, item, itemEnds)))
        {
            if (voters.Any(v => v.PersonId == attendee.PersonId) || notCounted.Any(n => n.PersonId == attendee.PersonId))
            {
                continue;
            }
            if (attendee.Mark == AttendanceMark.Reserve)
            {
                var sub = substitutions.First(s => s.ReserveId == attendee.PersonId);
                notCounted.Add(new(attendee.PersonId, sub.Valid
                    ? $"CPR-2 (iv): arrived after the meeting began, so acts only from item {sub.ActsFromItem?.ToString() ?? "(none left)"}"
                    : sub.Reason!));
            }
            else if (seated.Contains(attendee.PersonId))
            {
                notCounted.Add(new(attendee.PersonId, $"CPR-1: arrived after item {item.Number} began"));
            }
            else if (attendee.Mark is AttendanceMark.Present or AttendanceMark.Substitute)
            {
                notCounted.Add(new(attendee.PersonId, "CPR-1: not a member of this body"));
            }
        }

        return new(itemNumber, quorum, voters, notCounted, substitutions, notes);
    }

    /// <summary>Every reserve's substitution, judged against rules (i)–(iv) (CPR-2 R1–R4).</summary>
    public static IReadOnlyList<Substitution> Substitutions(MeetingAttendance meeting, ProcedureSettings settings)
    {
        var result = new List<Substitution>();
        var reserves = meeting.Attendees
            .Where(a => a.Mark == AttendanceMark.Reserve)
            .OrderBy(a => a.ArrivedAt ?? meeting.StartedAt);
        foreach (var reserve in reserves)
        {
            var inPlaceOf = reserve.InPlaceOf
                ?? throw new ProcedureRuleException("CPR-2 (i)", $"reserve {reserve.PersonId} attended without naming the member they replace");
            var lists = meeting.ReserveLists.Where(l => l.Reserves.Contains(reserve.PersonId)).Select(l => l.Group).ToList();
            if (lists.Count == 0)
            {
                throw new ProcedureRuleException("CPR-2 (i)", $"{reserve.PersonId} is not on any reserve list of this body");
            }
            var seat = meeting.Seats.FirstOrDefault(s => s.MemberId == inPlaceOf)
                ?? throw new ProcedureRuleException("CPR-2 (i)", $"{inPlaceOf}, replaced by reserve {reserve.PersonId}, is not an ordinary member of this body");

            string? reason = null;
            if (settings.Substitution == SubstitutionPolicy.None)
            {
                reason = "CPR-2: this body's standing orders allow no reserves";
            }
            // R1, rule (i): only for an ordinary member for whom they are a reserve (the same group list).
            else if (seat.Group is null || !lists.Contains(seat.Group))
            {
                reason = $"CPR-2 (i): {reserve.PersonId} is not a reserve for {inPlaceOf}";
            }
            // R2, rule (ii): the ordinary member must be absent for the whole meeting; if they came, it fails from the start.
            else if (meeting.Attendees.Any(a => a.PersonId == inPlaceOf && a.Mark == AttendanceMark.Present))
            {
                reason = $"CPR-2 (ii): {inPlaceOf} attended the meeting, so {reserve.PersonId} cannot act in their place";
            }
            // R3, rule (iii): the attendance must be noted at the opening "Reserves" item.
            else if (!reserve.NotedAtReservesItem)
            {
                reason = $"CPR-2 (iii): {reserve.PersonId}'s attendance was not noted at the Reserves item";
            }
            else if (result.Any(s => s.Valid && s.InPlaceOf == inPlaceOf))
            {
                reason = $"CPR-2 (i): another reserve already takes {inPlaceOf}'s place";
            }

            result.Add(reason is null
                ? new(reserve.PersonId, inPlaceOf, true, null, ActsFrom(meeting, reserve))
                : new(reserve.PersonId, inPlaceOf, false, reason, null));
        }
        return result;
    }

    // R4, rule (iv): a reserve arriving after the start acts from the next item that starts after arrival.
    private static int? ActsFrom(MeetingAttendance meeting, Attendee reserve)
    {
        var ordered = meeting.Items.OrderBy(i => i.StartedAt).ToList();
        if (reserve.ArrivedAt is not { } arrived || arrived <= meeting.StartedAt)
        {
            return ordered.FirstOrDefault()?.Number;
        }
        return ordered.FirstOrDefault(i => i.StartedAt > arrived)?.Number;
    }

    private static string? Occupant(MeetingAttendance meeting, CommitteeSeat seat, ItemTaken item, IReadOnlyList<Substitution> substitutions)
    {
        if (meeting.Attendees.Any(a => a.PersonId == seat.MemberId && a.Mark == AttendanceMark.Present && PresentFor(a, item)))
        {
            return seat.MemberId;
        }
        var sub = substitutions.FirstOrDefault(s => s.Valid && s.InPlaceOf == seat.MemberId);
        if (sub is null || sub.ActsFromItem is not { } from)
        {
            return null;
        }
        var firstItem = meeting.Items.First(i => i.Number == from);
        var reserve = meeting.Attendees.First(a => a.PersonId == sub.ReserveId && a.Mark == AttendanceMark.Reserve);
        return item.StartedAt >= firstItem.StartedAt && PresentFor(reserve, item) ? sub.ReserveId : null;
    }

    private static string? Disqualification(MeetingAttendance meeting, CommitteeSeat seat, string occupant, ItemTaken item, List<string> notes)
    {
        // CPR-8 (Harrow O&S, seeds 000/002): advisory and non-voting members never vote.
        if (seat.VotingRight == VotingRight.None || seat.Role is MembershipRole.Advisory or MembershipRole.Officer)
        {
            return "CPR-8: a non-voting member";
        }
        // CPR-8 (LGA 2000 s9FA; Parent Governor Representatives regs): education co-optees vote only on education matters.
        if (seat.VotingRight == VotingRight.EducationItemsOnly && !item.EducationMatter)
        {
            return "CPR-8: votes only on education items";
        }
        // INT-4, Localism Act 2011 s31(4): a DPI without dispensation bars discussion and vote, so the member is not counted.
        var barred = meeting.Declarations.FirstOrDefault(d =>
            d.MemberId == occupant && d.ItemNumber == item.Number && d.Kind == InterestKind.DisclosablePecuniary && !d.Dispensation);
        if (barred is not null)
        {
            notes.Add($"{occupant} declared a disclosable pecuniary interest in item {item.Number}, had no dispensation, and took no part in the discussion or vote.");
            return "INT-4 (Localism Act 2011 s31(4)): declared a disclosable pecuniary interest without dispensation";
        }
        return null;
    }

    private static bool PresentDuring(Attendee a, ItemTaken item, LocalTime? itemEnds)
        => a.Mark is AttendanceMark.Present or AttendanceMark.Reserve or AttendanceMark.Substitute
           && (a.ArrivedAt is not { } arrived || itemEnds is not { } end || arrived < end)
           && (a.LeftAt is not { } left || left > item.StartedAt);

    private static bool PresentFor(Attendee a, ItemTaken item)
        => a.Mark is AttendanceMark.Present or AttendanceMark.Reserve or AttendanceMark.Substitute
           && (a.ArrivedAt is not { } arrived || arrived <= item.StartedAt)
           && (a.LeftAt is not { } left || left > item.StartedAt);
}
