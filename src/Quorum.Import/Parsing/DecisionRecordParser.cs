using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;

namespace Quorum.Import.Parsing;

/// <summary>
/// Decision notices and issue histories, which record decisions without an agenda or minutes of their own:
/// a notice ("Decision Maker: Cabinet", "Date of decision: 10/09/2024", "RESOLVED: …") becomes one minute of the
/// deciding body's meeting; an issue history ("Meeting: 12/12/2022 - Leader of the Council (Item 10)") becomes one
/// minute per meeting that took the issue. The issue title is kept where printed; nothing is guessed.
/// </summary>
public static partial class DecisionRecordParser
{
    public static bool IsDecisionRecord(IReadOnlyList<CleanLine> lines) =>
        lines.Take(60).Any(l => NoticeField().IsMatch(l.Text.Trim()) || MeetingLine().IsMatch(l.Text.Trim()) || IssueDecisions().IsMatch(l.Text.Trim()));

    /// <summary>"Issue - meetings" / "Issue - decisions": an issue page's title, under which "Minutes of Former Committees"
    /// is the issue's name, not a minutes heading.</summary>
    public static bool IsIssuePageTitle(string text) => IssuePage().IsMatch(text);

    public static List<MinuteSet> Parse(IReadOnlyList<CleanLine> lines)
    {
        var meetings = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (MeetingLine().IsMatch(lines[i].Text.Trim()))
            {
                meetings.Add(i);
            }
        }
        if (meetings.Count == 0 && lines.Take(60).Any(l => IssueDecisions().IsMatch(l.Text.Trim())))
        {
            // An issue's decisions page: "24/06/2021 - <the issue>" opens each decision, with no body named.
            meetings.AddRange(Enumerable.Range(0, lines.Count).Where(i => DatedDecision().IsMatch(lines[i].Text.Trim())));
            return [.. meetings.Select((from, k) => ReadDated(lines, from, k + 1 < meetings.Count ? meetings[k + 1] : lines.Count))];
        }
        return meetings.Count > 0 ? ReadHistory(lines, meetings) : [ReadNotice(lines)];
    }

    private static MinuteSet ReadDated(IReadOnlyList<CleanLine> lines, int from, int to)
    {
        var heading = DatedDecision().Match(lines[from].Text.Trim());
        var set = new MinuteSet { Line = lines[from].Number, Date = PackDates.FindDate(heading.Groups["date"].Value) };
        var item = new MinuteItem { Line = lines[from].Number, Title = PeopleNames.Normalise(heading.Groups["title"].Value) };
        ReadResolutions(lines, from + 1, to, item);
        set.Items.Add(item);
        return set;
    }

    private static List<MinuteSet> ReadHistory(IReadOnlyList<CleanLine> lines, List<int> starts)
    {
        var sets = new List<MinuteSet>();
        for (var k = 0; k < starts.Count; k++)
        {
            var from = starts[k];
            var to = k + 1 < starts.Count ? starts[k + 1] : lines.Count;
            var heading = MeetingLine().Match(lines[from].Text.Trim());
            var set = new MinuteSet
            {
                Line = lines[from].Number,
                Committee = PeopleNames.Normalise(heading.Groups["body"].Value),
                Date = PackDates.FindDate(heading.Groups["date"].Value),
            };
            var item = new MinuteItem { Line = lines[from].Number };
            if (heading.Groups["item"].Success && ItemNumbering.Read(heading.Groups["item"].Value + " X") is { } number)
            {
                item.Number = number.Value;
                item.PrintedNumber = number.Number.All(char.IsDigit) ? null : number.Number;
                // The title follows the item number on the next line: "10 MBC Response to … PDF 139 KB".
                for (var i = from + 1; i < to; i++)
                {
                    var text = lines[i].Text.Trim();
                    if (text.StartsWith(number.Number + " ", StringComparison.Ordinal))
                    {
                        item.Title = PeopleNames.Normalise(text[(number.Number.Length + 1)..]);
                        break;
                    }
                }
            }
            ReadResolutions(lines, from + 1, to, item);
            set.Items.Add(item);
            sets.Add(set);
        }
        return sets;
    }

    private static MinuteSet ReadNotice(IReadOnlyList<CleanLine> lines)
    {
        var set = new MinuteSet { Line = lines.Count > 0 ? lines[0].Number : 0 };
        var item = new MinuteItem { Line = set.Line };
        foreach (var line in lines)
        {
            if (NoticeField().Match(line.Text.Trim()) is not { Success: true } field)
            {
                continue;
            }
            var value = field.Groups["value"].Value.Trim();
            switch (field.Groups["label"].Value.ToLowerInvariant())
            {
                case "decision maker":
                    set.Committee ??= PeopleNames.Normalise(value);
                    break;
                case "date of decision":
                    set.Date ??= PackDates.FindDate(value);
                    break;
                case "decided at meeting":
                    set.Date ??= PackDates.FindDate(value);
                    if (DashBody().Match(value) is { Success: true } body)
                    {
                        set.Committee ??= PeopleNames.Normalise(body.Groups["body"].Value);
                    }
                    break;
                default:
                    // "Title:", "Subject:", "Issue:" name the item.
                    item.Title = PeopleNames.Normalise(value);
                    break;
            }
        }
        ReadResolutions(lines, 0, lines.Count, item);
        set.Items.Add(item);
        return set;
    }

    /// <summary>The RESOLVED text in a block; a bare "Decision:" block only when no RESOLVED is printed.</summary>
    private static void ReadResolutions(IReadOnlyList<CleanLine> lines, int from, int to, MinuteItem item)
    {
        var block = lines.Skip(from).Take(to - from).ToList();
        for (var i = 0; i < block.Count; i++)
        {
            var decision = MinutesParser.Decision().Match(block[i].Text.Trim());
            if (!decision.Success)
            {
                // "The Committee resolved to agree the minutes …": the body's own sentence.
                decision = MinutesParser.BodyResolved().Match(block[i].Text.Trim());
            }
            if (decision.Success)
            {
                MinutesParser.ReadDecision(block, i, decision.Groups["text"].Value, item.Resolutions, out _);
                return;
            }
        }
        for (var i = 0; i + 1 < block.Count; i++)
        {
            if (DecisionLabel().IsMatch(block[i].Text.Trim()))
            {
                var next = block.Skip(i + 1).FirstOrDefault(l => !l.IsEmpty);
                if (next.Text is { } text && !DecisionLabel().IsMatch(text.Trim()))
                {
                    item.Resolutions.Add(text.Trim());
                }
                return;
            }
        }
        // A notice whose section labels were lost: the numbered "1. That …" parts are the decision.
        item.Resolutions.AddRange(block.Where(l => !l.IsEmpty).Select(l => NumberedThat().Match(l.Text.Trim()))
            .SkipWhile(m => !m.Success).TakeWhile(m => m.Success).Select(m => m.Groups["text"].Value.Trim()));
    }

    // "1. That …", "(1) that …".
    [GeneratedRegex(@"^(?:\d{1,2}[.)]|\(\d{1,2}\))\s+(?<text>[Tt]hat\b.+)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NumberedThat();

    // Modern.gov's page of one issue's decisions: "Issue - decisions", "Decisions for issue …".
    [GeneratedRegex(@"^(?:Issue\s*-\s*decisions|Decisions for issue\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex IssueDecisions();

    // "24/06/2021 - To confirm the minutes of the meeting held on 18 March 2021 as a correct record".
    [GeneratedRegex(@"^(?<date>\d{1,2}/\d{1,2}/\d{4})\s+-\s+(?<title>\S.{2,300})$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DatedDecision();

    // "Decision Maker: Cabinet", "Date of decision: 10/09/2024", "Decided at meeting: 10/09/2024 - Cabinet", "Title: …".
    [GeneratedRegex(@"^(?<label>Decision Maker|Date of decision|Decided at meeting|Title|Subject|Issue)\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NoticeField();

    // "Meeting: 12/12/2022 - Leader of the Council (Item 10)".
    [GeneratedRegex(@"^Meeting:\s*(?<date>\d{1,2}/\d{1,2}/\d{2,4})\s*-\s*(?<body>.+?)(?:\s*\(Item\s+(?<item>[\w/ .-]{1,12})\))?\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MeetingLine();

    [GeneratedRegex(@"^[\d/]+\s*-\s*(?<body>.+)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DashBody();

    [GeneratedRegex(@"^(?:Decision|Decisions)\s*:\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DecisionLabel();

    [GeneratedRegex(@"^Issue\s*-\s*(?:meetings|decisions|history)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex IssuePage();
}
