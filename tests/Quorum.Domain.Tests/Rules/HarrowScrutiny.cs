using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Rules;

/// <summary>
/// A committee shaped like Harrow Overview and Scrutiny (seeds 000, 002): 9 councillors in two groups, 4 education
/// co-optees, a non-voting Youth Parliament representative, two reserve lists, quorum 4, items every 10 minutes from 19:30.
/// </summary>
internal static class HarrowScrutiny
{
    public static readonly ProcedureSettings Settings = ProcedureSettings.Harrow with { Quorum = 4 };

    public static readonly IReadOnlyList<CommitteeSeat> Seats =
    [
        new("Lab1", MembershipRole.Chair, VotingRight.Full, "Labour"),
        new("Lab2", MembershipRole.ViceChair, VotingRight.Full, "Labour"),
        new("Lab3", MembershipRole.Member, VotingRight.Full, "Labour"),
        new("Lab4", MembershipRole.Member, VotingRight.Full, "Labour"),
        new("Lab5", MembershipRole.Member, VotingRight.Full, "Labour"),
        new("Con1", MembershipRole.Member, VotingRight.Full, "Conservative"),
        new("Con2", MembershipRole.Member, VotingRight.Full, "Conservative"),
        new("Con3", MembershipRole.Member, VotingRight.Full, "Conservative"),
        new("Con4", MembershipRole.Member, VotingRight.Full, "Conservative"),
        new("Church", MembershipRole.CoOpted, VotingRight.EducationItemsOnly),
        new("Diocese", MembershipRole.CoOpted, VotingRight.EducationItemsOnly),
        new("Parent1", MembershipRole.CoOpted, VotingRight.EducationItemsOnly),
        new("Parent2", MembershipRole.CoOpted, VotingRight.EducationItemsOnly),
        new("Youth", MembershipRole.CoOpted, VotingRight.None),
    ];

    public static readonly IReadOnlyList<ReservesForGroup> Reserves =
    [
        new("Labour", ["LabR1", "LabR2", "LabR3"]),
        new("Conservative", ["ConR1", "ConR2"]),
    ];

    public static readonly LocalTime Start = new(19, 30);

    /// <summary>Items 1–8; item 3 at 19:40 and item 4 at 19:50 as in T14; item 6 is an education item.</summary>
    public static readonly IReadOnlyList<ItemTaken> Items =
    [
        new(1, new(19, 30)), new(2, new(19, 35)), new(3, new(19, 40)), new(4, new(19, 50)),
        new(5, new(20, 0)), new(6, new(20, 10), EducationMatter: true), new(7, new(20, 30)), new(8, new(20, 50)),
    ];

    public static Attendee Present(string id, int arrivedHour = 19, int arrivedMinute = 30)
        => new(id, AttendanceMark.Present, new LocalTime(arrivedHour, arrivedMinute));

    public static Attendee Reserve(string id, string inPlaceOf, LocalTime? arrived = null, bool noted = true)
        => new(id, AttendanceMark.Reserve, arrived, null, inPlaceOf, noted);

    public static MeetingAttendance Meeting(IEnumerable<Attendee> attendees, IEnumerable<DeclaredInterest>? declarations = null)
        => new(Start, Seats, Reserves, Items, [.. attendees], [.. declarations ?? []]);
}
