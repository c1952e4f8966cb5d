using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Rules;

/// <summary>A seat on the body as at the meeting date; <see cref="Group"/> names the group whose reserves may take it.</summary>
public sealed record CommitteeSeat(string MemberId, MembershipRole Role, VotingRight VotingRight, string? Group = null);

/// <summary>A political group's ordered reserve list for the body (CPR-2 R1), as the rules need it.</summary>
public sealed record ReservesForGroup(string Group, IReadOnlyList<string> Reserves);

/// <summary>An agenda item as taken at the meeting, with the time it started.</summary>
public sealed record ItemTaken(int Number, LocalTime StartedAt, bool EducationMatter = false);

/// <summary>
/// One person at (or absent from) the meeting. A null <see cref="ArrivedAt"/> means present from the start; a null
/// <see cref="LeftAt"/> means stayed to the end. A reserve has <see cref="AttendanceMark.Reserve"/> and names the
/// ordinary member they replace in <see cref="InPlaceOf"/>.
/// </summary>
public sealed record Attendee(
    string PersonId,
    AttendanceMark Mark,
    LocalTime? ArrivedAt = null,
    LocalTime? LeftAt = null,
    string? InPlaceOf = null,
    bool NotedAtReservesItem = false);

/// <summary>An interest declared on one item; <see cref="Dispensation"/> is a s33 dispensation covering it.</summary>
public sealed record DeclaredInterest(string MemberId, int ItemNumber, InterestKind Kind, bool Dispensation = false);

/// <summary>Everything the eligibility rules need about one meeting of one body.</summary>
public sealed record MeetingAttendance(
    LocalTime StartedAt,
    IReadOnlyList<CommitteeSeat> Seats,
    IReadOnlyList<ReservesForGroup> ReserveLists,
    IReadOnlyList<ItemTaken> Items,
    IReadOnlyList<Attendee> Attendees,
    IReadOnlyList<DeclaredInterest> Declarations);
