using System.Globalization;
using System.Text.RegularExpressions;
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
    public SegmentKind Kind { get; } = kind;
    public int StartLine { get; } = first.Number;
    public int? StartPage { get; } = first.Page;
    public int EndLine { get; set; } = first.Number;
    public List<CleanLine> Lines { get; } = [];
    public int LineCount { get; set; }

    /// <summary>The "Agenda Item N Pages a to b" stamp of a report, when printed.</summary>
    public ReportStamp? Stamp { get; set; }

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

    private const int Lookahead = 6;

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

            if (ReportFor().IsMatch(text))
            {
                next = new Segment(SegmentKind.Report, line) { Stamp = pendingStamp };
                pendingStamp = null;
            }
            else if (AgendaPartOne().IsMatch(text) && current?.Kind != SegmentKind.Agenda)
            {
                next = new Segment(SegmentKind.Agenda, line);
            }
            else if (!(current?.Kind == SegmentKind.Minutes && current.Lines.Count < 6) && IsMinutesHeading(text, window, current, started, context))
            {
                next = new Segment(SegmentKind.Minutes, line);
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
                continue;
            }
            current.Lines.Add(line);

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
    /// A minutes heading is the body's name in capitals ("OVERVIEW AND SCRUTINY COMMITTEE", optionally
    /// "(SPECIAL) MINUTES") with a date on its own line within the next few lines, or "Minutes of the meeting held on …".
    /// </summary>
    internal static bool IsMinutesHeading(string text, IReadOnlyList<CleanLine> ahead, Segment? current, bool started, ExtractionContext context)
    {
        if (MinutesOfMeeting().IsMatch(text))
        {
            return current?.Kind != SegmentKind.Agenda || !text.Contains("be taken as read", StringComparison.OrdinalIgnoreCase);
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
                return onFrontSheet ? saysMinutes : named || saysMinutes || current is null || current.Kind is SegmentKind.Agenda or SegmentKind.Minutes;
            }
            if (++seen >= 2)
            {
                break;
            }
        }
        return false;
    }

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
    [GeneratedRegex(@"^A[a-z]{4}a\s+Item\s+(?<item>\d{1,3}[a-z]?)\s+Pages?\s+(?<from>\d{1,4})\s*(?:to|-|–)\s*(?<to>\d{1,4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex StampLine();

    [GeneratedRegex(@"^(?:\*+\s*)?REPORT\s+FOR\s*:", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex ReportFor();

    [GeneratedRegex(@"^AGENDA\s*[-–—:]\s*(?:PART\s+(?:I|1|ONE)\b(?!\s*I)|PUBLIC\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex AgendaPartOne();

    [GeneratedRegex(@"^AGENDA\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AgendaAny();

    [GeneratedRegex(@"^(?:- )?Minutes of the (?:\w+ )?meeting (?:of .{1,80} )?held on .{6,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MinutesOfMeeting();

    [GeneratedRegex(@"^Section\s*4\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Section4();
}
