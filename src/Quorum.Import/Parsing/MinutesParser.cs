using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Parsing;

/// <summary>
/// Stage 4c, a set of minutes: heading (body, "(SPECIAL)", date), the attendance table read with its own legend
/// (* present, † apologies, (n) reserve category, unmarked absent), "In attendance" rows, numbered minutes with
/// RESOLVED / AGREED / "Resolved to RECOMMEND" text split into parts, the reserve-substitution table, the start
/// and close times and the signature.
/// </summary>
public static partial class MinutesParser
{
    public static MinuteSet Parse(IReadOnlyList<CleanLine> lines, ExtractionContext context)
    {
        var set = new MinuteSet { Line = lines.Count > 0 ? lines[0].Number : 0 };
        var i = ReadHeading(lines, set, context);
        lines = LostListNumbers.Restore(lines, i);
        lines = SplitOpeningRunOn(lines);
        var labelled = HasLabelledMinutes(lines, i);
        var end = ReadAttendance(lines, i, set, context, out var numberedFrom, labelled);
        // "1. MEMBERS PRESENT", "2. APOLOGIES FOR ABSENCE": attendance printed as the first minutes is also their items.
        ReadItems(lines, numberedFrom ?? end, set, context, labelled: labelled);
        return set;
    }

    /// <summary>"The Meeting was declared open at 7.30pm 21/22 1 Apologies. None.": conversion ran the first minute (and
    /// the council year printed before it) into the opening sentence; each goes on its own line.</summary>
    private static IReadOnlyList<CleanLine> SplitOpeningRunOn(IReadOnlyList<CleanLine> lines)
    {
        for (var n = 0; n < lines.Count; n++)
        {
            if (OpenedThenMinute().Match(lines[n].Text.Trim()) is { Success: true } run)
            {
                var split = lines.ToList();
                split[n] = lines[n] with { Text = run.Groups["note"].Value };
                split.Insert(n + 1, lines[n] with { Text = run.Groups["minute"].Value });
                return split;
            }
        }
        return lines;
    }

    /// <summary>True when an agenda prints each item's outcome under it ("Minutes:" or "Decision:" labels).</summary>
    public static bool RecordsOutcomes(IReadOnlyList<CleanLine> lines) =>
        lines.Count(l => OutcomeLabel().IsMatch(l.Text.Trim())) >= 2 || lines.Count(l => BareMinuteNumber().IsMatch(l.Text.Trim())) >= 2;

    /// <summary>True when numbered items carry decisions ("RESOLVED: …") and nothing reads as an agenda's standing
    /// text ("To receive …", "To approve …").</summary>
    public static bool RecordsDecisionsOnly(IReadOnlyList<CleanLine> lines) =>
        lines.Count(l => Decision().IsMatch(l.Text.Trim())) >= 2 && !lines.Any(l => AgendaWording().IsMatch(l.Text.Trim()));

