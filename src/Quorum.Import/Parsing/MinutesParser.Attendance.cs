using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Parsing;

/// <summary>Attendance: the marked table (* present, † apologies, (n) reserve category), prose and labelled lists, and
/// the reserve substitutions table.</summary>
public static partial class MinutesParser
{
    private sealed record Attendee(string Name, char Mark, string? Category, int Line, int RowRun);

    private static int ReadAttendance(IReadOnlyList<CleanLine> lines, int i, MinuteSet set, ExtractionContext context, out int? numberedFrom,
        bool labelledMinutes = false)
    {
        numberedFrom = null;
        var attendees = new List<Attendee>();
        var inAttendance = new List<string>();
        var hasAttendanceRow = false;
        var legend = new HashSet<char>();
        string? labelPrefix = null;
        var rowIsAttendance = false;
        var rowLabel = "";
        var run = 0;
        var apologiesProse = false;
        List<string>? apologies = null;
        AttendanceList? proseList = null;
        var bareLabel = false;
        var alsoLabel = false;
        // Two lists side by side under a header of two labels ("Present:   …   Members of the Public:"): where the
        // second column starts, and which lists the columns are.
        int? columnAt = null;
        var leftList = AttendanceList.Present;
        var rightList = AttendanceList.InAttendance;
        // Where the attendance is split by sitting ("Site Inspection Meeting on 9 September:"), where each sitting's names start.
        var sittings = new List<(LocalDate Date, bool Present, int From)>();

        void AddListed(AttendanceList list, string names)
        {
            foreach (var (name, role) in AttendanceProse.Listed(names))
            {
                switch (list)
                {
                    case AttendanceList.Present or AttendanceList.InAttendance when AttendanceProse.IsOfficerRole(role):
                        // "Present: … Mr W Haddon (Parish Clerk)": the clerk serves the meeting and is not a member.
                        inAttendance.Add(name);
                        hasAttendanceRow = true;
                        break;
                    case AttendanceList.Present:
                    case AttendanceList.InAttendance when !alsoLabel && CouncillorsListed().IsMatch(names):
                        // "In Attendance: Councillors S Hughes (SH) Chair, P March …": the members who attended.
                        set.Present.Add(name);
                        break;
                    case AttendanceList.Apologies:
                        (apologies ??= []).Add(name);
                        break;
                    case AttendanceList.Absent:
                        set.Absent.Add(name);
                        break;
                    default:
                        inAttendance.Add(name);
                        hasAttendanceRow = true;
                        break;
                }
            }
            if (list == AttendanceList.Apologies)
            {
                apologies ??= [];
            }
        }

        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsEmpty)
            {
                continue;
            }
            var raw = line.Text;
            var text = raw.Trim();
            if (text.StartsWith("- ", StringComparison.Ordinal))
            {
                text = text[2..].Trim();
            }
            if (ItemNumbering.MarkerBelow(lines, i + 1) is not null || (labelledMinutes && LabelledMinute(text) is not null))
            {
                // "Apologies and Substitutes" over "(Item 1)", or "Minutes of the last meeting:" in minutes whose subjects
                // are labels: the first minute's title ends the attendance.
                break;
            }
            if (!text.Contains('\t') && (MinuteHeading().IsMatch(text) || YearMinuteHeading().IsMatch(text) || (ItemNumbering.Read(text) is { } numbered && (ItemNumbering.IsStandingTitle(numbered.Title)
                || (AttendanceProse.ReadLabel(numbered.Title, out var tail) == AttendanceList.Present && tail.Length == 0)))))
            {
                // "1. MEMBERS PRESENT" (or "1   Present") opens attendance printed as numbered minutes; its "2. APOLOGIES
                // FOR ABSENCE" and "3. NON-ATTENDANCE" go on with it. Any other numbered heading ends attendance.
                if (ItemNumbering.Read(text) is not { } heading || AttendanceProse.ReadLabel(heading.Title.TrimEnd(':', '.'), out var after) is not { } kind
                    || after.Trim().Length > 0 || (numberedFrom is null && (kind != AttendanceList.Present || set.Present.Count > 0 || attendees.Count > 0)))
                {
                    break;
                }
                numberedFrom ??= i;
                text = heading.Title.TrimEnd(':', '.');
                proseList = null;
            }
            if (set.Start is null && set.Date is { } date && MinutesOfMeeting().Match(text) is { Success: true } again
                && PackDates.FindDate(again.Groups["date"].Value) == date)
            {
                // The page's title, then the minutes' own heading with the time: "Minutes of the Statutory Annual Meeting
                // of Melton Parish Council held via Zoom on Wednesday 5 May 2021 commencing at 19:00."
                ReadTimes(again.Groups["date"].Value, set);
                continue;
            }
            if (text.Contains("Denote", StringComparison.OrdinalIgnoreCase))
            {
                if (text.Contains("present", StringComparison.OrdinalIgnoreCase))
                {
                    legend.Add('*');
                }
                if (text.Contains("apolog", StringComparison.OrdinalIgnoreCase))
                {
                    legend.Add('†');
                }
                if (text.Contains("reserve", StringComparison.OrdinalIgnoreCase) || text.Contains("substitut", StringComparison.OrdinalIgnoreCase))
                {
                    legend.Add('(');
                }
                continue;
            }
            if (columnAt is null && SideBySideLabels().Match(raw) is { Success: true } pair
                && AttendanceProse.ReadLabel(pair.Groups["left"].Value.Trim(), out var leftRest) is { } leftKind && leftRest.Trim().Length == 0
                && (AttendanceProse.ReadLabel(pair.Groups["right"].Value.Trim(), out var rightRest) is { } rightKind && rightRest.Trim().Length == 0
                    ? rightKind : PublicLabel().IsMatch(pair.Groups["right"].Value) ? AttendanceList.InAttendance : (AttendanceList?)null) is { } rightKindOrPublic)
            {
                columnAt = pair.Groups["right"].Index;
                leftList = leftKind;
                rightList = rightKindOrPublic;
                continue;
            }
            if (columnAt is { } column && numberedFrom is null && ItemNumbering.Read(raw.Trim()) is null)
            {
                // A row of the two columns: each side is a name of its own list ("Kate Green (KG)   Cllr Gareth Epps"),
                // set apart by a wide gap (whose width a PDF reader may not keep); a row with one side only is the
                // right column's when it starts as far in as that column's label.
                var indent = raw.Length - raw.TrimStart().Length;
                var gap = ColumnGap().Match(raw.Trim());
                var sides = gap.Success
                    ? new[] { (leftList, raw.Trim()[..gap.Index]), (rightList, raw.Trim()[(gap.Index + gap.Length)..]) }
                    : indent >= column ? [(rightList, raw)] : [(leftList, raw)];
                foreach (var (sideList, side) in sides)
                {
                    var name = ColumnNameTail().Replace(side.Trim(), "");
                    if (name.Length > 0)
                    {
                        // Those beside the members in their own column attend without being members, "Cllr" or not.
                        alsoLabel = sideList != leftList;
                        AddListed(sideList, name);
                        alsoLabel = false;
                    }
                }
                continue;
            }
            columnAt = null;
            if (ApologiesProse().Match(text) is { Success: true } prose)
            {
                apologies ??= [];
                apologiesProse = true;
                proseList = null;
                var named = prose.Groups["names"].Value.TrimEnd('.', ' ').TrimStart(';', ':', '-', '–', ' ');
                if (ForAbsence().IsMatch(named))
                {
                    // "APOLOGIES FOR ABSENCE" as a heading: the names follow on the next lines.
                    continue;
                }
                if (named.Length > 0 && !prose.Groups["names"].Value.TrimEnd().EndsWith('.') && i + 1 < lines.Count && !lines[i + 1].IsEmpty
                    && lines[i + 1].Text.Trim() is { Length: <= 40 } wrapped && ItemNumbering.Read(wrapped) is null && AttendanceProse.ReadLabel(wrapped, out _) is null
                    && !wrapped.EndsWith(':'))
                {
                    // "… and the Clerk, Cathy" over "Fleet": the sentence wrapped by the page width ("Minutes of the last
                    // meeting:" below is the next heading, not the end of a name).
                    named = (named + " " + wrapped).TrimEnd('.', ' ');
                    i++;
                }
                // "Cllr David Rogers and the Clerk, Cathy Fleet": the clerk's office before the name names nobody.
                named = OfficeBeforeName().Replace(named, "");
                if (SentenceEndingInNames().Match(named) is { Success: true } sentence)
                {
                    // "Apologies; Internet failure prevented the participation of D. Edwardson": a sentence whose
                    // last words name who was missing.
                    named = sentence.Groups["names"].Value;
                }
                if (AttendanceProse.IsTitledRun(named) || AttendanceProse.IsUntitledRun(named))
                {
                    // "Cllr J Collier Cllr Mrs B Morgans Rev Fr N Cale, Mayor's Chaplain": titled names run together.
                    apologies.AddRange(AttendanceProse.Names(named));
                    continue;
                }
                foreach (var name in PeopleNames.SplitRun(named, context.KnownNames))
                {
                    apologies.Add(PeopleNames.Parse(name).Name);
                }
                continue;
            }
            if (proseList is null && attendees.Count == 0 && run == 0 && set.Present.Count == 0 && AttendanceProse.IsInitialledList(text))
            {
                // "Penny Brandram-Jones (PBJ), Julie Brandram Jones (JBJ), …" under the heading with its label lost: the
                // initials the minutes will refer to people by are given to those present.
                proseList = AttendanceList.Present;
                AddListed(AttendanceList.Present, text);
                continue;
            }
            if (proseList is AttendanceList.Present && MembersSubLabel().Match(text) is { Success: true } members)
            {
                // "Present  The Mayor, Cllr. D. Hobson (in the chair)." then "Councillors: Mrs. E. Ballard (EB), …": the
                // members present, under a second label.
                AddListed(AttendanceList.Present, members.Groups["rest"].Value);
                continue;
            }
            if (AlsoPresent().Match(text) is { Success: true } also)
            {
                // "The Town Clerk, Mrs. L.M. Phillips, … and a member of the public were also present.", "Mr D Thomas, PCC
                // Link Officer, was in attendance.": a sentence naming those in attendance.
                AddListed(AttendanceList.InAttendance, also.Groups["names"].Value);
                proseList = null;
                continue;
            }
            if (proseList is not null && LateOrEarly().IsMatch(text))
            {
                // "NB: Cllr. Mrs JMS joined the meeting at approximately 7:45pm.": a note about the list, not more names.
                continue;
            }
            if (!raw.Contains('\t') && attendees.Count == 0 && run == 0 && AttendanceProse.ReadLabel(text, out var listed) is { } list && (list != AttendanceList.Apologies || !apologiesProse))
            {
                listed = WrappedList(lines, ref i, listed);
                proseList = list;
                bareLabel = listed.Trim().Length == 0;
                // "Also present: Councillors …" are councillors who are not members; "In Attendance: Councillors …" are.
                alsoLabel = text.StartsWith("Also", StringComparison.OrdinalIgnoreCase);
                AddListed(list, listed);
                continue;
            }
            if (proseList is { } open && !text.Contains('\t') && RowLabel().Match(text) is not { Success: true })
            {
                if (AgendaOrPartHeading().IsMatch(text))
                {
                    // "AGENDA PART 1" over the minutes ends the list above it.
                    proseList = null;
                    continue;
                }
                if (text.EndsWith(':') && text.Length <= 80 && SittingDate(text, set.Date) is { } sittingDate)
                {
                    sittings.Add(open == AttendanceList.Present ? (sittingDate, true, set.Present.Count) : (sittingDate, false, inAttendance.Count));
                    continue;
                }
                if (text.EndsWith(':') && text.Length <= 80 && !text.Contains(','))
                {
                    // A sub-heading inside the list, not a name.
                    continue;
                }
                if (NameThenPost().Match(text) is { Success: true } officer)
                {
                    // "Mr D Mudie, Team Leader, Development Management": one officer a line, the post after the name.
                    AddListed(open, officer.Groups["name"].Value);
                    continue;
                }
                // A list carried on below its label, one name (or several) a line; a capitals sub-heading
                // ("BAILIES", "COUNCILLORS") is skipped, and a sentence ends the list.
                if (text.Length > 3 && !text.Contains(' ') && text.All(c => !char.IsLower(c)))
                {
                    continue;
                }
                if ((text.StartsWith('(') && text.EndsWith(')')) || InTheChair().IsMatch(text))
                {
                    // "Lord Provost Ian BORTHWICK, Convener, in the Chair.": who chaired, already listed above.
                    // "(JC, CF, JA respectively hereafter.)": an aside about the names above, not more names.
                    continue;
                }
                var paragraphList = (bareLabel && (text.Count(c => c is ';') >= 2 || CouncillorsListed().IsMatch(text))) || TitledInList().Count(text) >= 3;
                bareLabel = false;
                if (!paragraphList && (text.Length > 160 || (text.EndsWith('.') && text.Split(' ').Length > 12)))
                {
                    // A sentence ends the list; but "In Attendance" over one paragraph of "S MacDougall, Director of
                    // …; A Russell, …" is the list itself, however long.

                    proseList = null;
                    continue;
                }
                // "Councillors, Mr Tim Owen (Chair), …": the word before the comma heads the list and names nobody.
                text = ListHead().Replace(text, "");
                if (open == AttendanceList.Present && AlsoLabel().Split(text) is { Length: 2 } withAlso)
                {
                    // "Councillors, Mr Tim Owen (Chair), … & Mr J Alun Foulkes (Clerk). Also: County Councilor Mr Arfon
                    // Wyn": those after "Also:" attended but are not members.
                    AddListed(open, withAlso[0].Trim().TrimEnd('.'));
                    alsoLabel = true;
                    AddListed(AttendanceList.InAttendance, withAlso[1].Trim().TrimEnd('.'));
                    alsoLabel = false;
                    continue;
                }
                AddListed(open, text);
                continue;
            }
            if (apologiesProse && text.EndsWith('.') && text.Split(' ').Count(w => w.Length > 0 && char.IsLower(w[0])) >= 8)
            {
                // "Prior to the meeting, Space to Create gave an overview …": a sentence (mostly words in lower case, where a
                // list of names with reasons has few) ends the apologies.
                apologiesProse = false;
                continue;
            }
            if (apologiesProse && ApologiesContinued().Match(text) is { Success: true } from)
            {
                // "Apologies" as a minute's title, its sentence going on below: "were received from: Councillors Mr
                // Gareth Evans & Mr Les Thomas. Also: County Councilor Mr John Ifan Jones".
                foreach (var part in AlsoLabel().Split(from.Groups["names"].Value))
                {
                    AddListed(AttendanceList.Apologies, part.Trim().TrimEnd('.'));
                }
                continue;
            }
            if (apologiesProse && !text.Contains(':'))
            {
                // "Mr G. Kingdom (Work commitments), Mrs A. Clements (Couldn't attend)": reasons in brackets are not names.
                // "Dr Penny Blackwell PB Governing Body GP": name, initials, post, as the present list prints them.
                foreach (var name in text.Contains('(') || AttendanceProse.HasInitialsThenRole(text) ? AttendanceProse.Names(text) : SplitCell(text, context))
                {
                    apologies!.Add(PeopleNames.Parse(name).Name);
                }
                continue;
            }

