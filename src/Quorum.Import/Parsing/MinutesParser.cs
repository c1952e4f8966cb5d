using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Segmenting;

namespace Quorum.Import.Parsing;

/// <summary>
/// Stage 4c, a set of minutes: heading (body, "(SPECIAL)", date), the attendance table read with its own legend
/// (* present, † apologies, (n) reserve category, unmarked absent), "In attendance" rows, numbered minutes with
/// RESOLVED / AGREED / "Resolved to RECOMMEND" text split into parts, the reserve-substitution table, the start
/// and close times and the signature.
/// </summary>
public static partial class MinutesParser
{
    private sealed record Attendee(string Name, char Mark, string? Category, int Line, int RowRun);

    public static MinuteSet Parse(IReadOnlyList<CleanLine> lines, ExtractionContext context)
    {
        var set = new MinuteSet { Line = lines.Count > 0 ? lines[0].Number : 0 };
        var i = ReadHeading(lines, set, context);
        i = ReadAttendance(lines, i, set, context);
        ReadItems(lines, i, set, context);
        return set;
    }

    /// <summary>True when an agenda prints each item's outcome under it ("Minutes:" or "Decision:" labels).</summary>
    public static bool RecordsOutcomes(IReadOnlyList<CleanLine> lines) =>
        lines.Count(l => OutcomeLabel().IsMatch(l.Text.Trim())) >= 2 || lines.Count(l => BareMinuteNumber().IsMatch(l.Text.Trim())) >= 2;

    /// <summary>True when numbered items carry decisions ("RESOLVED: …") and nothing reads as an agenda's standing
    /// text ("To receive …", "To approve …").</summary>
    public static bool RecordsDecisionsOnly(IReadOnlyList<CleanLine> lines) =>
        lines.Count(l => Decision().IsMatch(l.Text.Trim())) >= 2 && !lines.Any(l => AgendaWording().IsMatch(l.Text.Trim()));

    /// <summary>The minutes of an "agenda and minutes" page: the meeting is the agenda's own, the items are its items.</summary>
    public static MinuteSet ParseUnderAgenda(IReadOnlyList<CleanLine> lines, MeetingDetails? meeting, ExtractionContext context)
    {
        var set = new MinuteSet { Line = lines.Count > 0 ? lines[0].Number : 0, Committee = meeting?.Committee, Date = meeting?.Date };
        ReadItems(lines, 0, set, context, underAgenda: true);
        return set;
    }

    private static int ReadHeading(IReadOnlyList<CleanLine> lines, MinuteSet set, ExtractionContext context)
    {
        var heading = new List<string>();
        string? body = null;
        var i = 0;
        var dated = false;
        for (; i < lines.Count && i < 16; i++)
        {
            if (lines[i].IsEmpty)
            {
                continue;
            }
            var text = lines[i].Text.Trim();
            if (dated || AttendanceProse.ReadLabel(text, out _) is not null || Segmenter.PresentCue().IsMatch(text)
                || (ItemNumbering.Read(text) is { } item && ItemNumbering.IsStandingTitle(item.Title)))
            {
                // After the date only a line of times ("10:00 to 11:30", "Held on … at 2pm") still belongs to the heading.
                if (dated && !Segmenter.PresentCue().IsMatch(text) && AttendanceProse.ReadLabel(text, out _) is null
                    && text.Length < 120 && (PackDates.FindTimes(text).Count > 0 || HeldOn().IsMatch(text)))
                {
                    ReadTimes(text, set);
                    if (body is null && BodyMeetingOn().Match(text) is { Success: true } named)
                    {
                        // "Parish Council meeting on Thursday 8th April 2021 at 8 p.m."
                        body = named.Groups["body"].Value;
                    }
                    continue;
                }
                break;
            }
            if (MinutesOfMeeting().Match(text) is { Success: true } of)
            {
                set.Date ??= PackDates.FindDate(of.Groups["date"].Value) ?? PackDates.FindDate(text);
                if (of.Groups["body"].Success)
                {
                    body ??= MeetingWords().Replace(of.Groups["body"].Value, "").Trim(' ', ',');
                }
                if (text.Contains("special", StringComparison.OrdinalIgnoreCase) || text.Contains("extraordinary", StringComparison.OrdinalIgnoreCase))
                {
                    set.MeetingType = "special";
                }
                ReadTimes(text[Math.Min(text.Length, of.Groups["date"].Index)..], set);
                dated = set.Date is not null;
                continue;
            }
            if (PackDates.IsDateOnly(text))
            {
                set.Date ??= PackDates.FindDate(text);
                dated = true;
                continue;
            }
            if (PackDates.FindDate(text, out var at) is { } date && at is not null && text.Length < 160)
            {
                // "Cabinet - Tuesday, 30 March 2021 2.00 pm", "30 May 2018 - 10:00 to 11:30", "Minutes 8th April 2021".
                set.Date ??= date;
                var before = DashBeforeDate().Match(text[..at.Index]);
                if (before.Success && before.Groups["body"].Value.Trim() is { Length: > 2 } named && !Noise().IsMatch(named))
                {
                    heading.Add(named);
                }
                ReadTimes(text[at.Index..], set);
                dated = true;
                continue;
            }
            if (!Noise().IsMatch(text))
            {
                heading.Add(text);
            }
        }
        var name = body ?? string.Join(' ', heading.TakeLast(2));
        if (name.Contains("SPECIAL", StringComparison.OrdinalIgnoreCase))
        {
            set.MeetingType = "special";
        }
        name = HeadingNoise().Replace(name, " ").Trim();
        name = MeetingOf().Replace(name, "");
        name = PeopleNames.Normalise(name);
        if (name.Length == 0 || (context.Committee is { } committee && name.Equals(committee, StringComparison.OrdinalIgnoreCase)))
        {
            set.Committee = context.Committee;
        }
        else
        {
            set.Committee = name.Any(char.IsLower) ? name : TitleCase(name);
        }
        return i;
    }