    /// <summary>True when the lines say who presided ("Councillor Shaw, Convener, presided.") or carry an attendance
    /// heading alone on its line ("In Attendance") with the names below it.</summary>
    public static bool RecordsAttendance(IReadOnlyList<CleanLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (Presided().IsMatch(text)
                || (AttendanceProse.ReadLabel(text, out var rest) is AttendanceList.Present or AttendanceList.InAttendance && rest.Length == 0
                    && text.Length < 30 && NextNonEmpty(lines, i) is var next and > 0 && AttendanceProse.Names(lines[next].Text).Count > 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when past-tense outcomes ("It was agreed that …", "Apologies were received from …", "There were
    /// none.") are printed under the items: the page records the meeting, not only its agenda.</summary>
    public static bool RecordsNarrative(IReadOnlyList<CleanLine> lines) => lines.Count(l => Narrative().IsMatch(l.Text.Trim())) >= 2;

    /// <summary>The minutes of an "agenda and minutes" page: the meeting is the agenda's own, the items are its items
    /// (found by their numbers, or, for <paramref name="unnumbered"/> items, at the agenda's lines).</summary>
    public static MinuteSet ParseUnderAgenda(IReadOnlyList<CleanLine> lines, MeetingDetails? meeting, ExtractionContext context,
        IReadOnlyList<AgendaEntry>? unnumbered = null)
    {
        var set = new MinuteSet { Line = lines.Count > 0 ? lines[0].Number : 0, Committee = meeting?.Committee, Date = meeting?.Date };
        ReadItems(lines, 0, set, context, underAgenda: true, unnumbered?.ToDictionary(a => a.Line));
        if (lines.Count(l => OutcomeLabel().IsMatch(l.Text.Trim())) >= 2)
        {
            // Where the page prints "Minutes:" under each item it minuted, an item with none (the page cut off in its
            // agenda text, or an item not taken) has no minute.
            var outcomes = lines.Where(l => OutcomeLabel().IsMatch(l.Text.Trim())).Select(l => l.Number).ToList();
            set.Items.RemoveAll(item =>
            {
                var next = set.Items.Select(x => x.Line).Where(n => n > item.Line).DefaultIfEmpty(int.MaxValue).Min();
                return item.Resolutions.Count == 0 && !outcomes.Any(n => n >= item.Line && n < next);
            });
        }
        return set;
    }

    /// <summary>An unnumbered first row of an "agenda and minutes" page whose text records what happened ("The Chairman
    /// presented …", "The Members had before them: …") rather than what the agenda proposes ("To receive …"): a minute.</summary>
    public static void AddLeadingRecord(MinuteSet set, IReadOnlyList<CleanLine> lines, AgendaEntry lead)
    {
        var end = set.Items.Count > 0 ? set.Items[0].Line : int.MaxValue;
        var body = lines.Where(l => l.Number > lead.Line && l.Number < end && !l.IsEmpty).Select(l => l.Text.Trim()).ToList();
        if (body.Count > 0 && !body.Any(t => AgendaWording().IsMatch(t)))
        {
            set.Items.Insert(0, new MinuteItem { Title = lead.Title, Line = lead.Line });
        }
    }

    /// <summary>
    /// Minutes with no numbers whose each minute opens with its subject and a colon, the text on the same line or the
    /// next ("Flooding:  Councillor … has been in contact …", "Minutes of the last meeting:"): a parish clerk's Word
    /// minutes. Read so only where no minute is numbered and three or more such lines stand below the heading.
    /// </summary>
    private static bool HasLabelledMinutes(IReadOnlyList<CleanLine> lines, int from)
    {
        var labelled = 0;
        for (var k = from; k < lines.Count; k++)
        {
            var text = lines[k].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (MinuteHeading().IsMatch(text) || ItemNumbering.Read(text) is { Title.Length: > 0 } || ItemNumbering.ItemMarker(text) is not null)
            {
                return false;
            }
            if (LabelledMinute(text) is not null)
            {
                labelled++;
            }
        }
        return labelled >= 3;
    }

    /// <summary>"Highways, traffic and parking:  Dan Tiffany (Highways) has been contacted …": the minute's subject
    /// (a few words, no digits, not an attendance label or a field such as "Date" or "Proposed") and the text after it.</summary>
    private static (string Title, string Text)? LabelledMinute(string text)
    {
        if (SubjectAndColon().Match(text) is not { Success: true } m || AttendanceProse.ReadLabel(text, out _) is not null)
        {
            return null;
        }
        var title = m.Groups["title"].Value.Trim();
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 7 && !NotASubject().IsMatch(title)
            ? (title, m.Groups["rest"].Value.Trim())
            : null;
    }

    private static void ReadItems(IReadOnlyList<CleanLine> lines, int i, MinuteSet set, ExtractionContext context, bool underAgenda = false,
        Dictionary<int, AgendaEntry>? unnumbered = null, bool labelled = false)
    {
        MinuteItem? item = null;
        // The heading numbers as printed, for the sequence check: under an agenda the minute number comes later.
        string? lastHeading = null;
        var renumbered = false;
        // Printed minutes that put "(Item N)" under each title: only a title over its marker is a minute, and the
        // numbered paragraphs inside a minute ("1. Jo Carpenter presented the report.") are not.
        var marked = unnumbered is null && lines.Count(l => !l.IsEmpty && ItemNumbering.ItemMarker(l.Text.Trim()) is not null) >= 2;
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
            // "•    Cllr I Wroth & Cllr H Wroth sent apologies.": a bullet is layout; "(REF: 2.1) The Mayor …": the agenda
            // reference a minute's text opens with is not its text.
            text = AgendaReference().Replace(text.TrimStart('•', '·', ' '), "");
            var onHeadingLine = false;
            // A flattened row sets out several lines from one source line: the entry is the line that prints its title.
            if (unnumbered is not null && unnumbered.TryGetValue(line.Number, out var entry)
                && (entry.Title.Length == 0 || string.Equals(PeopleNames.Normalise(text.TrimEnd(' ', '*')), entry.Title, StringComparison.Ordinal)))
            {
                item = new MinuteItem { Title = entry.Title, Line = line.Number };
                set.Items.Add(item);
                if (entry.Title.Length > 0)
                {
                    continue;
                }
            }
            else if (marked && ItemNumbering.ItemMarker(text) is not null)
            {
                continue;
            }
            else if (labelled && set.Close is null && LabelledMinute(text) is { } minute)
            {
                // Until the meeting closed, each subject with its colon opens the next minute; its text may follow it.
                item = new MinuteItem { Title = PeopleNames.Normalise(minute.Title), Line = line.Number };
                set.Items.Add(item);
                if (minute.Text.Length == 0)
                {
                    continue;
                }
                text = minute.Text;
                onHeadingLine = true;
            }
            else if (marked && text.Length <= 200 && ItemNumbering.MarkerBelow(lines, i + 1) is { } agendaNumber)
            {
                // "84.    Apologies" over "(Item 1)" keeps its minute number; "Participation Team Update" over "(Item 4)",
                // with no minute number printed, is numbered by its agenda item.
                var own = ItemNumbering.Read(text);
                var (number, title) = own is { Title.Length: > 0 } ? (own.Number, own.Title) : (agendaNumber, text);
                lastHeading = number;
                renumbered = false;
                item = new MinuteItem
                {
                    Number = own is { Title.Length: > 0 } ? own.Value : int.Parse(new string([.. number.TakeWhile(char.IsAsciiDigit)]), CultureInfo.InvariantCulture),
                    PrintedNumber = number.All(char.IsAsciiDigit) && !number.StartsWith('0') ? null : number,
                    Title = PeopleNames.Normalise(title).TrimEnd(':', ' ', '.'),
                    Line = line.Number,
                };
                set.Items.Add(item);
                continue;
            }
            else if (unnumbered is null && !marked && !line.Text.StartsWith("- ", StringComparison.Ordinal) && !text.Contains('\t') && ItemNumbering.Read(text) is { } heading
                && IsNextMinute(lastHeading, heading, TitleBelow(lines, i, heading) is { } below ? $"{heading.Number}. {below}" : text))
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
                while (title.Count(c => c == '(') > title.Count(c => c == ')') && i + 1 < lines.Count && !lines[i + 1].IsEmpty
                    && lines[i + 1].Text.Trim() is { Length: <= 60 } rest && ItemNumbering.Read(rest) is null)
                {
                    // "Reports from County/District Councillors (… ) (Gareth" over "Epps – OCC)": a title wrapped inside brackets.
                    title += " " + rest;
                    i++;
                }
                (title, after) = SplitTitle(title);
                item = new MinuteItem
                {
                    Number = heading.Value,
                    PrintedNumber = heading.Number.All(char.IsDigit) && !heading.Number.StartsWith('0') ? null : heading.Number,
                    // "Election of Convenor and Deputy Convenor (Paper 1)": the paper it considered is not in the title.
                    Title = PaperReference().Replace(PeopleNames.Normalise(title), "").TrimEnd(':', ' ', '.'),
                    Line = line.Number,
                };
                set.Items.Add(item);
                if (after is null)
                {
                    continue;
                }
                // "82/23 Apologies: Cllr A Edwards sent his apologies." — the rest of the line is the minute's text.
                text = after;
                onHeadingLine = true;
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
            if (NoApologies().IsMatch(text))
            {
                set.Apologies ??= [];
                continue;
            }
            if (ApologiesReceived().IsMatch(text) && JoinWrapped(lines, ref i, text) is var whole && ApologiesReceived().Match(whole) is { Success: true } received)
            {
                // "… and Al Kingsley (Nitin Patel substituting). There were no declarations of interest.": the names end
                // with their sentence.
                // "… and Nancy Sayer who was substituted by Roxanne Hills.": who stood in for a member is not an apology.
                var names = Substituted().Replace(received.Groups["names"].Value, "");
                foreach (var name in AttendanceProse.Names(NamesEnd().Match(names) is { Success: true } end ? names[..end.Index] : names))
                {
                    // The apologies minute's sentence may already have been read with the attendance above it.
                    if (!(set.Apologies ??= []).Contains(name))
                    {
                        set.Apologies.Add(name);
                    }
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
            var apologiesItem = ApologiesTitle().IsMatch(item.Title);
            if (apologiesItem && set.Apologies is null && ApologySentence().Matches(text) is { Count: > 0 } sentences
                && sentences.SelectMany(m => AttendanceProse.Names(m.Groups["names"].Value)).ToList() is { Count: > 0 } excused
                && excused.All(PeopleNames.LooksLikePerson))
            {
                // "Apologies have already been accepted for Cllr A during his deployment. Apologies were also received from
                // Cllr B (Borough Council) who was attending another meeting.": each sentence names who sent apologies, the
                // reason after the name ("who …", "during …") is not a name.
                set.Apologies = excused;
                continue;
            }
            if (apologiesItem && item.Resolutions.Count == 0 && set.Apologies is null
                && (onHeadingLine || UnderOutcomeLabel(lines, i) || TitledNames().IsMatch(text)) && FirstSentence(text) is { Length: < 200 } first
                && AttendanceProse.Names(first) is { Count: > 0 } sent && sent.All(PeopleNames.LooksLikePerson))
            {
                // The names after "Apologies –" on the item's own line, alone under its "Minutes:" label ("Cllr A King."),
                // or opening the minute ("Cllr L Watson and Cllr J Foster (family commitment). The meeting accepted …").
                set.Apologies = sent;
                continue;
            }
            if (apologiesItem && set.Apologies is null && ApologiesFrom().Match(text) is { Success: true } from
                && AttendanceProse.Names(from.Groups["names"].Value) is { Count: > 0 } given && given.All(PeopleNames.LooksLikePerson))
            {
                // "Apologies were accepted from Tim Over": the minute of the apologies item names who sent them.
                set.Apologies = given;
                continue;
            }
            if (apologiesItem && SentApologies().Match(text) is { Success: true } sentThem
                && AttendanceProse.Names(sentThem.Groups["names"].Value) is { Count: > 0 } senders && senders.All(PeopleNames.LooksLikePerson))
            {
                // "Cllr. A Edwards sent his apologies."
                (set.Apologies ??= []).AddRange(senders);
                continue;
            }
            if (!Decision().IsMatch(text) && ResolvedInSentence().Match(text) is { Success: true } midway)
            {
                // "… had been attending the roads at busy times. RESOLVED and noted. The Council thanked …": the decision
                // is the rest of that sentence.
                item.Resolutions.Add(midway.Groups["text"].Value.Trim());
                continue;
            }
            if (!Decision().IsMatch(text) && AgreedInSentence().Matches(text) is { Count: > 0 } agreements)
            {
                // A parish clerk's wording inside a paragraph: "… no comments. It was agreed that there was no need …",
                // "It was agreed by all to adopt this new document.", "by a majority it was agreed that the PC would …";
                // each agreement is a decision, recorded from "that" or "to" ("This was agreed by all." decides nothing).
                item.Resolutions.AddRange(agreements.Select(a => a.Groups["text"].Value.Trim()));
                continue;
            }
            if (ActionLine().Match(text) is { Success: true } actionLine)
            {
                // "Action SH", "Action CB, NT, JH": who acts on the minute, by initials.
                item.Action ??= actionLine.Groups["who"].Value;
                continue;
            }
            if (Recommend().Match(text) is { Success: true } recommend)
            {
                i = ReadDecision(lines, i, recommend.Groups["text"].Value, item.Recommended, out _);
                continue;
            }
            if (NumberedDecision().Match(text) is { Success: true } paragraph)
            {
                // "3. RESOLVED that the update be noted.": a minute's numbered paragraph that records its decision.
                text = text[paragraph.Length..];
            }
            if (BodyResolved().Match(text) is { Success: true } resolved)
            {
                // "The Committee resolved:-" over the resolution on the next line or its parts "(i) …": the lead-in says
                // nothing of its own; "The Committee resolved to …" carries it on the line.
                i = ReadDecision(lines, i, resolved.Groups["text"].Value.Trim(), item.Resolutions, out _);
                continue;
            }
            if (BodyDecided().Match(text) is { Success: true } decided)
            {
                // Scottish minutes: "The Council agreed that the vacancy be filled by …"; "… and therefore the Council
                // made the undernoted appointments:-" over a lettered list, whose entries are the decisions.
                var said = decided.Groups["text"].Value.Trim();
                i = ReadDecision(lines, i, said.EndsWith(":-", StringComparison.Ordinal) || said.EndsWith(':') ? "That" : said, item.Resolutions, out _);
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

    private static bool UnderOutcomeLabel(IReadOnlyList<CleanLine> lines, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (!lines[j].IsEmpty)
            {
                return OutcomeLabel().IsMatch(lines[j].Text.Trim());
            }
        }
        return false;
    }

    private static bool IsCapitalsHeading(string text) => text.Count(char.IsLetter) >= 4 && !text.Any(char.IsLower);

    /// <summary>The title printed on the line below a number that stands alone ("1." then "Membership of Cabinet
    /// bodies etc."), so that the first minute is judged by its title; null when the number has its title.</summary>
    private static string? TitleBelow(IReadOnlyList<CleanLine> lines, int i, ItemLine heading)
    {
        if (heading.Title.Length > 0 || NextNonEmpty(lines, i) is not (var next and > 0) || next - i > 2)
        {
            return null;
        }
        var below = lines[next].Text.Trim();
        return below.Length <= 200 && ItemNumbering.Read(below) is null ? below : null;
    }

    private static bool IsNextMinute(string? previous, ItemLine heading, string text)
    {
        if (MonthYearMinute().IsMatch(heading.Number))
        {
            // "10.25.01 Apologies for absence": a parish council's minute code of month, year and number, not a
            // paragraph number; its title is a heading of a line, whatever its case.
            return previous is null
                ? ItemNumbering.IsStandingTitle(heading.Title) || (heading.Title.Length is > 2 and < 100 && char.IsUpper(heading.Title[0]) && !heading.Title.EndsWith('.'))
                : ItemNumbering.Follows(previous, heading.Number);
        }
        if (heading.Number.Contains('.', StringComparison.Ordinal))
        {
            // "21.44 ELECTION OF CHAIR": minutes numbered by council year and minute carry capitals titles; "3.1 The
            // Committee considered …" is a numbered paragraph of minute 3, not a minute.
            return IsCapitalsHeading(heading.Title) && (previous is null || (previous.Contains('.', StringComparison.Ordinal) && ItemNumbering.Follows(previous, heading.Number)));
        }
        if (previous is null)
        {
            // The first minute: a standing item, or a numbered capitalised heading as council minutes print them.
            // "1   Present" over the names: attendance printed as the first minute is a minute too.
            return MinuteHeading().IsMatch(text) || ItemNumbering.IsStandingTitle(heading.Title)
                || (AttendanceProse.ReadLabel(heading.Title.TrimEnd(':', '.'), out var tail) == AttendanceList.Present && tail.Trim().Length == 0)
                || (heading.Title.Length > 0 && heading.Title.Length < 100 && heading.Title.Where(char.IsLetter).All(char.IsUpper) && heading.Title.Any(char.IsLetter))
                || (heading.Title.Length == 0 && heading.Number.Length >= 2)
                || ((YearMinuteNumber().IsMatch(heading.Number) || MinuteCode().IsMatch(heading.Number)) && heading.Title.Length > 0 && char.IsUpper(heading.Title[0]));
        }
        return ItemNumbering.Follows(previous, heading.Number);
    }

    /// <summary>Splits "Apologies: Cllr A sent apologies" or "APOLOGIES FOR ABSENCE. There were none." into the
    /// title and the minute's first text.</summary>
    private static (string Title, string? After) SplitTitle(string title)
    {
        if (DecisionInHeading().Match(title) is { Success: true, Index: > 3 } inline)
        {
            // "Confirmation of the Minutes of the Meeting held on … 2023– RESOLVED that …": the decision on the heading line.
            return (title[..inline.Index].Trim(), title[(inline.Index + inline.Length)..].Trim());
        }
        if (StandingThenText().Match(title) is { Success: true } standing && ItemNumbering.IsStandingTitle(standing.Groups["title"].Value))
        {
            // "Apologies – Councillors S Doleman and B Ellison.": a standing item with its minute on the same line.
            return (standing.Groups["title"].Value, standing.Groups["rest"].Value);
        }
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
        if (RunOnAfterStop().Match(title) is { Success: true, Index: > 8 and < 100 } stop
            && title[(stop.Index + stop.Length)..] is var runOn && (runOn.Split(' ').Length >= 10 || NoneSaid().IsMatch(runOn)))
        {
            // "Cyhoeddiadau/Announcements. T. Edwards thanked …", "… (if known at this point). None.": the minute runs
            // on after the title's full stop (a short run-on is more title: "… Interests. Relevant Regulations 2012").
            return (title[..stop.Index].Trim(), runOn.Trim());
        }
        if (InlineLetteredList().Match(title) is { Success: true, Index: > 8 } list)
        {
            // "Planning applications – inc a. Ratification … None. b. Decide …": the title ends where its lettered
            // parts begin ("a." then "b.", or "a)" then "b)").
            return (title[..list.Index].Trim(), title[list.Index..].Trim());
        }
        if (title.Length > 60 && RunInSentence().Match(title) is { Success: true, Index: > 8 } sentence)
        {
            // "Approval of the accounts for 2019-20 These had been circulated …": a run-in heading with no stop; the
            // minute's text starts where a pronoun and its verb do.
            return (title[..sentence.Index].Trim(), title[sentence.Index..].Trim());
        }
        return (title, null);
    }

    [GeneratedRegex(@"(?<=(?:\w{3,}|\)))\.\s+(?=[A-Z(]|[a-z][.)]\s)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RunOnAfterStop();

    [GeneratedRegex(@"\sa(?<mark>[.)])\s+[A-Z].*?\sb\k<mark>\s+[A-Z]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InlineLetteredList();

    // The opening sentence, then a numbered minute, perhaps after the council year ("21/22").
    [GeneratedRegex(@"^(?<note>The\s+meeting\s+(?:was\s+declared\s+open|opened|commenced)\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+(?:\d{2}/\d{2}\s+)?(?<minute>\d{1,3}[a-z]?\.?\s+[A-Z].*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OpenedThenMinute();

    [GeneratedRegex(@"^(?:None|Nil|No)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NoneSaid();

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

    [GeneratedRegex(@"^(?:To (?:receive|approve|consider|note|confirm|agree|elect|appoint)\b|Report of\b|\(Pages? \d)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaWording();

    // "The meeting ended at 8.15 pm", "There being no further business the meeting closed at 9.38 pm", "… and final
    // closure of the meeting was at 8.54pm".
    [GeneratedRegex(@"^(?:\(?\s*)?(?:There\s+being\s+no\s+(?:further|other)\s+business,?\s+)?(?:The\s+)?meeting\s+(?:(?:commenced|started|began)\s+at\s+[^,;]{1,20}?\s+and\s+)?(?:ended|closed|finished|concluded|terminated|rose)\s+at\s+.{1,30}$|\b(?:final\s+)?closure\s+of\s+the\s+meeting\s+(?:was\s+)?at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MeetingEnded();

    [GeneratedRegex(@"\bApologies\s+(?:were|was|have|had)\s+(?:also\s+|already\s+)*(?:been\s+)?(?:also\s+|already\s+)*(?:received|accepted|noted|given|submitted)\s+(?:from|by|for)\s+(?<names>(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s[^.]{1,120}?)(?=\s+(?:who|during|as|because|due|owing|for)\b|\.(?:\s|$)|$)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ApologySentence();

    [GeneratedRegex(@"^(?<title>[A-Z][\w’'/&,\- ]{1,70}?)\s*:\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SubjectAndColon();

    [GeneratedRegex(@"^(?:Date|Time|Venue|Place|E-?mail|Tel|Telephone|Phone|Website|Signed|Chair|Chairman|Chairperson|Action|Actions|Note|NB|Proposed|Seconded|Resolved|Agreed|Decision|Minutes|Clerk|Present|Apologies|Also present|Members of the public)$|\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NotASubject();

    // Scottish minutes name the chair in a sentence: "Councillor Shaw, Convener, presided."
    [GeneratedRegex(@"^(?:Councillor|Cllr|Provost|Bailie|Depute Provost|Lord Provost)\b.{1,80}\bpresided\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Presided();

    [GeneratedRegex(@"^(?:.{0,200}\b(?:and\s+)?therefore\s+)?the\s+(?:Council|Committee|Sub-Committee|Board|Panel|Cabinet|Authority)\s+(?:agreed\s+(?<text>(?:that|to)\b.*)|made\s+the\s+(?:undernoted|following)\b(?<text>.*:-?)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BodyDecided();

    [GeneratedRegex(@"^Apologies(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received|accepted|noted|given|submitted)\s+(?:from|by)\s+(?<names>[^.]{2,300})\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ApologiesFrom();

    [GeneratedRegex(@"^the\s+(?:Council|Committee|Sub-Committee|Board|Panel|Cabinet|Authority)\s+resolved\s*(?::-|[:–—-]|$)\s*(?<text>.*)$|^the\s+(?:Council|Committee|Sub-Committee|Board|Panel|Cabinet|Authority)\s+resolved\s+(?<text>(?:that|to)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    internal static partial Regex BodyResolved();

    [GeneratedRegex(@"\s*[–—-]\s*(?=RESOLVED\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DecisionInHeading();

    [GeneratedRegex(@"^(?<names>(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s.{1,120}?)\s+(?:sent|gave|offered|tendered)\s+(?:(?:his|her|their)\s+)?apologies\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SentApologies();

    /// <summary>The text up to the first sentence break ("… (leave). The meeting accepted …").</summary>
    private static string FirstSentence(string text) => SentenceBreak().Match(text) is { Success: true } end ? text[..end.Index] : text;

    [GeneratedRegex(@"\.\s+(?=[A-Z][a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s*\(Paper\s+\d{1,3}[a-z]?\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PaperReference();

    // The end of a sentence of names: a full stop (not a title's or an initial's) before a new sentence's first words.
    [GeneratedRegex(@"(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|Rev|St))\.\s+(?=[A-Z][a-z]+\s+[a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NamesEnd();

    // "Apologies for Absence", "To receive apologies for absence", "APOLOGIES".
    [GeneratedRegex(@"^(?:To\s+(?:receive|note|accept)\s+(?:any\s+)?)?apolog", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ApologiesTitle();

    // A minute that opens with titled names: "Cllr L Watson and Cllr J Foster …", "Councillors A and B".
    [GeneratedRegex(@"^(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TitledNames();

    [GeneratedRegex(@"(?<![\w,])(?:(?<=^|[.;]\s*)It|(?<=\b(?:majority|all|vote|discussion),?\s+)it)\s+was\s+(?:also\s+|therefore\s+|then\s+|unanimously\s+)?agreed\s+(?:by\s+all\s+|unanimously\s+|by\s+a\s+majority\s+)?(?<text>(?:that|to)\s+[^.]{3,300}\.)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgreedInSentence();

    [GeneratedRegex(@"(?:[.:;]|\b(?:Council|Committee|Board|Panel|Authority|Cabinet|Meeting)|,\s+it\s+was)\s+RESOLVED\b[\s:,–-]*(?<text>[^.]{1,300}\.)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ResolvedInSentence();

    [GeneratedRegex(@"^\d{1,4}/\d{2,4}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex YearMinuteNumber();

    // A minute's code with its body and year: "Cou/285/07-08", "23-24/FRA/1".
    [GeneratedRegex(@"^(?=.*[A-Za-z])(?=.*/).*\d$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinuteCode();

    [GeneratedRegex(@"\s(?:[Tt]hese|[Tt]his|[Tt]here|[Tt]hey|[Ii]t|[Hh]e|[Ss]he|[Ww]e)\s+(?:had|has|have|was|were|is|are|would|will|had\s+been|reported|said|noted|explained)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RunInSentence();

    [GeneratedRegex(@"^\d{3,4}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BareMinuteNumber();

    [GeneratedRegex(@"^(?:Minutes|Decision|Resolution|Outcome)s?\s*:\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OutcomeLabel();

    [GeneratedRegex(@"^(?<number>\d{1,4})\.\s+(?<title>[A-Z].{0,300})$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinuteHeading();

    // "(Note: the meeting commenced at 7.00 pm …)", "The Meeting was declared open at 7.30pm".
    [GeneratedRegex(@"^\(Note:.*(?:commenced|started|began|opened).*$|^The\s+meeting\s+(?:was\s+declared\s+open|opened|commenced)\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MeetingNote();

    [GeneratedRegex(@"^\(Signed\)\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Signed();

    [GeneratedRegex(@"^(?:Chair|Chairman|Chairwoman|Vice-Chair|Deputy Chair)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ChairWord();

    [GeneratedRegex(@"^Resolved\s+to\s+RECOMMEND\s*:?\s*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Recommend();

    // "RESOLVED: …", "RESOLVED – …", "Resolved:", "resolved:" alone, "RESOLVED that …", "It was RESOLVED that …",
    // "AGREED that …", "It was agreed:", "DECISION:", "RESOLVED:-", "ORDERED that …" (an older wording of the same).
    [GeneratedRegex(@"^(?:It\s+was\s+(?:therefore\s+|unanimously\s+)?)?(?<word>RESOLVED|AGREED|DECISION|DECIDED|ORDERED|Resolved|Agreed|Decision|resolved|agreed)\b(?:\s*(?::-|[:–—-])\s*|,\s*|\s+(?=[Tt]hat\b)|(?<=RESOLVED)\s+(?=to\s)|(?<=[Rr]esolved)\s+to\s*:\s*|\s*$)(?<text>.*)$", RegexOptions.CultureInvariant, 10000)]
    internal static partial Regex Decision();

    // Scottish minutes say what the body did: "The Committee had before it a report …", "The Committee resolved:-".
    [GeneratedRegex(@"^(?:It\s+was\s+(?:agreed|resolved|noted|decided)|RESOLVED|Resolved|There\s+(?:were|was)\s+no|Apologies\s+(?:were|was)\s+received|.{0,120}\bwere\s+(?:approved|agreed|confirmed|noted)\b|The\s+(?:Council|Committee|Sub-Committee|Board|Panel|Cabinet|Authority)\s+(?:had\s+before\s+it|resolved)\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Narrative();

    // "It was noted that there were no apologies for absence.", "There were no apologies."
    [GeneratedRegex(@"^(?:It\s+was\s+noted\s+that\s+)?(?:there\s+were\s+)?no\s+apologies\b[^.]{0,40}\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NoApologies();

    [GeneratedRegex(@"^(?:0?[1-9]|1[0-2])\.\d{2}\.\d{2,3}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MonthYearMinute();

    [GeneratedRegex(@"^\((?:REF|Ref|Agenda\s+item|Item)\.?:?\s*\d{1,3}(?:\.\d{1,2})*[a-z]?\)\s*", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaReference();

    [GeneratedRegex(@"^(?:Apologies|APOLOGIES)(?:\s+for\s+absence|\s+and\s+(?:a\s+)?(?:valid\s+)?reasons?\s+for\s+absence)?(?:\s+from\s+the\s+meeting)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered)\s+(?:from|by|on behalf of)\s+(?<names>.+)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ApologiesReceived();

    // "APOLOGIES FOR ABSENCE. There were none.": a capitals title, then the text.
    [GeneratedRegex(@"^(?<title>[A-Z][A-Z0-9 ,'’&/()-]{3,90}[A-Z)])\.\s+(?<rest>[A-Z].*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CapitalsThenText();

    [GeneratedRegex(@"^(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:\d{1,2}|[a-z])\)|[A-H]:)\.?\s+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PartLabel();

    // "Apologies – Councillors S Doleman, N Tarmaster and B Ellison.", "Declarations of Interest - none".
    [GeneratedRegex(@"^(?<title>[A-Z][^–—:]{3,60}?)\s+[–—-]\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex StandingThenText();

    [GeneratedRegex(@"^Actions?\s*[:–-]?\s+(?<who>(?:ALL|All|[A-Z]{2,4})(?:\s*[,/&]\s*[A-Z]{2,4})*)\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ActionLine();

    [GeneratedRegex(@"^[Tt]hat(?:\s+(?:the\s+)?[A-Z][\w-]*){1,3}\s*:-?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ShortLeadIn();

    [GeneratedRegex(@"^That\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ThatOnly();

    /// <summary>A sentence the page width wrapped: the lines below that carry it on (no blank line between) until it ends.</summary>
    internal static string JoinWrapped(IReadOnlyList<CleanLine> lines, ref int i, string text)
    {
        while (!Ended().IsMatch(text) && i + 1 < lines.Count && !lines[i + 1].IsEmpty && lines[i + 1].Text.Trim() is { } next
            && ItemNumbering.Read(next) is null && ItemNumbering.ItemMarker(next) is null && AttendanceProse.ReadLabel(next, out _) is null)
        {
            text += " " + next;
            i++;
        }
        return text;
    }

    [GeneratedRegex(@"\s*,?\s+who\s+(?:was|were)\s+substituted\s+by\s+[^.,;]+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Substituted();

    [GeneratedRegex(@"^\d{1,2}\.\s+(?=(?:RESOLVED|AGREED|It\s+was\s+RESOLVED)\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NumberedDecision();
}