            if (set.Present.Count == 0 && attendees.Count == 0 && proseList is null && !raw.Contains('\t') && text.Contains(',') && CouncillorsListed().IsMatch(text))
            {
                // "Cllrs M Cain, Mrs L Williams, … and Mrs K Hughes (Clerk to Council)" with its "Present" label lost: the
                // members present, read as a list so that the clerk on it is in attendance.
                AddListed(AttendanceList.Present, text);
                continue;
            }

            string content;
            var labelledHere = false;
            if (raw.StartsWith('\t'))
            {
                // A continuation row of the table ("\tPeter Tolley\tDivisional Director").
                content = raw.TrimStart('\t');
            }
            else if (RowLabel().Match(text) is { Success: true } label)
            {
                var full = ((labelPrefix ?? "") + " " + label.Groups["label"].Value).Trim();
                labelPrefix = null;
                rowIsAttendance = full.Contains("attendance", StringComparison.OrdinalIgnoreCase);
                rowLabel = full;
                hasAttendanceRow |= rowIsAttendance;
                content = label.Groups["rest"].Value;
                labelledHere = true;
            }
            else if (LabelFragment(text) is { } fragment)
            {
                // "Voting\t(Voluntary Aided)\t(Parent Governors)": half of a label split across two rows.
                labelPrefix = fragment;
                continue;
            }
            else if (run > 0)
            {
                // A further row of the last table row, whose leading tab was lost (PDF text).
                content = text;
            }
            else
            {
                continue;
            }

