using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.People;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Outcomes.Recording;

/// <summary>Who counts, who may vote and whether the meeting was quorate for one agenda item, as the clerk sees it.</summary>
public sealed record ItemCheck(AgendaItem Item, ItemEligibility Eligibility, IReadOnlyList<Guid> Voters, IReadOnlyList<Guid> DeclaredNotVoting)
{
    public bool IsQuorate => Eligibility.IsQuorate;

    /// <summary>Members who may cast a vote on the item: counted voters, less those who declared and did not vote.</summary>
    public int EligibleToVote => Voters.Count - DeclaredNotVoting.Count;
}

/// <summary>
/// A stored meeting and what the rules need around it (seats, reserve lists, substitutes, declarations,
/// dispensations), translated into the rules engine's <see cref="MeetingAttendance"/>. The engine works in times;
/// the record keeps arrival and departure by agenda item, so each item is given a slot on a notional clock in
/// agenda order: arriving "during item n" falls inside n's slot, leaving "after item n" at the start of the next.
/// </summary>
public sealed class MeetingRecord
{
    private static readonly LocalTime Opening = LocalTime.Midnight;

    private readonly Dictionary<Guid, string> keys = [];
    private readonly Dictionary<string, Guid> ids = [];
    private readonly List<AgendaItem> items;

    public MeetingRecord(
        Meeting meeting,
        IEnumerable<Membership> memberships,
        IReadOnlyDictionary<Guid, Person> people,
        IEnumerable<ReserveList> reserveLists,
        IEnumerable<Substitute> substitutes,
        IEnumerable<Declaration> declarations)
    {
        Meeting = meeting;
        Seats = [.. memberships.Where(m => m.CommitteeId == meeting.CommitteeId && m.IsCurrentOn(meeting.Date))];
        People = people;
        ReserveLists = [.. reserveLists.Where(l => l.CommitteeId == meeting.CommitteeId)];
        Substitutes = [.. substitutes.Where(s => s.CommitteeId == meeting.CommitteeId && s.From <= meeting.Date && (s.To is null || meeting.Date <= s.To))];
        Declarations = [.. declarations.Where(d => d.MeetingId == meeting.Id)];
        items = [.. meeting.AgendaItems.OrderBy(i => i.Number)];
        foreach (var person in people.Values.OrderBy(p => p.DisplayName, StringComparer.Ordinal).ThenBy(p => p.Id))
        {
            // Readable, unique keys so the engine's messages name people as the minutes do.
            var key = person.DisplayName;
            for (var n = 2; ids.ContainsKey(key); n++)
            {
                key = $"{person.DisplayName} ({n})";
            }
            keys[person.Id] = key;
            ids[key] = person.Id;
        }
    }

    public Meeting Meeting { get; }

    public IReadOnlyList<Membership> Seats { get; }

    public IReadOnlyDictionary<Guid, Person> People { get; }

    public IReadOnlyList<ReserveList> ReserveLists { get; }

    public IReadOnlyList<Substitute> Substitutes { get; }

    public IReadOnlyList<Declaration> Declarations { get; }

    public string NameOf(Guid personId) => People.TryGetValue(personId, out var p) ? p.DisplayName : personId.ToString();

    public Guid PersonOf(string key) => ids[key];

    public string KeyOf(Guid personId) => keys.TryGetValue(personId, out var key)
        ? key
        : throw new InvalidOperationException($"Person {personId} is not loaded for the meeting of {Meeting.Date:d MMMM uuuu}.");

    /// <summary>The rules engine's view of the meeting.</summary>
    public MeetingAttendance ToRules()
    {
        var substituted = ValidSubstitutes();
        var seats = Seats.Select(m =>
        {
            var holder = substituted.TryGetValue(m.PersonId, out var substitute) ? substitute : m.PersonId;
            var group = People.TryGetValue(m.PersonId, out var p) ? p.PartyGroupId?.ToString() : null;
            return new CommitteeSeat(KeyOf(holder), m.Role, m.VotingRight, group);
        }).ToList();
        var reserves = ReserveLists
            .Select(l => new ReservesForGroup(l.PartyGroupId.ToString(), [.. l.InOrder().Select(e => KeyOf(e.PersonId))]))
            .ToList();
        var taken = items.Select((item, k) => new ItemTaken(item.Number, SlotStart(k), item.IsEducationMatter)).ToList();
        var attendees = Meeting.Attendances.Select(a => new Attendee(
            KeyOf(a.PersonId),
            a.Mark == AttendanceMark.Substitute ? AttendanceMark.Present : a.Mark,
            a.ArrivedAtItem is { } arrived ? SlotStart(IndexOf(arrived)).PlusMinutes(1) : null,
            a.LeftAfterItem is { } left ? SlotStart(IndexOf(left) + 1) : null,
            a.Mark == AttendanceMark.Reserve && a.ForPersonId is { } forId ? KeyOf(forId) : null,
            a.NotedAtReservesItem)).ToList();
        var declared = Declarations
            .Where(d => d.AgendaItemId is not null && items.Any(i => i.Id == d.AgendaItemId))
            .Select(d => new DeclaredInterest(KeyOf(d.PersonId), items.First(i => i.Id == d.AgendaItemId).Number, d.Kind, d.DispensationId is not null))
            .ToList();
        return new MeetingAttendance(Opening, seats, reserves, taken, attendees, declared);
    }

