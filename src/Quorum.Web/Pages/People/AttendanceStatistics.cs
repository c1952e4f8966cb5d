using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;

namespace Quorum.Web.Pages.People;

/// <summary>One line of a member's attendance record: a body in a municipal (or calendar) year.</summary>
public sealed record AttendanceLine(string Committee, string Year, int Expected, int Attended, int Apologies, int AsReserve)
{
    /// <summary>Share of expected meetings attended, as councils publish it; null when none were expected.</summary>
    public int? Percent => Expected == 0 ? null : (int)Math.Round(100.0 * Attended / Expected);
}

/// <summary>
/// Works out attendance as Modern.gov's summary does: a member is expected at every held meeting of a body while a
/// member of it (cancelled and postponed meetings do not count); attending as a reserve is shown separately.
/// </summary>
public static class AttendanceStatistics
{
    public sealed record Seat(Guid CommitteeId, string Committee, LocalDate From, LocalDate? To);

    public sealed record HeldMeeting(Guid Id, Guid CommitteeId, string Committee, LocalDate Date, MeetingStatus Status);

    public sealed record Mark(Guid MeetingId, AttendanceMark Value);

    public static List<AttendanceLine> Compute(IEnumerable<Seat> seats, IEnumerable<HeldMeeting> meetings, IEnumerable<Mark> marks, IReadOnlyList<MunicipalYear> years)
    {
        var byMeeting = marks.GroupBy(m => m.MeetingId).ToDictionary(g => g.Key, g => g.First().Value);
        var seatList = seats.ToList();
        string YearOf(LocalDate date) => years.FirstOrDefault(y => y.Contains(date))?.Name ?? date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. meetings
            .Where(m => m.Status is MeetingStatus.Held)
            .Select(m =>
            {
                var expected = seatList.Any(s => s.CommitteeId == m.CommitteeId && m.Date >= s.From && (s.To is null || m.Date <= s.To));
                byMeeting.TryGetValue(m.Id, out var mark);
                var marked = byMeeting.ContainsKey(m.Id);
                return new
                {
                    m.Committee,
                    Year = YearOf(m.Date),
                    Expected = expected,
                    Attended = expected && marked && mark is AttendanceMark.Present,
                    Apologies = expected && marked && mark is AttendanceMark.Apologies,
                    AsReserve = marked && mark is AttendanceMark.Reserve or AttendanceMark.Substitute,
                };
            })
            .Where(x => x.Expected || x.AsReserve)
            .GroupBy(x => (x.Committee, x.Year))
            .Select(g => new AttendanceLine(g.Key.Committee, g.Key.Year, g.Count(x => x.Expected), g.Count(x => x.Attended), g.Count(x => x.Apologies), g.Count(x => x.AsReserve)))
            .OrderByDescending(l => l.Year, StringComparer.Ordinal)
            .ThenBy(l => l.Committee, StringComparer.OrdinalIgnoreCase)];
    }
}
