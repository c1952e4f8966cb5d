using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Validation;

/// <summary>
/// Stage 6, validate: flags, and never fixes, what does not add up. Minutes cited for a date after the meeting
/// or not matching the minutes printed; minute numbers that do not continue; the Data Protection notice citing
/// the wrong item; report dates that are not the meeting's; report items with no report; spelling variants of a
/// member's name; a contact whose name and e-mail disagree; reserve categories that differ from the printed list;
/// a pack with no front sheet or agenda at all.
/// </summary>
public static partial class PackValidator
{
    /// <summary>The warning code for a file in which no part of a pack was recognised.</summary>
    public const string NotAPack = "not-a-pack";

    public static void Validate(ExtractedPack pack, AgendaFacts facts, ExtractionContext context)
    {
        var meetingDate = pack.Meeting?.Date;
        if (pack.Agenda.Count == 0 && pack.Reports.Count == 0 && pack.Minutes.Count == 0 && pack.Members.Count == 0 && pack.Meeting?.Date is null)
        {
            // A first line read as a title is not enough: a pack gives at least a meeting date, people, items or a report.
            context.Warn(NotAPack, "no front sheet, agenda, minutes or report cover was recognised; is this an English council agenda pack?", null, null);
            return;
        }
        if (pack.Agenda.Count == 0)
        {
            context.Warn("no-agenda", "no \"AGENDA - PART I\" or \"AGENDA - PUBLIC\" section was found", null, null);
        }
        else if (meetingDate is null)
        {
            context.Warn("no-meeting-date", "the front sheet gives no meeting date that could be read", null, null);
        }
        CheckMinutesCited(pack, facts, context);
        CheckMinuteNumbering(pack, context);
        CheckNotice(pack, facts, context);
        CheckReports(pack, meetingDate, context);
        CheckNames(pack, context);
        CheckReserves(pack, context);
    }

    private static void CheckMinutesCited(ExtractedPack pack, AgendaFacts facts, ExtractionContext context)
    {
        var minutesItem = pack.Agenda.FirstOrDefault(a => AgendaParser.IsMinutesItem(a.Title));
        if (minutesItem is { ToFollow: true } && pack.Minutes.Count > 0)
        {
            context.Warn("minutes-to-follow", "the agenda says the minutes are to follow, yet minutes are printed", minutesItem.Line, null);
        }
        if (minutesItem is { ToFollow: false, Pages: not null } && pack.Minutes.Count == 0)
        {
            context.Warn("minutes-missing", $"agenda item {minutesItem.Number} gives pages for the minutes, but no minutes were found", minutesItem.Line, null);
        }
        if (facts.MinutesText is null)
        {
            return;
        }
        var cited = CitedDates(facts.MinutesText);
        foreach (var date in cited)
        {
            if (pack.Meeting?.Date is { } meeting && date > meeting)
            {
                context.Warn("minutes-date-after-meeting", $"the agenda cites minutes of {date:d MMMM yyyy}, after the meeting itself ({meeting:d MMMM yyyy})", facts.MinutesTextLine, null);
            }
        }
        foreach (var set in pack.Minutes.Where(s => s.Date is not null))
        {
            if (cited.Count > 0 && !cited.Any(c => c.Month == set.Date!.Value.Month && c.Day == set.Date.Value.Day))
            {
                context.Warn("minutes-date-mismatch", $"minutes printed for {set.Date:d MMMM yyyy} are not among those the agenda cites ({facts.MinutesText})", set.Line, null);
            }
            else if (cited.Count > 0 && !cited.Contains(set.Date!.Value))
            {
                context.Warn("minutes-date-mismatch", $"the agenda cites minutes for {string.Join(", ", cited.Select(c => c.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)))}, the minutes are dated {set.Date:d MMMM yyyy}", facts.MinutesTextLine, null);
            }
        }
    }

    /// <summary>Dates in "held on 27 June and 17 July 2017": a day and month without a year take the next year given.</summary>
    internal static List<LocalDate> CitedDates(string text)
    {
        var dates = new List<LocalDate>();
        var pending = new List<(int Day, int Month)>();
        foreach (Match m in DayMonthYear().Matches(text))
        {
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var month = MonthNumber(m.Groups["month"].Value);
            if (month is null)
            {
                continue;
            }
            pending.Add((day, month.Value));
            if (m.Groups["year"].Success)
            {
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                foreach (var (d, mo) in pending)
                {
                    if (d <= CalendarSystem.Iso.GetDaysInMonth(year, mo))
                    {
                        dates.Add(new LocalDate(year, mo, d));
                    }
                }
                pending.Clear();
            }
        }
        return dates;
    }

    private static void CheckMinuteNumbering(ExtractedPack pack, ExtractionContext context)
    {
        MinuteSet? previous = null;
        foreach (var set in pack.Minutes.Where(s => s.Items.Count > 0).OrderBy(s => s.Date ?? LocalDate.MinIsoValue))
        {
            if (previous is not null && string.Equals(previous.Committee, set.Committee, StringComparison.OrdinalIgnoreCase)
                && set.Items[0].Number != previous.Items[^1].Number + 1)
            {
                context.Warn("minute-numbering", $"minute numbers jump from {previous.Items[^1].Number} to {set.Items[0].Number} between meetings of {set.Committee}", set.Items[0].Line, null);
            }
            previous = set;
        }
    }