    /// <summary>"from 7.30pm to 9.45pm", "10:00 to 11:30", "commencing at 6.30 pm": the first time is the start,
    /// a second one the close.</summary>
    private static void ReadTimes(string text, MinuteSet set)
    {
        var times = PackDates.FindTimes(text);
        if (times.Count >= 1 && set.Start is null)
        {
            set.Start = times[0];
        }
        if (times.Count >= 2 && set.Close is null)
        {
            set.Close = times[1];
        }
    }

    private static int ReadAttendance(IReadOnlyList<CleanLine> lines, int i, MinuteSet set, ExtractionContext context)
    {
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

        void AddListed(AttendanceList list, string names)
        {
            foreach (var name in AttendanceProse.Names(names))
            {
                switch (list)
                {
                    case AttendanceList.Present:
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
            if (!text.Contains('\t') && (MinuteHeading().IsMatch(text) || (ItemNumbering.Read(text) is { } numbered && ItemNumbering.IsStandingTitle(numbered.Title))))
            {
                break;
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
            if (ApologiesProse().Match(text) is { Success: true } prose)
            {
                apologies ??= [];
                apologiesProse = true;
                proseList = null;
                var named = prose.Groups["names"].Value.TrimEnd('.', ' ');
                if (ForAbsence().IsMatch(named))
                {
                    // "APOLOGIES FOR ABSENCE" as a heading: the names follow on the next lines.
                    continue;
                }
                foreach (var name in PeopleNames.SplitRun(named, context.KnownNames))
                {
                    apologies.Add(PeopleNames.Parse(name).Name);
                }
                continue;
            }
            if (!raw.Contains('\t') && attendees.Count == 0 && run == 0 && AttendanceProse.ReadLabel(text, out var listed) is { } list && (list != AttendanceList.Apologies || !apologiesProse))
            {
                proseList = list;
                AddListed(list, listed);
                continue;
            }
            if (proseList is { } open && !text.Contains('\t') && RowLabel().Match(text) is not { Success: true })
            {
                // A list carried on below its label, one name (or several) a line; a capitals sub-heading
                // ("BAILIES", "COUNCILLORS") is skipped, and a sentence ends the list.
                if (text.Length > 3 && !text.Contains(' ') && text.All(c => !char.IsLower(c)))
                {
                    continue;
                }
                if (text.Length > 160 || (text.EndsWith('.') && text.Split(' ').Length > 12))
                {
                    proseList = null;
                    continue;
                }
                AddListed(open, text);
                continue;
            }
            if (apologiesProse && !text.Contains(':'))
            {
                foreach (var name in SplitCell(text, context))
                {
                    apologies!.Add(PeopleNames.Parse(name).Name);
                }
                continue;
            }

            string content;
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

    private static void ReadMarkedCells(string content, int line, int run, List<Attendee> attendees, ExtractionContext context)
    {
        foreach (var rawCell in content.Split('\t'))
        {
            var cell = StripColumnLabels(rawCell.Trim());
            if (cell.Length == 0 || cell.Equals("None", StringComparison.OrdinalIgnoreCase))
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
                if (value.Length == 0 || value.Equals("None", StringComparison.OrdinalIgnoreCase))
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

    private static void ReadItems(IReadOnlyList<CleanLine> lines, int i, MinuteSet set, ExtractionContext context, bool underAgenda = false)
    {
        MinuteItem? item = null;
        // The heading numbers as printed, for the sequence check: under an agenda the minute number comes later.
        string? lastHeading = null;
        var renumbered = false;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsEmpty)
            {
                continue;
            }
            var text = line.Text.Trim();
            if (text.StartsWith("- ", StringComparison.Ordinal))
            {
                text = text[2..].Trim();
            }
            if (!line.Text.StartsWith("- ", StringComparison.Ordinal) && !text.Contains('\t') && ItemNumbering.Read(text) is { } heading
                && IsNextMinute(lastHeading, heading, text))
            {
                lastHeading = heading.Number;
                renumbered = false;
                var title = heading.Title;
                string? after = null;
                if (title.Length == 0 && NextNonEmpty(lines, i) is var next and > 0 && next - i <= 2 && ItemNumbering.Read(lines[next].Text.Trim()) is null
                    && lines[next].Text.Trim().Length <= 200)
                {
                    // "124." on its own line, the title below it.
                    title = lines[next].Text.Trim();
                    i = next;
                }
                (title, after) = SplitTitle(title);
                item = new MinuteItem
                {
                    Number = heading.Value,
                    PrintedNumber = heading.Number.All(char.IsDigit) && !heading.Number.StartsWith('0') ? null : heading.Number,
                    Title = PeopleNames.Normalise(title).TrimEnd(':', ' ', '.'),
                    Line = line.Number,
                };
                set.Items.Add(item);
                if (after is null)
                {
                    continue;
                }
                // "82/23 Apologies: Cllr A Edwards sent his apologies." — the rest of the line is the minute's text.
                text = after;
            }
            if (underAgenda && BareMinuteNumber().IsMatch(text))
            {
                // CMIS prints the agenda item, then the minute's own number alone ("177"), then the minute.
                if (item is null || renumbered)
                {
                    item = new MinuteItem { Line = line.Number };
                    set.Items.Add(item);
                }
                item.Number = int.Parse(text, CultureInfo.InvariantCulture);
                item.PrintedNumber = text.StartsWith('0') ? text : null;
                renumbered = true;
                continue;
            }
            if (ApologiesReceived().Match(text) is { Success: true } received)
            {
                foreach (var name in AttendanceProse.Names(received.Groups["names"].Value))
                {
                    (set.Apologies ??= []).Add(name);
                }
                continue;
            }
            if (MeetingEnded().Match(text) is { Success: true } ended)
            {
                // "The meeting ended at 8.15 pm", "Meeting closed at 21:40".
                var times = PackDates.FindTimes(ended.Value);
                set.Close ??= times.Count > 0 ? times[^1] : null;
                continue;
            }
            if (MeetingNote().Match(text) is { Success: true } note)
            {
                var times = PackDates.FindTimes(note.Value);
                if (times.Count >= 1)
                {
                    set.Start = times[0];
                }
                if (times.Count >= 2)
                {
                    set.Close = times[1];
                }
                continue;
            }
            if (Signed().Match(text) is { Success: true } signed)
            {
                var value = signed.Groups[1].Value.Trim();
                var next = NextNonEmpty(lines, i);
                if (next >= 0 && ChairWord().IsMatch(lines[next].Text.Trim()))
                {
                    value += " " + lines[next].Text.Trim();
                    i = next;
                }
                set.SignedBy = value;
                continue;
            }
            if (item is null)
            {
                continue;
            }
            if (Recommend().Match(text) is { Success: true } recommend)
            {
                i = ReadDecision(lines, i, recommend.Groups["text"].Value, item.Recommended, out _);
                continue;
            }
            if (Decision().Match(text) is { Success: true } decision)
            {
                i = ReadDecision(lines, i, decision.Groups["text"].Value, item.Resolutions, out var action);
                item.Action ??= action;
                // Partnership minutes print AGREED where council minutes print RESOLVED; the word is kept as printed.
                item.Agreed |= decision.Groups["word"].Value.StartsWith("AGREED", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (text.StartsWith("Ordinary Member", StringComparison.OrdinalIgnoreCase))
            {
                i = ReadSubstitutions(lines, i, set, context);
            }
        }
    }

    /// <summary>Reads "RESOLVED: text" or "RESOLVED: That" followed by "(1) …; and (2) …" parts.</summary>
    internal static int ReadDecision(IReadOnlyList<CleanLine> lines, int i, string leadIn, List<string> into, out string? action)
    {
        action = null;
        var cells = leadIn.Split('\t', StringSplitOptions.TrimEntries);
        var text = cells[0].Trim();
        if (cells.Length > 1 && cells[^1].Length > 0)
        {
            action = cells[^1];
        }
        var parts = new List<string>();
        var j = i;
        while (true)
        {
            var next = NextNonEmpty(lines, j);
            if (next < 0)
            {
                break;
            }
            var candidate = lines[next].Text.Trim();
            if (candidate.StartsWith("- ", StringComparison.Ordinal))
            {
                candidate = candidate[2..].Trim();
            }
            var part = PartLabel().Match(candidate);
            if (!part.Success)
            {
                break;
            }
            parts.Add(candidate[part.Length..].Trim());
            j = next;
        }
        var leadInIsThat = text.Length == 0 || ThatOnly().IsMatch(text);
        if (parts.Count > 0)
        {
            if (!leadInIsThat)
            {
                into.Add(text);
            }
            into.AddRange(parts);
            return j;
        }
        if (text.Length == 0)
        {
            // "RESOLVED:" on a line of its own, with the resolution in the next paragraph.
            var next = NextNonEmpty(lines, i);
            if (next >= 0 && !Decision().IsMatch(lines[next].Text.Trim()) && !MinuteHeading().IsMatch(lines[next].Text.Trim()))
            {
                into.Add(lines[next].Text.Trim());
                return next;
            }
            return i;
        }
        into.Add(text);
        return i;
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

    private static bool IsNextMinute(string? previous, ItemLine heading, string text)
    {
        if (previous is null)
        {
            // The first minute: a standing item, or a numbered capitalised heading as council minutes print them.
            return MinuteHeading().IsMatch(text) || ItemNumbering.IsStandingTitle(heading.Title)
                || (heading.Title.Length > 0 && heading.Title.Length < 100 && heading.Title.Where(char.IsLetter).All(char.IsUpper) && heading.Title.Any(char.IsLetter))
                || (heading.Title.Length == 0 && heading.Number.Length >= 2);
        }
        return ItemNumbering.Follows(previous, heading.Number);
    }

    /// <summary>Splits "Apologies: Cllr A sent apologies" or "APOLOGIES FOR ABSENCE. There were none." into the
    /// title and the minute's first text.</summary>
    private static (string Title, string? After) SplitTitle(string title)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        // Only when what follows is a sentence: "INFORMATION REPORT: Activity and Performance" is one title.
        if (colon is > 2 and < 90 && title.TrimEnd().EndsWith('.') && title[(colon + 2)..].Split(' ').Length >= 4
            && !title[..colon].Contains("Minutes of", StringComparison.OrdinalIgnoreCase))
        {
            return (title[..colon], title[(colon + 2)..].Trim());
        }
        if (CapitalsThenText().Match(title) is { Success: true } caps)
        {
            return (caps.Groups["title"].Value, caps.Groups["rest"].Value);
        }
        return (title, null);
    }

    private static int NextNonEmpty(IReadOnlyList<CleanLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (!lines[j].IsEmpty)
            {
                return j;
            }
        }
        return -1;
    }

    private static bool IsRoleCell(string cell) => RoleCell().IsMatch(cell);

    private static string StripColumnLabels(string cell) => ColumnLabel().Replace(cell, "").Trim();

    private static string TitleCase(string name)
    {
        var words = name.ToLowerInvariant().Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w].Length > 0 && (w == 0 || words[w] is not ("and" or "of" or "the" or "for" or "to" or "in")))
            {
                words[w] = char.ToUpperInvariant(words[w][0]) + words[w][1..];
            }
        }
        return string.Join(' ', words);
    }

    // "Minutes of the meeting held on …", "MINUTES of the Meeting of the County Council held at …, on …",
    // "Draft Minutes of the Ordinary Meeting held on …", "At a MEETING of the DUNDEE CITY COUNCIL held at Dundee on …".
    [GeneratedRegex(@"^(?:- )?(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes\s+of\s+(?:the\s+|a\s+|an\s+)?|at\s+an?\s+)(?:(?:ordinary|special|extraordinary|annual|adjourned|reconvened|virtual|remote|monthly)\s+)?(?:(?:meeting|proceedings)\s+(?:of\s+(?:the\s+)?(?<body>.{1,100}?)\s+)?|(?<body>.{1,100}?)\s+(?:meeting\s+)?)(?:held|which\s+took\s+place)\b(?<date>.{0,200})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MinutesOfMeeting();

    [GeneratedRegex(@"^(?:To (?:receive|approve|consider|note|confirm|agree|elect|appoint)\b|Report of\b|\(Pages? \d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AgendaWording();

    [GeneratedRegex(@"^(?<body>[A-Z][\w&' -]{2,80}?)\s+meeting\s+(?:on|held)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BodyMeetingOn();

    [GeneratedRegex(@"^for\s+absence$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForAbsence();

    [GeneratedRegex(@"^(?:(?:a|the)\s+)?meeting\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MeetingOf();

    [GeneratedRegex(@"^(?:\(?\s*)?(?:The\s+)?meeting\s+(?:(?:commenced|started|began)\s+at\s+[^,;]{1,20}?\s+and\s+)?(?:ended|closed|finished|concluded|terminated|rose)\s+at\s+.{1,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MeetingEnded();

    [GeneratedRegex(@"^\d{3,4}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareMinuteNumber();

    [GeneratedRegex(@"^(?:Minutes|Decision|Resolution|Outcome)s?\s*:\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OutcomeLabel();

    [GeneratedRegex(@"^(?:Held|Meeting held|Commencing|Starting|Time)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"\s*\b(?:meeting(?:\s+in\s+public)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MeetingWords();

    // The body before the date on a one-line heading: "Cabinet - ", "Full Council – ", "Extraordinary, Full Council - ".
    [GeneratedRegex(@"^(?<body>.{2,100}?)\s*[-–—:|,]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DashBeforeDate();

    // Page furniture above a heading: "Agenda and minutes", "Meeting Details", "CONFIRMED", "Minutes", "<<".
    [GeneratedRegex(@"^(?:agenda(?:,)?(?:\s+(?:and|decisions and)\s+minutes)?|agendas, meetings and minutes.*|meeting details|meeting documents|minutes|draft|confirmed|unconfirmed|public document pack|decision details|issue - .*|items|no\.?\s+item|\W*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\(?\bSPECIAL\b\)?|\bMINUTES\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeadingNoise();

    [GeneratedRegex(@"^(?<number>\d{1,4})\.\s+(?<title>[A-Z].{0,300})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MinuteHeading();

    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z -]{1,40}?)\s*:\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RowLabel();

    [GeneratedRegex(@"^(?:Apologies(?: for absence)? (?:were|was) received from|Apologies)\s*:?\s*(?<names>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ApologiesProse();

    [GeneratedRegex(@"([*†‡])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MarkSplit();

    // "(Voluntary Aided)", "(Councillors)", "(Officers)": column labels, not names; "(3)" is a reserve category and stays.
    [GeneratedRegex(@"^\((?!\d)[^()]{2,40}\)\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ColumnLabel();

    [GeneratedRegex(@"\((?!\d)[^()]{2,40}\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ColumnLabelAnywhere();

    [GeneratedRegex(@"^(?:Minute\s+\d|(?:Foster Carer|Corporate|Divisional|Head|Headteacher|Head Teacher|Assistant|Post|Consultant|Named|Director|Chief|Service|Senior|Officer|Manager|Representing|Portfolio|Leader)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RoleCell();

    [GeneratedRegex(@"^\(Note:.*(?:commenced|started|began|opened).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MeetingNote();

    [GeneratedRegex(@"^\(Signed\)\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Signed();

    [GeneratedRegex(@"^(?:Chair|Chairman|Chairwoman|Vice-Chair|Deputy Chair)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChairWord();

    [GeneratedRegex(@"^Resolved\s+to\s+RECOMMEND\s*:?\s*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Recommend();

    // "RESOLVED: …", "RESOLVED – …", "Resolved:", "resolved:" alone, "RESOLVED that …", "It was RESOLVED that …",
    // "AGREED that …", "It was agreed:", "DECISION:", "RESOLVED:-".
    [GeneratedRegex(@"^(?:It\s+was\s+(?:therefore\s+|unanimously\s+)?)?(?<word>RESOLVED|AGREED|DECISION|DECIDED|Resolved|Agreed|Decision|resolved|agreed)\b(?:\s*(?::-|[:–—-])\s*|,\s*|\s+(?=[Tt]hat\b)|\s*$)(?<text>.*)$", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex Decision();

    [GeneratedRegex(@"^(?:Apologies|APOLOGIES)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received|submitted|given|tendered)\s+(?:from|by|on behalf of)\s+(?<names>.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ApologiesReceived();

    // "APOLOGIES FOR ABSENCE. There were none.": a capitals title, then the text.
    [GeneratedRegex(@"^(?<title>[A-Z][A-Z0-9 ,'’&/()-]{3,90}[A-Z)])\.\s+(?<rest>[A-Z].*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CapitalsThenText();

    [GeneratedRegex(@"^(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:\d{1,2}|[a-z])\))\.?\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartLabel();

    [GeneratedRegex(@"^That\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThatOnly();
}
