namespace Quorum.Domain.Meetings;

/// <summary>How a person appears in a meeting's attendance record (the * and † marks of the minutes).</summary>
public enum AttendanceMark
{
    Present,
    Apologies,
    Absent,
    /// <summary>A reserve member attending in place of a named ordinary member.</summary>
    Reserve,
    /// <summary>A named substitute for an organisation's representative (partnership bodies).</summary>
    Substitute,
    /// <summary>Officers and others who attend but are not members.</summary>
    InAttendance,
}