    /// <summary>
    /// Checks every reserve against Harrow rules (i)–(iv) through the engine and every partnership substitute
    /// against the body's named substitutes, and refuses the first that fails, naming the rule.
    /// </summary>
    public IReadOnlyList<Substitution> CheckStandIns(ProcedureSettings settings)
    {
        ValidSubstitutes();
        var substitutions = Rules.Eligibility.Substitutions(ToRules(), settings);
        if (substitutions.FirstOrDefault(s => !s.Valid) is { } refused)
        {
            throw new ProcedureRuleException(RuleOf(refused.Reason!), DetailOf(refused.Reason!));
        }
        return substitutions;
    }

    /// <summary>The quorum and voting check for one item.</summary>
    public ItemCheck Check(AgendaItem item, ProcedureSettings settings)
    {
        var eligibility = Rules.Eligibility.ForItem(ToRules(), item.Number, settings);
        var onItem = Declarations.Where(d => d.AgendaItemId == item.Id).ToList();
        // A member who withdrew is out of the room: not counted for quorum and no vote, whatever the interest (INT-4).
        var withdrew = onItem.Where(d => d.Outcome == DeclarationOutcome.Withdrew).Select(d => KeyOf(d.PersonId)).ToHashSet();
        var voters = eligibility.Voters.Where(v => !withdrew.Contains(v.PersonId)).ToList();
        var notCounted = eligibility.NotCounted
            .Concat(eligibility.Voters.Where(v => withdrew.Contains(v.PersonId)).Select(v => new NotCounted(v.PersonId, "INT-4: withdrew from the room for this item after declaring an interest")))
            .ToList();
        eligibility = eligibility with { Voters = voters, NotCounted = notCounted };
        var notVoting = onItem.Where(d => d.Outcome == DeclarationOutcome.DidNotVote && voters.Any(v => v.PersonId == KeyOf(d.PersonId))).Select(d => d.PersonId).Distinct().ToList();
        return new ItemCheck(item, eligibility, [.. voters.Select(v => PersonOf(v.PersonId))], notVoting);
    }

    public IReadOnlyList<ItemCheck> CheckEveryItem(ProcedureSettings settings) => [.. items.Select(i => Check(i, settings))];

    /// <summary>"CPR-2 (ii)" from "CPR-2 (ii): Councillor … attended the meeting".</summary>
    public static string RuleOf(string reason) => reason.Split(':', 2)[0].Trim();

    public static string DetailOf(string reason) => reason.Split(':', 2) is [_, var detail] ? detail.Trim() : reason;

    private Dictionary<Guid, Guid> ValidSubstitutes()
    {
        var result = new Dictionary<Guid, Guid>();
        foreach (var a in Meeting.Attendances.Where(a => a.Mark == AttendanceMark.Substitute))
        {
            var forId = a.ForPersonId!.Value;
            var seat = Seats.FirstOrDefault(s => s.PersonId == forId)
                ?? throw new ProcedureRuleException("CPR-2", $"{NameOf(a.PersonId)} is recorded as substitute for {NameOf(forId)}, who is not a member of this body");
            // Partnership bodies (seed 004): the substitute must be named for that organisation or representative.
            var named = Substitutes.Any(s => s.PersonId == a.PersonId
                && (s.ForPersonId == forId || (s.ForPersonId is null && string.Equals(s.Organisation, seat.OrganisationRepresented, StringComparison.OrdinalIgnoreCase))));
            if (!named)
            {
                throw new ProcedureRuleException("CPR-2", $"{NameOf(a.PersonId)} is not a named substitute for {NameOf(forId)} on this body");
            }
            if (Meeting.Attendances.Any(o => o.PersonId == forId && o.Mark == AttendanceMark.Present))
            {
                throw new ProcedureRuleException("CPR-2", $"{NameOf(forId)} attended the meeting, so {NameOf(a.PersonId)} cannot substitute for them");
            }
            result[forId] = a.PersonId;
        }
        return result;
    }

    private int IndexOf(int itemNumber)
    {
        var index = items.FindIndex(i => i.Number == itemNumber);
        return index >= 0 ? index : throw new ProcedureRuleException("CPR-1", $"item {itemNumber} is not on the agenda of the meeting of {Meeting.Date:d MMMM uuuu}");
    }

    private static LocalTime SlotStart(int index) => Opening.PlusMinutes(2 * index);
}