            run++;
            if (rowIsAttendance && labelledHere && !raw.Contains('\t') && content.Contains(',') && !content.TrimStart().StartsWith('('))
            {
                // "IN ATTENDANCE: County Cllr David Harlow, Tracy Knights (Lengthsman …), and 8 other residents": a labelled
                // line, not a table row; read as a list, a post in brackets is not part of the name and a count names nobody.
                // "In attendance: (Officers) Paul Hewitt …" is a table row whose tabs a PDF lost: its bracket is a column label,
                // and the rows under it ("Peter Tolley Divisional Director, Children …") are name-and-post rows, not lists.
                AddListed(AttendanceList.InAttendance, content);
                continue;
            }
            if (rowIsAttendance)
            {
                foreach (var cell in content.Split('\t'))
                {
                    var value = StripColumnLabels(cell.Trim());
                    if (value.Length == 0 || IsRoleCell(value))
                    {
                        continue;
                    }
                    foreach (var name in SplitCell(value, context))
                    {
                        inAttendance.Add(PeopleNames.Parse(name).Name);
                    }
                }
                continue;
            }
            var before = attendees.Count;
            ReadMarkedCells(content, line.Number, run, attendees, context);
            if (rowLabel.Contains("non-voting", StringComparison.OrdinalIgnoreCase) && rowLabel.Contains("co-opt", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var a in attendees.Skip(before))
                {
                    context.NonVotingCoOptees.Add(a.Name);
                }
            }
        }

        var anyMark = attendees.Any(a => a.Mark != ' ');
        set.MarkedTable = anyMark || legend.Count > 0;
        foreach (var a in attendees)
        {
            switch (a.Mark)
            {
                case '*':
                    set.Present.Add(a.Name);
                    break;
                case '†':
                    (set.Apologies ??= []).Add(a.Name);
                    break;
                default:
                    if (anyMark)
                    {
                        set.Absent.Add(a.Name);
                    }
                    else
                    {
                        set.Present.Add(a.Name);
                    }
                    break;
            }
        }
        if (apologies is not null)
        {
            (set.Apologies ??= []).AddRange(apologies);
        }
        if (legend.Contains('†'))
        {
            set.Apologies ??= [];
        }
        if (hasAttendanceRow)
        {
            set.InAttendance = inAttendance;
        }
        SplitSittings(set, sittings);
        foreach (var a in attendees.Where(a => a.Category is not null))
        {
            context.ReserveCategories[a.Name] = a.Category!;
        }

        // Several unmarked members in a row where others are marked may be marks lost in conversion.
        if (anyMark && legend.Contains('*'))
        {
            foreach (var row in attendees.GroupBy(a => a.RowRun))
            {
                var unmarked = row.TakeWhile(a => a.Mark == ' ').ToList();
                if (unmarked.Count >= 3 && row.Any(a => a.Mark != ' '))
                {
                    context.Warn("ambiguous-attendance",
                        $"{string.Join(", ", unmarked.Select(a => a.Name))} carry no present or apologies mark while the rest of the row is marked; recorded as absent per the legend, but the marks may have been lost in conversion",
                        unmarked[0].Line, null);
                }
            }
        }
        return i;
    }

    /// <summary>Gives each sitting its own attendance: the set keeps the sitting on its own date (or the last one), the
    /// others become <see cref="MinuteSet.OtherSittings"/>. A sitting's names run from its sub-heading to the next one
    /// in the same list.</summary>
    private static void SplitSittings(MinuteSet set, List<(LocalDate Date, bool Present, int From)> sittings)
    {
        if (sittings.Select(s => s.Date).Distinct().Count() < 2)
        {
            return;
        }
        var byDate = new Dictionary<LocalDate, MinuteSet>();
        foreach (var inPresent in new[] { true, false })
        {
            var names = inPresent ? set.Present.ToList() : set.InAttendance ?? [];
            var marks = sittings.Where(s => s.Present == inPresent).ToList();
            for (var k = 0; k < marks.Count; k++)
            {
                var (date, _, from) = marks[k];
                var to = k + 1 < marks.Count ? marks[k + 1].From : names.Count;
                if (!byDate.TryGetValue(date, out var sitting))
                {
                    sitting = byDate[date] = new MinuteSet { Committee = set.Committee, Date = date, Line = set.Line, Start = set.Start };
                }
                var part = names.Skip(from).Take(Math.Max(0, to - from));
                if (inPresent)
                {
                    sitting.Present.AddRange(part);
                }
                else
                {
                    (sitting.InAttendance ??= []).AddRange(part);
                }
            }
        }
        var own = set.Date is { } d && byDate.ContainsKey(d) ? d : byDate.Keys.Max();
        set.Present.Clear();
        set.Present.AddRange(byDate[own].Present);
        set.InAttendance = byDate[own].InAttendance ?? set.InAttendance;
        set.OtherSittings.AddRange(byDate.Where(kv => kv.Key != own).OrderBy(kv => kv.Key).Select(kv => kv.Value));
    }

    /// <summary>"Site Inspection Meeting on 9 September:": the day and month of a sitting, in the minute's year.</summary>
    private static LocalDate? SittingDate(string text, LocalDate? year)
    {
        if (year is null || DayAndMonth().Match(text) is not { Success: true } m)
        {
            return null;
        }
        var month = Array.FindIndex(MonthNames, n => m.Groups["month"].Value.StartsWith(n, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month > 0 && day <= System.Globalization.CultureInfo.InvariantCulture.Calendar.GetDaysInMonth(year.Value.Year, month)
            ? new LocalDate(year.Value.Year, month, day) : null;
    }

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    [GeneratedRegex(@"\b(?:on|of)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DayAndMonth();

    // "Mr D Mudie, Team Leader, Development Management": a titled name, then the post (no further titled names).
    [GeneratedRegex(@"^(?<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?!.*\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z])[A-Z].{2,120}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NameThenPost();

    // A titled name in a list: "Mrs I Campbell, Mr D Bremner (…), Mr G Farlow".
    [GeneratedRegex(@"(?:^|,\s*|\band\s+)(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TitledInList();

    [GeneratedRegex(@"^(?:AGENDA|Agenda)(?:\s+PART\s+\w+)?$|^PART\s+(?:I|II|1|2|ONE|TWO|A|B)\b|^(?:UNRESTRICTED|RESTRICTED|EXEMPT)\s+ITEMS$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaOrPartHeading();

    private static void ReadMarkedCells(string content, int line, int run, List<Attendee> attendees, ExtractionContext context)
    {
        foreach (var rawCell in content.Split('\t'))
        {
            var cell = StripColumnLabels(rawCell.Trim());
            if (cell.Length == 0 || AttendanceProse.SaysNone(cell))
            {
                continue;
            }
            if (cell.Equals("Representative", StringComparison.OrdinalIgnoreCase) && attendees.Count > 0)
            {
                attendees[^1] = attendees[^1] with { Name = attendees[^1].Name + " Representative" };
                continue;
            }
            if (IsRoleCell(cell))
            {
                continue;
            }
            var mark = ' ';
            foreach (var piece in MarkSplit().Split(cell))
            {
                var value = piece.Trim();
                if (value.Length == 0)
                {
                    continue;
                }
                if (value is "*" or "†" or "‡")
                {
                    mark = value[0] == '‡' ? '†' : value[0];
                    continue;
                }
                value = StripColumnLabels(value);
                if (value.Length == 0 || AttendanceProse.SaysNone(value))
                {
                    continue;
                }
                var first = true;
                foreach (var name in SplitCell(value, context))
                {
                    var person = PeopleNames.Parse(name);
                    var category = person.Suffix is { } suffix && suffix.All(char.IsDigit) ? suffix : null;
                    var display = person.Name;
                    if (person.Suffix is { } other && category is null)
                    {
                        display = person.Name + " " + other;
                    }
                    attendees.Add(new Attendee(display, first ? mark : ' ', category, line, run));
                    first = false;
                }
                mark = ' ';
            }
        }
    }

    private static string? LabelFragment(string text)
    {
        if (text.Contains('*') || text.Contains('†'))
        {
            return null;
        }
        var first = text.Split('\t')[0].Trim();
        if (text.Contains('\t') && first.Length is > 0 and < 25 && !first.Contains(' '))
        {
            return first;
        }
        // Without tabs: "Voting (Voluntary Aided) (Parent Governors)".
        var outside = ColumnLabelAnywhere().Replace(text, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return text.Contains('(') && outside.Length == 1 ? outside[0] : null;
    }

    private static List<string> SplitCell(string value, ExtractionContext context)
    {
        // "Harrow Youth Parliament Representative" is one seat; "Peter Tolley Divisional Director, …" is a name and a role.
        if (PeopleNames.IsOrganisation(value) && !value.Contains(','))
        {
            return [value];
        }
        return PeopleNames.SplitRun(value, context.KnownNames);
    }

    private static int ReadSubstitutions(IReadOnlyList<CleanLine> lines, int i, MinuteSet set, ExtractionContext context)
    {
        var header = lines[i].Text;
        if (header.Contains('\t') || header.Contains("Reserve", StringComparison.OrdinalIgnoreCase))
        {
            // Side by side: "Ordinary Member\tReserve Member" then one row per substitution.
            var j = i + 1;
            for (; j < lines.Count; j++)
            {
                if (lines[j].IsEmpty)
                {
                    break;
                }
                var cells = lines[j].Text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                string[] pair = cells.Length >= 2 ? [cells[0], cells[1]] : PairFromRun(lines[j].Text, context);
                if (pair.Length == 2)
                {
                    AddSubstitution(set, pair[0], pair[1], context);
                }
            }
            return j - 1;
        }
        // Stacked: "Ordinary Member" / names / "Reserve Member" / names.
        var ordinary = new List<string>();
        var reserves = new List<string>();
        var target = ordinary;
        var k = i + 1;
        for (; k < lines.Count; k++)
        {
            if (lines[k].IsEmpty)
            {
                continue;
            }
            var t = lines[k].Text.Trim();
            if (t.StartsWith("Reserve Member", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Substitute", StringComparison.OrdinalIgnoreCase))
            {
                target = reserves;
                continue;
            }
            if (MinuteHeading().IsMatch(t) || Decision().IsMatch(t) || t.Length > 80)
            {
                break;
            }
            target.Add(t);
        }
        for (var n = 0; n < Math.Min(ordinary.Count, reserves.Count); n++)
        {
            AddSubstitution(set, ordinary[n], reserves[n], context);
        }
        return k - 1;
    }

    private static string[] PairFromRun(string text, ExtractionContext context)
    {
        var names = PeopleNames.SplitRun(text, context.KnownNames);
        return names.Count == 2 ? [.. names] : [];
    }

    private static void AddSubstitution(MinuteSet set, string ordinary, string reserve, ExtractionContext context)
    {
        var reserveName = PeopleNames.Parse(reserve).Name;
        set.ReserveAttendance.Add(new ReserveAttendance
        {
            OrdinaryMember = PeopleNames.Parse(ordinary).Name,
            ReserveMember = reserveName,
            ReserveCategory = context.ReserveCategories.GetValueOrDefault(reserveName),
        });
    }

    private static bool IsRoleCell(string cell) => RoleCell().IsMatch(cell);

    private static string StripColumnLabels(string cell) => ColumnLabel().Replace(cell, "").Trim();

    [GeneratedRegex(@"^(?=(?:\S+\s+){4})[A-Z]\w*\s.*?\s(?:of|from|by)\s+(?<names>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.\s?)+\s?[A-Z][\w'’-]+(?:(?:,\s*|\s+and\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.\s?)+\s?[A-Z][\w'’-]+)*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SentenceEndingInNames();

    // "09/20 Approval of the accounts": a minute numbered within its year, which ends the attendance above it.
    [GeneratedRegex(@"^\d{1,4}/\d{2,4}(?:\s+[A-Z]|\s*$)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex YearMinuteHeading();

    [GeneratedRegex(@"^(?:Councillors|Cllrs\.?)\s", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CouncillorsListed();

    [GeneratedRegex(@"\b(?:in\s+the\s+Chair|presided)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InTheChair();

    [GeneratedRegex(@"^(?:Councillors|Cllrs\.?|Members)\s*:\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MembersSubLabel();

    [GeneratedRegex(@"^(?<names>[A-Z].{3,300}?)\s+(?:were|was)\s+(?:also\s+(?:present|in\s+attendance)|in\s+attendance)\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AlsoPresent();

    [GeneratedRegex(@"^(?:NB|N\.B\.|Note)\b|\b(?:joined|left|arrived\s+at|rejoined)\s+the\s+meeting\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LateOrEarly();

    [GeneratedRegex(@"^for\s+absence$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ForAbsence();

    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z -]{1,40}?)\s*:\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RowLabel();

    [GeneratedRegex(@"^(?:Apologies(?: for absence)?(?: from the meeting)? (?:were|was|had been|have been) received (?:from|on behalf of)|Apologies)\s*:?\s*(?<names>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ApologiesProse();

    [GeneratedRegex(@"([*†‡])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MarkSplit();

    // "(Voluntary Aided)", "(Councillors)", "(Officers)": column labels, not names; "(3)" is a reserve category and stays.
    [GeneratedRegex(@"^\((?!\d)[^()]{2,40}\)\s*", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ColumnLabel();

    [GeneratedRegex(@"\((?!\d)[^()]{2,40}\)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ColumnLabelAnywhere();

    [GeneratedRegex(@"^(?:Minute\s+\d|(?:Foster Carer|Corporate|Divisional|Head|Headteacher|Head Teacher|Assistant|Post|Consultant|Named|Director|Chief|Service|Senior|Officer|Manager|Representing|Portfolio|Leader)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RoleCell();

    // "were received from: …", the apologies sentence going on under its label.
    [GeneratedRegex(@"^(?:were|was)\s+(?:received\s+)?from\s*:?\s*(?<names>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ApologiesContinued();

    // ". Also: …" inside a list line: a second list of people who are not the members.
    [GeneratedRegex(@"(?<=\S)\.?\s+Also\s*:\s*", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AlsoLabel();

    // "Present:                 Members of the Public:": two labels apart on one line.
    [GeneratedRegex(@"^\s*(?<left>[A-Z][A-Za-z ]{2,30}:)\s{4,}(?<right>[A-Z][A-Za-z ]{2,40}:?)\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SideBySideLabels();

    [GeneratedRegex(@"\s{3,}", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^(?:Members of the Public|Public|Observers|Visitors)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PublicLabel();

    // "Nick Oakhill (NO) CHAIR": the initials a minute uses for the member, and the chair's mark, after the name.
    [GeneratedRegex(@"\s*\([A-Z]{1,4}\)(?:\s+(?:CHAIR|Chair|Chairman|VICE[- ]CHAIR|Vice[- ]Chair))?$|\s+(?:CHAIR|VICE[- ]CHAIR)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ColumnNameTail();

    [GeneratedRegex(@"\bthe\s+(?:Parish\s+|Town\s+|Deputy\s+)?Clerk,?\s+(?=[A-Z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficeBeforeName();

    [GeneratedRegex(@"^(?:Councillors|Members|Cllrs)\s*,\s*(?=\S)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ListHead();

    /// <summary>
    /// A labelled list the page width wrapped ("PRESENT: … Dan Bride, Tom" over "Byrne, Tony Doran, …"; "Mrs S Hammond"
    /// over "(Corporate Director …)"): the lines below it, with no blank line between, carry it on while it reads as a
    /// list (a comma, "and" or a bracket left open at the break, or a line of names) and has not ended with a full stop.
    /// </summary>
    private static string WrappedList(IReadOnlyList<CleanLine> lines, ref int i, string listed)
    {
        var text = listed.Trim();
        while (text.Length >= 40 && !text.EndsWith('.') && i + 1 < lines.Count && !lines[i + 1].IsEmpty && !lines[i + 1].Text.Contains('\t')
            && lines[i + 1].Text.Trim() is { } next && AttendanceProse.ReadLabel(next, out _) is null && ItemNumbering.Read(next) is null
            && ItemNumbering.MarkerBelow(lines, i + 2) is null && !AgendaOrPartHeading().IsMatch(next)
            && (text.EndsWith(',') || text.EndsWith(" and", StringComparison.Ordinal) || text.Count(c => c == '(') > text.Count(c => c == ')')
                || next.Contains(',') || next.Contains(" and ", StringComparison.Ordinal) || next.EndsWith('.') || next.EndsWith(')')))
        {
            text += " " + next;
            i++;
        }
        return text;
    }
}
