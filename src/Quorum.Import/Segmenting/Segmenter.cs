using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Import.Cleaning;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Segmenting;

public enum SegmentKind
{
    FrontSheet,
    Agenda,
    Minutes,
    Report,
    /// <summary>An appendix or other document attached to a report; its text is counted, not kept.</summary>
    Enclosure,
}

/// <summary>A contiguous part of the pack. Enclosures keep no lines, so a long appendix costs no memory.</summary>
public sealed class Segment(SegmentKind kind, CleanLine first)
{
    /// <summary>Settable because front matter turns out to be a minutes heading once "Present:" is read.</summary>
    public SegmentKind Kind { get; internal set; } = kind;
    public int StartLine { get; } = first.Number;
    public int? StartPage { get; } = first.Page;
    public int EndLine { get; set; } = first.Number;
    public List<CleanLine> Lines { get; } = [];
    public int LineCount { get; set; }

    /// <summary>The "Agenda Item N Pages a to b" stamp of a report, when printed.</summary>
    public ReportStamp? Stamp { get; set; }

    /// <summary>An enclosure's short lines that open an appendix ("Appendix 2 – Equality Impact Assessment"), the
    /// only lines an enclosure keeps: they tell where each listed appendix starts.</summary>
    public List<(int Line, string Text)> Headings { get; } = [];

    public override string ToString() => $"{Kind} {StartLine}-{EndLine}";
}

public sealed record ReportStamp(string Item, int FirstPage, int LastPage, int Line);

/// <summary>
/// Stage 3, segment: splits the cleaned pack into front sheet, agenda, minute sets, reports and enclosures,
/// using the anchors council packs share: "AGENDA - PART I" / "PUBLIC"; a minutes heading (the body's name in
/// capitals followed by a date, or "Minutes of the meeting held on …"); "REPORT FOR:" with or without the
/// "Agenda Item N" stamp; "This page is intentionally left blank". A report's own text ends a little after its
/// "Section 4" contact block; what follows is enclosure. Segments are yielded as soon as they end.
/// </summary>
public static partial class Segmenter
{
    /// <summary>Lines of a report kept after its "Section 4" heading (contact, background papers, call-in box).</summary>
    public const int ReportTailLines = 45;

    /// <summary>A report with no Section 4 keeps at most this many lines; the rest is treated as enclosure.</summary>
    public const int MaxReportLines = 4000;

    private const int Lookahead = 20;

