using Quorum.Application.Outcomes;

namespace Quorum.Web.Pages.People;

/// <summary>
/// One line of a member's attendance record, a body in a municipal year, as the person page shows it. The figures
/// are <see cref="AttendanceStatistics.ForPersonAsync"/>'s, from the recorded attendance of held meetings: expected
/// counts the meetings at which they held a seat or stood in, and attending as a reserve counts as attended.
/// </summary>
public sealed record AttendanceLine(string Committee, string Year, int Expected, int Attended, int Apologies, int AsReserve, int? Percent)
{
    public static AttendanceLine From(AttendanceSummary summary) => new(
        summary.Committee,
        summary.MunicipalYear,
        summary.Expected,
        summary.Present + summary.AsReserveOrSubstitute,
        summary.Apologies,
        summary.AsReserveOrSubstitute,
        summary.AttendedPercent);
}
