using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;

namespace Quorum.Application.Outcomes;

/// <summary>
/// One person's attendance at one body's meetings in one municipal year, as the person page shows it. "Expected"
/// counts the held meetings at which they held a seat (or stood in); a reserve's attendance counts as attended.
/// </summary>
public sealed record AttendanceSummary(
    Guid PersonId,
    Guid CommitteeId,
    string Committee,
    string MunicipalYear,
    int Expected,
    int Present,
    int AsReserveOrSubstitute,
    int Apologies,
    int Absent)
{
    /// <summary>Meetings attended as a share of those expected, 0–100, rounded down; null when none were expected.</summary>
    public int? AttendedPercent => Expected == 0 ? null : (Present + AsReserveOrSubstitute) * 100 / Expected;
}

/// <summary>Attendance statistics per person, committee and municipal year, from the recorded attendance of held meetings.</summary>
public sealed class AttendanceStatistics(QuorumDbContext db)
{
    public async Task<IReadOnlyList<AttendanceSummary>> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var person = await db.People.SingleAsync(p => p.Id == personId, cancellationToken);
        var years = await db.MunicipalYears.Where(y => y.CouncilId == person.CouncilId).ToListAsync(cancellationToken);
        var seats = await db.Memberships.Where(m => m.PersonId == personId).ToListAsync(cancellationToken);
        var marks = await db.Attendances.Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        var committeeIds = seats.Select(s => s.CommitteeId).Concat(await db.Meetings.Where(m => marks.Select(a => a.MeetingId).Contains(m.Id)).Select(m => m.CommitteeId).ToListAsync(cancellationToken)).Distinct().ToList();
        var meetings = await db.Meetings.Include(m => m.Committee)
            .Where(m => committeeIds.Contains(m.CommitteeId) && m.Status == MeetingStatus.Held)
            .ToListAsync(cancellationToken);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        // A held meeting whose attendance was never recorded says nothing about anyone.
        var recorded = (await db.Attendances.Where(a => meetingIds.Contains(a.MeetingId)).Select(a => a.MeetingId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var rows = new List<(Meeting Meeting, MunicipalYear Year, AttendanceMark Mark)>();
        foreach (var meeting in meetings)
        {
            var year = years.FirstOrDefault(y => y.Contains(meeting.Date));
            var mark = marks.FirstOrDefault(a => a.MeetingId == meeting.Id)?.Mark;
            var seated = seats.Any(s => s.CommitteeId == meeting.CommitteeId && s.IsCurrentOn(meeting.Date));
            if (year is null || !recorded.Contains(meeting.Id) || mark == AttendanceMark.InAttendance || (!seated && mark is not (AttendanceMark.Reserve or AttendanceMark.Substitute)))
            {
                continue;
            }
            // A seated member with no line in the record was neither present nor sent apologies: absent.
            rows.Add((meeting, year, mark ?? AttendanceMark.Absent));
        }
        return [.. rows
            .GroupBy(r => (r.Meeting.CommitteeId, r.Year.Id))
            .Select(g => new AttendanceSummary(
                personId,
                g.Key.CommitteeId,
                g.First().Meeting.Committee!.Name,
                g.First().Year.Name,
                g.Count(),
                g.Count(r => r.Mark == AttendanceMark.Present),
                g.Count(r => r.Mark is AttendanceMark.Reserve or AttendanceMark.Substitute),
                g.Count(r => r.Mark == AttendanceMark.Apologies),
                g.Count(r => r.Mark == AttendanceMark.Absent)))
            .OrderByDescending(s => s.MunicipalYear, StringComparer.Ordinal)
            .ThenBy(s => s.Committee, StringComparer.Ordinal)];
    }
}
