namespace Quorum.Domain.Meetings;

/// <summary>
/// One person's line in a meeting's attendance record: present (*), apologies (†), absent (unmarked), a
/// reserve standing in for a named member, a substitute, or in attendance (officers, other councillors).
/// </summary>
public sealed class Attendance : Entity
{
    public required Guid MeetingId { get; set; }

    public required Guid PersonId { get; set; }

    public People.Person? Person { get; set; }

    public AttendanceMark Mark { get; private set; }

    /// <summary>The ordinary member a reserve or substitute attends for.</summary>
    public Guid? ForPersonId { get; private set; }

    /// <summary>The reserve category printed as "(3)" beside the name.</summary>
    public int? ReserveCategory { get; private set; }

    /// <summary>The agenda item during which a late arrival came in; a reserve acts only from the next item.</summary>
    public int? ArrivedAtItem { get; set; }

    /// <summary>The agenda item after which the person left.</summary>
    public int? LeftAfterItem { get; set; }

    /// <summary>
    /// A reserve's attendance (or intended late arrival) was noted at the opening "Attendance by Reserve Members"
    /// item, which Harrow rule (iii) requires before the reserve may act.
    /// </summary>
    public bool NotedAtReservesItem { get; set; }

    /// <summary>Why someone in attendance was there ("Corporate Director People", "Minute 230").</summary>
    public string? Capacity { get; set; }

    public static Attendance Record(Guid meetingId, Guid personId, AttendanceMark mark, Guid? id = null)
    {
        if (mark is AttendanceMark.Reserve or AttendanceMark.Substitute)
        {
            throw new ArgumentException($"A {mark.ToString().ToLowerInvariant()} attends for someone: use {nameof(StandingIn)}.", nameof(mark));
        }
        return new Attendance { Id = id ?? Guid.NewGuid(), MeetingId = meetingId, PersonId = personId, Mark = mark };
    }

    public static Attendance StandingIn(Guid meetingId, Guid personId, Guid forPersonId, AttendanceMark mark, int? reserveCategory = null, Guid? id = null)
    {
        if (mark is not (AttendanceMark.Reserve or AttendanceMark.Substitute))
        {
            throw new ArgumentException("Only a reserve or substitute stands in for another member.", nameof(mark));
        }
        if (forPersonId == personId)
        {
            throw new ArgumentException("A member cannot stand in for themselves.", nameof(forPersonId));
        }
        return new Attendance { Id = id ?? Guid.NewGuid(), MeetingId = meetingId, PersonId = personId, Mark = mark, ForPersonId = forPersonId, ReserveCategory = reserveCategory };
    }

    /// <summary>Corrects the record (the clerk entered the wrong mark); the same checks as a new entry apply.</summary>
    public void Correct(AttendanceMark mark, Guid? forPersonId, int? reserveCategory)
    {
        var corrected = forPersonId is { } forId ? StandingIn(MeetingId, PersonId, forId, mark, reserveCategory) : Record(MeetingId, PersonId, mark);
        (Mark, ForPersonId, ReserveCategory) = (corrected.Mark, corrected.ForPersonId, corrected.ReserveCategory);
    }

    /// <summary>Counts towards the quorum and may take part in the business.</summary>
    public bool IsPresentAsMember => Mark is AttendanceMark.Present or AttendanceMark.Reserve or AttendanceMark.Substitute;
}