    public static IEnumerable<Segment> Split(IEnumerable<CleanLine> lines, ExtractionContext context)
    {
        var window = new List<CleanLine>(Lookahead + 1);
        using var source = lines.GetEnumerator();
        var exhausted = false;

        bool Fill()
        {
            while (!exhausted && window.Count <= Lookahead)
            {
                if (source.MoveNext())
                {
                    window.Add(source.Current);
                }
                else
                {
                    exhausted = true;
                }
            }
            return window.Count > 0;
        }

        Segment? current = null;
        var tailAfterSection4 = -1;
        ReportStamp? pendingStamp = null;
        var started = false;
        // The paper is an issue page ("Issue - meetings"): its "Minutes of Former Committees" is the issue's name and its
        // "82 Minutes of …" an item at one of the meetings it lists, neither a minutes heading nor an agenda.
        var issuePage = false;

        while (Fill())
        {
            var line = window[0];
            window.RemoveAt(0);
            var text = line.Text.Trim();

            Segment? next = null;
            if (line.IsBlankPage)
            {
                if (current is not null)
                {
                    current.EndLine = line.Number;
                    yield return current;
                }
                // What follows a blank page continues the previous part of the pack unless an anchor says otherwise.
                current = null;
                continue;
            }

            if (StampLine().Match(text) is { Success: true } stamp)
            {
                var found = new ReportStamp(stamp.Groups["item"].Value, Int(stamp.Groups["from"].Value), Int(stamp.Groups["to"].Value), line.Number);
                if (current is { Kind: SegmentKind.Report, Stamp: null } && current.Lines.Count(l => !l.IsEmpty) <= 3)
                {
                    current.Stamp = found;
                }
                else
                {
                    pendingStamp = found;
                }
                continue;
            }

            if (issuePage)
            {
                // An issue page is read whole by the decision-record reader: its items and "Minutes:" labels belong to the
                // meetings it lists and open no agenda or minutes of their own.
            }
            else if (ReportFor().IsMatch(text) || (!started && IsLoneCover(text, window)))
            {
                next = new Segment(SegmentKind.Report, line) { Stamp = pendingStamp };
                pendingStamp = null;
            }
            else if (current?.Kind is SegmentKind.FrontSheet && current.Lines.Count(l => !l.IsEmpty) <= 12
                && (PresentCue().IsMatch(text) || (ItemNumbering.Read(text) is { } first && ItemNumbering.IsStandingTitle(first.Title)
                    && current.Lines.Any(l => l.Text.Length < 120 && MinutesWord().IsMatch(l.Text) && !AgendaWord().IsMatch(l.Text)))))
            {
                // "Cabinet / Minutes / 6 December 2012 / Present: …", or "PC Meeting Minutes 18th May 2021" then
                // "1. APOLOGIES": what looked like a front sheet heads minutes.
                current.Kind = SegmentKind.Minutes;
            }
            else if (current?.Kind != SegmentKind.Agenda && StartsAgenda(text, window, current))
            {
                next = new Segment(SegmentKind.Agenda, line);
            }
            else if (!(current?.Kind == SegmentKind.Minutes && (current.Lines.Count < 6 || HeadingOnly(current))) && !TitleOfNumberAbove(current)
                && ItemNumbering.MarkerBelow(window, 0) is null && IsMinutesHeading(text, window, current, started, context))
            {
                next = new Segment(SegmentKind.Minutes, line);
                if (BodyNameAbove(current, text) is { } body)
                {
                    // "HARROW STRATEGIC PARTNERSHIP BOARD" above "Minutes of the meeting held on …": the heading's first line.
                    next = new Segment(SegmentKind.Minutes, body);
                    next.Lines.Add(body);
                }
            }

            if (next is not null)
            {
                if (current is not null)
                {
                    yield return current;
                }
                current = next;
                tailAfterSection4 = -1;
            }
            else if (current is null && line.IsEmpty)
            {
                continue;
            }
            else if (current is null)
            {
                // The pack opens with a front sheet; text after a blank page with no anchor belongs to the report before it.
                current = new Segment(started ? SegmentKind.Enclosure : SegmentKind.FrontSheet, line);
            }

            started = true;
            current.EndLine = line.Number;
            current.LineCount++;
            if (current.Kind == SegmentKind.Enclosure)
            {
                NoteAppendixHeading(current, line.Number, text);
                continue;
            }
            current.Lines.Add(line);
            issuePage |= current.Kind == SegmentKind.FrontSheet && text.Length < 40 && DecisionRecordParser.IsIssuePageTitle(text);

            if (current.Kind == SegmentKind.Report)
            {
                if (tailAfterSection4 < 0 && Section4().IsMatch(text))
                {
                    tailAfterSection4 = 0;
                }
                else if (tailAfterSection4 >= 0 && !line.IsEmpty)
                {
                    tailAfterSection4++;
                }
                if (tailAfterSection4 > ReportTailLines || current.Lines.Count >= MaxReportLines)
                {
                    yield return current;
                    current = new Segment(SegmentKind.Enclosure, line);
                    NoteAppendixHeading(current, line.Number, text);
                    tailAfterSection4 = -1;
                }
            }
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>
    /// A lone paper's cover: the paper opens with an "Agenda Item No." box (its number filled in or left blank) and,
    /// within a few lines, "CABINET: 22ND SEPTEMBER, 2014", the body it goes to and the meeting's date. It is a report
    /// with no meeting around it, not a front sheet.
    /// </summary>
    internal static bool IsLoneCover(string text, IReadOnlyList<CleanLine> ahead) =>
        ItemBox().IsMatch(text) && ahead.Take(8).Any(l => LoneCoverFor(l.Text.Trim()) is not null);

    /// <summary>"CABINET: 22ND SEPTEMBER, 2014" (or "Planning Committee – 3 March 2015"): the body a lone paper goes to and
    /// the date of its meeting, read from one cover line.</summary>
    internal static (string Body, LocalDate Date)? LoneCoverFor(string text)
    {
        if (CoverForLine().Match(text) is not { Success: true } m || PackDates.FindDate(m.Groups["date"].Value) is not { } date)
        {
            return null;
        }
        return (m.Groups["body"].Value.Trim(), date);
    }

    /// <summary>Cheap first-letter test before the prefix match: every line of a long appendix passes through here.</summary>
    private static void NoteAppendixHeading(Segment enclosure, int number, string text)
    {
        if (text.Length is > 8 and <= 160 && text[0] is 'A' or 'E' or 'a' or 'e'
            && (text.StartsWith("Appendix ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Annex ", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("Enclosure ", StringComparison.OrdinalIgnoreCase)))
        {
            enclosure.Headings.Add((number, text));
        }
    }

    /// <summary>
    /// A minutes heading is the body's name in capitals ("OVERVIEW AND SCRUTINY COMMITTEE", optionally
    /// "(SPECIAL) MINUTES") with a date on its own line within the next few lines, or "Minutes of the meeting held on …".
    /// </summary>
    internal static bool IsMinutesHeading(string text, IReadOnlyList<CleanLine> ahead, Segment? current, bool started, ExtractionContext context)
    {
        var frontMatter = current is null or { Kind: SegmentKind.FrontSheet or SegmentKind.Enclosure };
        if (MinutesOfMeeting().IsMatch(text) || (frontMatter && TitledMinutes().IsMatch(text) && PackDates.FindDate(text) is not null))
        {
            // "That the minutes of the meeting held on … be taken as read" is the agenda's standing text, not a heading.
            return !MinutesSentence().IsMatch(text);
        }
        if (text.Length is < 6 or > 140 || !IsCapitals(text) || AgendaAny().IsMatch(text))
        {
            return false;
        }
        var named = context.Committee is { } committee && text.Contains(committee, StringComparison.OrdinalIgnoreCase);
        var saysMinutes = text.Contains("MINUTES", StringComparison.Ordinal);
        // On the front sheet the body's name and the meeting date are the agenda's own heading, not minutes.
        var onFrontSheet = !started || current?.Kind == SegmentKind.FrontSheet;
        // Inside a report or its appendices only a heading naming the body (or saying MINUTES) counts.
        if (current?.Kind is SegmentKind.Report or SegmentKind.Enclosure && !named && !saysMinutes)
        {
            return false;
        }
        var seen = 0;
        foreach (var next in ahead)
        {
            if (next.IsEmpty)
            {
                continue;
            }
            var t = next.Text.Trim();
            if (t.Equals("MINUTES", StringComparison.OrdinalIgnoreCase))
            {
                saysMinutes = true;
                continue;
            }
            if (PackDates.IsDateOnly(t))
            {
                // A paper's own heading (body and date) is not minutes unless attendance follows.
                return (onFrontSheet ? saysMinutes : named || saysMinutes || current is null || current.Kind is SegmentKind.Agenda or SegmentKind.Minutes)
                    && (saysMinutes || ahead.Any(l => PresentCue().IsMatch(l.Text.Trim())));
            }
            if (++seen >= 2)
            {
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the agenda begins when no "AGENDA - PART I" heading says so: "AGENDA" on a line of its own after the
    /// front sheet's first lines (A G E N D A when letter-spaced), a "PART I" / "PUBLIC ITEMS" heading, or the first
    /// numbered standing item ("1. Apologies for absence", "45. Declarations of interest", "Item 1" + title below).
    /// </summary>
    internal static bool StartsAgenda(string text, IReadOnlyList<CleanLine> ahead, Segment? current)
    {
        if (AgendaPartOne().IsMatch(text))
        {
            return true;
        }
        if (current is not null && current.Kind != SegmentKind.FrontSheet)
        {
            return false;
        }
        if (BusinessHeading().IsMatch(text))
        {
            // "Business to be transacted", "Order of business": the agenda's own heading, as "AGENDA" is.
            return true;
        }
        var frontLines = current?.Lines.Count(l => !l.IsEmpty) ?? 0;
        if (AgendaAlone().IsMatch(text))
        {
            // At the very top "AGENDA" is the front sheet's title; the meeting's details follow it.
            return frontLines >= 3;
        }
        if (PartOneAlone().IsMatch(text) || ItemsColumns().IsMatch(text))
        {
            return true;
        }
        if (frontLines is >= 1 and <= 4 && text.Length is > 0 and <= 60 && char.IsUpper(text[0]) && !text.EndsWith('.') && ItemNumbering.IsStandingTitle(text)
            && ahead.FirstOrDefault(l => !l.IsEmpty).Text is { } below && Indent(below) > Indent(text))
        {
            // "Apologies for Absence" alone on its line, its text indented below it, under a page's short heading:
            // the first item of an agenda that prints no numbers.
            return true;
        }
        if (ItemNumbering.Read(text) is { } item)
        {
            var title = item.Title;
            if (title.Length == 0)
            {
                title = ahead.FirstOrDefault(l => !l.IsEmpty).Text?.Trim() ?? "";
            }
            return ItemNumbering.IsStandingTitle(title);
        }
        return false;
    }

    /// <summary>
    /// The body's name printed in capitals on the line above a "Minutes of the meeting held on …" heading that names
    /// no body; it is taken out of the segment before, whose last line it is.
    /// </summary>
    private static CleanLine? BodyNameAbove(Segment? current, string heading)
    {
        if (current is null || !MinutesOfMeeting().IsMatch(heading) || OfBody().IsMatch(heading))
        {
            return null;
        }
        if (LastNonEmpty(current) is not { } i)
        {
            return null;
        }
        var above = current.Lines[i];
        var text = above.Text.Trim();
        // "CORPORATE PARENTING PANEL – 10th December 2024" over "MINUTES of the meeting held in …": the body in capitals
        // and the date head the minutes as the body alone does.
        if (text.Length is < 6 or > 90 || !(IsCapitals(text) || (LoneCoverFor(text) is { } dated && IsCapitals(dated.Body)))
            || ItemNumbering.Read(text) is not null || AgendaAny().IsMatch(text)
            || text.Contains("BLANK", StringComparison.Ordinal))
        {
            return null;
        }
        current.Lines.RemoveAt(i);
        return above;
    }

    /// <summary>"126." alone on the line above: this line is that agenda item's title ("Minutes of the meeting held
    /// on …"), not a minutes heading.</summary>
    private static bool TitleOfNumberAbove(Segment? current)
    {
        if (current is not { Kind: SegmentKind.Agenda or SegmentKind.Minutes })
        {
            return false;
        }
        return LastNonEmpty(current) is { } i && current.Lines[i].Text.Trim() is { Length: <= 12 } above
            && ItemNumbering.Read(above) is { Title.Length: 0 };
    }

    /// <summary>Minutes that so far hold only their heading (a page title, the body's name over several lines): a
    /// second "Minutes of the Council Meeting" heading continues them rather than starting other minutes.</summary>
    private static bool HeadingOnly(Segment current) =>
        current.Lines.Count(l => !l.IsEmpty) <= 8
        && !current.Lines.Any(l => PresentCue().IsMatch(l.Text.Trim()) || ItemNumbering.Read(l.Text.Trim()) is not null || l.Text.Length > 120);

    /// <summary>The index of a segment's last non-empty line, found from the end (a long segment must not be walked
    /// from its start on every line).</summary>
    private static int? LastNonEmpty(Segment current)
    {
        for (var i = current.Lines.Count - 1; i >= 0; i--)
        {
            if (!current.Lines[i].IsEmpty)
            {
                return i;
            }
        }
        return null;
    }

    private static int Indent(string text) => text.Length - text.TrimStart().Length;

    private static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters >= 6 && text.Contains(' ');
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    // "Agenda Item 7 Pages 21 to 82"; OCR gives "Adenda", "Aqenda".
    [GeneratedRegex(@"^A[a-z]{4}a\s+Item\s+(?<item>\d{1,3}[a-z]?)\s+Pages?\s+(?<from>\d{1,4})\s*(?:to|-|–)\s*(?<to>\d{1,4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    internal static partial Regex StampLine();

    // "Agenda Item No." / "Agenda Item No. 7" / "AGENDA ITEM 7": the item box of a lone paper's cover.
    [GeneratedRegex(@"^Agenda\s+Item(?:\s+No\.?)?(?:\s*:?\s*\d{1,3}[a-z]?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ItemBox();

    // A body in capitals (or a title-case name) then a colon or dash and the meeting's date, the whole line.
    [GeneratedRegex(@"^(?<body>[A-Z][A-Za-z&',()\- ]{2,80}?)\s*(?::|\s[-–—])\s*(?<date>(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:ST|ND|RD|TH|st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CoverForLine();

    // "REPORT FOR:" (Harrow's cover), "Report to:" / "REPORT TO:" (most other councils' covers).
    [GeneratedRegex(@"^(?:\*+\s*)?(?:REPORT\s+FOR|Report\s+[Tt]o|REPORT\s+TO)\s*:", RegexOptions.CultureInvariant, 10000)]
    internal static partial Regex ReportFor();

    // The head of a meeting page's table of items: "No. Item".
    [GeneratedRegex(@"^No\.?\s+Item$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ItemsColumns();

    [GeneratedRegex(@"^(?:Business\s+to\s+be\s+transacted|Order\s+of\s+business)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BusinessHeading();

    [GeneratedRegex(@"^(?:A\s?G\s?E\s?N\s?D\s?A|Agenda)\s*:?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaAlone();

    [GeneratedRegex(@"^(?:PART|Part)\s+(?:I|1|ONE|One|A)\b(?!\s*I)(?:\s*[-–—:(]?\s*(?:PUBLIC|Public|OPEN|Open)[^.]{0,40})?\s*$|^(?:PUBLIC|Public|OPEN) (?:ITEMS|Items|BUSINESS|Business|SESSION|Session|AGENDA|Agenda)\s*$|^(?:UNRESTRICTED|Unrestricted) (?:ITEMS|Items)\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PartOneAlone();

    // Attendance that opens minutes: "Present:", "PRESENT", "(1) Present", "Members present", "Chair: * Councillor …".
    [GeneratedRegex(@"^(?:\(\d\)\s*)?(?:Present|PRESENT|Members [Pp]resent|MEMBERS PRESENT|Councillors [Pp]resent|COUNCILLORS PRESENT|Attendance|ATTENDANCE|In [Aa]ttendance|IN ATTENDANCE|Attendees|ATTENDEES)\b|^(?:Chair|Chairman|CHAIR|CHAIRMAN)\s*:\s*\*|Denotes|^\*\s*Councillor", RegexOptions.CultureInvariant, 10000)]
    internal static partial Regex PresentCue();

    [GeneratedRegex(@"\bMINUTES\b|^Minutes\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinutesWord();

    // "Cabinet – Minutes – 6 December 2012", "Minutes: Planning Committee, 4 March 2015", "MINUTES – CABINET – 7/3/13".
    [GeneratedRegex(@"^(?!\d)(?:[^.]{0,160}?\s)?(?:MINUTES|Minutes)\b[^.]{0,120}\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TitledMinutes();

    [GeneratedRegex(@"\bmeeting\s+of\b|^at\s+an?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfBody();

    [GeneratedRegex(@"\bAGENDA\b|^Agenda\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaWord();

    // The agenda's or a resolution's sentence about minutes, not a heading.
    [GeneratedRegex(@"\b(?:be|were|was|been|is|are)\s+(?:taken|approved|confirmed|agreed|signed|received|noted|circulated|accepted)|\btaken as read\b|\b(?:previous|last)\s+meeting\b|\bto (?:approve|confirm|agree|receive|note|sign)\b|\bcorrect record\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinutesSentence();

    [GeneratedRegex(@"^AGENDA\s*[-–—:]\s*(?:PART\s+(?:I|1|ONE)\b(?!\s*I)|PUBLIC\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    internal static partial Regex AgendaPartOne();

    [GeneratedRegex(@"^AGENDA\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AgendaAny();

    // "Minutes of the meeting held on …", "MINUTES OF THE MEETING OF THE CABINET HELD AT … ON …",
    // "Minutes of a Special Meeting of Council held on …", "Minutes of the Planning Committee held on …".
    [GeneratedRegex(@"^(?:- )?(?:(?:(?:draft|confirmed|unconfirmed|signed|approved)\s+)?minutes\s+of\s+(?:the\s+|a\s+|an\s+)?.{0,120}?\b(?:held|meeting)\b|at\s+an?\s+(?:\w+\s+)?meeting\s+of\s+.{1,120}?\bheld\b).{0,200}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinutesOfMeeting();

    [GeneratedRegex(@"^Section\s*4\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Section4();
}
