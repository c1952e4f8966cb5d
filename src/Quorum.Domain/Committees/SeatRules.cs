using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Domain.Committees;

/// <summary>One reason a seat or reserve place cannot be made as asked: the field at fault and what is wrong, in a clerk's words.</summary>
/// <param name="Field">The field or column that is wrong: "end", "role", "person", "start".</param>
/// <param name="Message">Lower-case, to follow "row 4, column end: " in an import or to be capitalised on a page.</param>
public sealed record SeatProblem(string Field, string Message);

/// <summary>A party group as a rule sees it: what tells it apart, and how it is printed.</summary>
public sealed record GroupName(string Key, string Name);

/// <summary>An existing seat another is checked against: who holds it, and where the clerk will find it ("row 15", or none on a page).</summary>
public sealed record SeatHeld(string Person, MembershipRole Role, LocalDate From, LocalDate? To, string? Where = null);

/// <summary>
/// The rules every seat on a body keeps, however it is entered (the staff pages, <c>quorum setup import</c>): a seat
/// cannot end before it starts, a body has one chair at a time, a person holds one seat on a body at a time, and a
/// party group's reserves come from that group. Pure: the callers gather the seats and name their own dates' style.
/// </summary>
public static class SeatRules
{
    /// <summary>An open-ended seat, for overlap tests.</summary>
    public static readonly LocalDate Never = LocalDate.MaxIsoValue;

    /// <summary>How an import writes dates (as a spreadsheet holds them); the staff pages write "21 May 2026".</summary>
    public static readonly LocalDatePattern IsoDates = LocalDatePattern.Iso;

    public static readonly LocalDatePattern LongDates = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>
    /// The voting right a seat has unless told otherwise: members, chairs and representatives vote, advisers and
    /// officers do not; a co-optee's right depends on their appointment (full, education matters only, none), so null:
    /// it must be given.
    /// </summary>
    public static VotingRight? UsualVotingRight(MembershipRole role) => role switch
    {
        MembershipRole.CoOpted => null,
        MembershipRole.Advisory or MembershipRole.Officer => VotingRight.None,
        _ => VotingRight.Full,
    };

    /// <summary>Whether two periods (each open-ended when it has no end) share a day.</summary>
    public static bool Overlap(LocalDate from, LocalDate? to, LocalDate otherFrom, LocalDate? otherTo) =>
        from <= (otherTo ?? Never) && otherFrom <= (to ?? Never);

    public static SeatProblem? EndsBeforeItStarts(LocalDate from, LocalDate? to, LocalDatePattern dates) =>
        to is { } ends && ends < from
            ? new("end", $"the membership ends ({dates.Format(ends)}) before it starts ({dates.Format(from)})")
            : null;

    /// <summary>A chair's seat that would share a day with another chair of the same body (<paramref name="held"/>: the body's other seats).</summary>
    public static SeatProblem? SecondChair(string body, MembershipRole role, LocalDate from, LocalDate? to, IEnumerable<SeatHeld> held, LocalDatePattern dates)
    {
        if (role != MembershipRole.Chair)
        {
            return null;
        }
        var chair = held.FirstOrDefault(s => s.Role == MembershipRole.Chair && Overlap(from, to, s.From, s.To));
        return chair is null
            ? null
            : new("role", $"a second chair of {body} at the same time: {chair.Person} is chair {Period(chair.From, chair.To, dates)}{Where(chair)}");
    }

    /// <summary>A second seat for the same person on the same body at once (<paramref name="theirs"/>: their other seats on it).</summary>
    public static SeatProblem? SeatedTwice(string person, string body, LocalDate from, LocalDate? to, IEnumerable<SeatHeld> theirs, LocalDatePattern dates)
    {
        var other = theirs.FirstOrDefault(s => Overlap(from, to, s.From, s.To));
        return other is null
            ? null
            : new("start", other.From == from
                ? $"{person} already has this seat on {body} from {dates.Format(from)}{Where(other)}"
                : $"{person} already sits on {body} {Period(other.From, other.To, dates)}{Where(other)}; end one seat before the next starts");
    }

    /// <summary>
    /// A reserve named for a group they are not in. Groups are compared by <see cref="GroupName.Key"/> (an id, or an
    /// import's comparison key) and named by <see cref="GroupName.Name"/>; <paramref name="theirs"/> is null for no group.
    /// </summary>
    public static SeatProblem? ReserveOutsideGroup(string person, GroupName group, GroupName? theirs) =>
        theirs is { } own && own.Key == group.Key
            ? null
            : new("person", $"{person} is not in the {group.Name} group ({(theirs is null ? "they are in no group" : $"their group is {theirs.Name}")}), so cannot be one of its reserves");

    public static string Period(LocalDate from, LocalDate? to, LocalDatePattern dates) =>
        to is null ? $"from {dates.Format(from)}" : $"from {dates.Format(from)} to {dates.Format(to.Value)}";

    private static string Where(SeatHeld seat) => seat.Where is null ? "" : $" ({seat.Where})";
}