    private static void CheckNotice(ExtractedPack pack, AgendaFacts facts, ExtractionContext context)
    {
        if (facts.RecordedItem is null || facts.RecordedItemTitle is null)
        {
            return;
        }
        var named = pack.Agenda.FirstOrDefault(a => a.Title.Contains(facts.RecordedItemTitle, StringComparison.OrdinalIgnoreCase));
        if (named is not null && named.Number != facts.RecordedItem)
        {
            context.Warn("notice-item-mismatch", $"the Data Protection notice says item {facts.RecordedItem} is {facts.RecordedItemTitle}, but that is item {named.Number}", facts.RecordedItemLine, null);
        }
    }

    private static void CheckReports(ExtractedPack pack, LocalDate? meetingDate, ExtractionContext context)
    {
        foreach (var report in pack.Reports)
        {
            if (meetingDate is not null && report.MeetingDate is { } date && date != meetingDate)
            {
                context.Warn("report-date-mismatch", $"report '{report.Subject}' is for a meeting on {date:d MMMM yyyy}, the pack's meeting is {meetingDate:d MMMM yyyy}", report.Line, null);
            }
            if (pack.Meeting?.Committee is { } committee && report.ReportFor is { } reportFor
                && !reportFor.Contains(committee, StringComparison.OrdinalIgnoreCase) && !committee.Contains(reportFor, StringComparison.OrdinalIgnoreCase))
            {
                context.Warn("report-body-differs", $"report '{report.Subject}' is addressed to '{reportFor}', the pack is for '{committee}'", report.Line, null);
            }
            foreach (var clearance in report.Clearance ?? [])
            {
                if (meetingDate is not null && clearance.Date > meetingDate)
                {
                    context.Warn("clearance-after-meeting", $"{clearance.Name} cleared report '{report.Subject}' on {clearance.Date:d MMMM yyyy}, after the meeting", report.Line, null);
                }
            }
        }
        foreach (var item in pack.Agenda.Where(a => a.Pages is not null && !a.ToFollow && !AgendaParser.IsMinutesItem(a.Title)))
        {
            if (!pack.Reports.Any(r => r.AgendaItem == item.Number))
            {
                context.Warn("item-without-report", $"agenda item {item.Number} '{item.Title}' has pages but no report cover was found for it", item.Line, null);
            }
        }
    }

    private static void CheckNames(ExtractedPack pack, ExtractionContext context)
    {
        var members = pack.Members.Where(m => m.Name is not null).Select(m => m.Name!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var printed = new List<(string Name, int Line)>();
        foreach (var report in pack.Reports)
        {
            foreach (var lead in report.ScrutinyLeadMember ?? [])
            {
                printed.Add((PeopleNames.Parse(LeadName().Match(lead).Value).Name, report.Line));
            }
        }
        foreach (var set in pack.Minutes)
        {
            foreach (var name in set.Present.Concat(set.Absent).Concat(set.Apologies ?? []))
            {
                printed.Add((name, set.Line));
            }
        }
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, line) in printed)
        {
            foreach (var member in members)
            {
                var similarity = PeopleNames.Similarity(name, member);
                if (similarity is >= 0.8 and < 1.0 && reported.Add(name + "|" + member))
                {
                    context.Warn("name-variant", $"'{name}' looks like a spelling variant of member '{member}'", line, null);
                }
            }
        }
        if (pack.Contact is { Name: { } contactName, Email: { } email })
        {
            var first = contactName.Split(' ')[0].ToLowerInvariant();
            var local = email.Split('@')[0].Split('.')[0].ToLowerInvariant();
            if (first.Length > 1 && local.Length > 1 && first != local && local.StartsWith(first[..1], StringComparison.Ordinal) && local.Length > 2)
            {
                context.Warn("contact-name-variant", $"contact '{contactName}' has the e-mail address '{email}'", pack.Contact.Line, null);
            }
        }
    }

    private static void CheckReserves(ExtractedPack pack, ExtractionContext context)
    {
        foreach (var set in pack.Minutes)
        {
            foreach (var reserve in set.ReserveAttendance)
            {
                var listed = pack.Members.FirstOrDefault(m => m.Role == MemberRoles.Reserve && string.Equals(m.Name, reserve.ReserveMember, StringComparison.OrdinalIgnoreCase));
                if (listed?.Order is { } order && reserve.ReserveCategory is { } category && category != order.ToString(CultureInfo.InvariantCulture))
                {
                    context.Warn("reserve-category", $"reserve {reserve.ReserveMember} attended as category ({category}) but is number {order} on the front sheet's reserve list", set.Line, null);
                }
            }
        }
    }

    private static int? MonthNumber(string name)
    {
        var months = new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
        var index = Array.IndexOf(months, name[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?:,?\s+(?<year>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:(?:Cllr|Councillor)\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LeadName();
}
