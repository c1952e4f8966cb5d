namespace Quorum.Domain.Calendar;

/// <summary>Which days a "clear days" period counts (CAL-3).</summary>
public enum DayCount
{
    /// <summary>Mon–Fri that are neither bank holidays nor council closure days (Elitestone, CA 1993).</summary>
    Working,
    Calendar,
}
