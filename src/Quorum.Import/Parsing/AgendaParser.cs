using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Parsing;

/// <summary>What the agenda says that later stages check against the rest of the pack.</summary>
public sealed class AgendaFacts
{
    /// <summary>The standing text of the minutes item ("That the minutes of the meeting held on …").</summary>
    public string? MinutesText { get; set; }
    public int MinutesTextLine { get; set; }

    /// <summary>The item number the Data Protection notice says will be recorded as Public Questions.</summary>
    public string? RecordedItem { get; set; }
    public string? RecordedItemTitle { get; set; }
    public int RecordedItemLine { get; set; }
}

/// <summary>
/// Stage 4b, the agenda: items "N. TITLE[ *][ (Pages a - b) | (To Follow)]", optional "Report of the …", Part I /
/// Public and Part II / Private sections ("- NIL" gives none), the public-question deadline, and the item the
/// Data Protection notice cites. Item numbers must run in sequence, so numbered lists inside standing text are
/// not taken for items.
/// </summary>
public static partial class AgendaParser
{
    public static void Parse(IReadOnlyList<CleanLine> lines, ExtractedPack pack, AgendaFacts facts, ExtractionContext context)
    {
        var part = "I";
        AgendaEntry? item = null;
        var blankSinceHeading = false;
        var inStandingText = false;
        var meeting = pack.Meeting ??= new MeetingDetails();

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsEmpty)
            {
                blankSinceHeading = true;
                continue;
            }
            var text = line.Text.Trim();
            if (text.StartsWith("- ", StringComparison.Ordinal))
            {
                text = text[2..].Trim();
            }

            if (PartHeading().Match(text) is { Success: true } heading)
            {
                part = heading.Groups["part"].Value.ToUpperInvariant() switch
                {
                    "II" or "2" or "TWO" or "PRIVATE" => "II",
                    _ => "I",
                };
                item = null;
                inStandingText = false;
                continue;
            }
            if (text.Contains("DATA PROTECTION", StringComparison.OrdinalIgnoreCase))
            {
                item = null;
                inStandingText = true;
                continue;
            }
            if (meeting.PublicQuestionDeadline is null && text.Contains("deadline", StringComparison.OrdinalIgnoreCase)
                && PackDates.FindDate(text) is { } deadlineDate && PackDates.FindTime(text) is { } deadlineTime)
            {
                meeting.PublicQuestionDeadline = deadlineDate.At(deadlineTime);
            }
            if (RecordedItem().Match(text) is { Success: true } recorded && facts.RecordedItem is null)
            {
                facts.RecordedItem = recorded.Groups["item"].Value;
                facts.RecordedItemTitle = recorded.Groups["title"].Value;
                facts.RecordedItemLine = line.Number;
            }

            if (ItemHeading().Match(text) is { Success: true } m && IsNextNumber(pack.Agenda, m.Groups["number"].Value))
            {
                item = new AgendaEntry { Number = m.Groups["number"].Value, Part = part, Line = line.Number };
                var title = m.Groups["title"].Value;
                // A title can wrap onto the next line, and the page range can sit on a line of its own.
                while (i + 1 < lines.Count && !lines[i + 1].IsEmpty && item.Pages is null && !PageRange().IsMatch(title) && !title.TrimEnd().EndsWith(':')
                    && !ReportOf().IsMatch(lines[i + 1].Text.Trim()) && !ItemHeading().IsMatch(lines[i + 1].Text.Trim()))
                {
                    title += " " + lines[++i].Text.Trim();
                }
                item.Title = ReadTitle(title, item);
                pack.Agenda.Add(item);
                blankSinceHeading = false;
                inStandingText = false;
                continue;
            }
            if (inStandingText || item is null)
            {
                continue;
            }
            if (ReportOf().Match(text) is { Success: true } reportOf && item.ReportOf is null)
            {
                item.ReportOf = reportOf.Groups[1].Value.Trim().TrimEnd('.');
                continue;
            }
            if (part == "II" && item.Schedule12AParagraph is null && ExemptionParagraph().Match(text) is { Success: true } paragraph)
            {
                item.Schedule12AParagraph = paragraph.Groups["paragraph"].Value[0] - '0';
                continue;
            }
            if (item.Pages is null && PageRange().Match(text) is { Success: true } pages && pages.Index == 0)
            {
                item.Pages = Pages(pages);
                continue;
            }
            if (facts.MinutesText is null && IsMinutesItem(item.Title) && text.Contains("minutes", StringComparison.OrdinalIgnoreCase))
            {
                facts.MinutesText = text;
                facts.MinutesTextLine = line.Number;
            }
            _ = blankSinceHeading;
        }
        if (pack.Agenda.Count == 0)
        {
            context.Warn("agenda-empty", "the agenda heading is followed by no numbered items", lines.Count > 0 ? lines[0].Number : null, lines.Count > 0 ? lines[0].Page : null);
        }
    }

    public static bool IsMinutesItem(string title) => title.Trim().StartsWith("Minutes", StringComparison.OrdinalIgnoreCase);

    private static string ReadTitle(string raw, AgendaEntry item)
    {
        var title = raw;
        if (PageRange().Match(title) is { Success: true } pages)
        {
            item.Pages = Pages(pages);
            title = title.Remove(pages.Index, pages.Length);
        }
        if (ToFollow().Match(title) is { Success: true } toFollow)
        {
            item.ToFollow = true;
            title = title.Remove(toFollow.Index, toFollow.Length);
        }
        title = title.Trim();
        // The " *" marker points to the Data Protection notice; a trailing colon is layout.
        title = title.TrimEnd(' ', '*', ':', '.').Trim();
        return PeopleNames.Normalise(title);
    }

    private static int[] Pages(Match m)
    {
        var first = int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture);
        var last = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : first;
        return [first, last];
    }

    private static bool IsNextNumber(List<AgendaEntry> items, string number)
    {
        var value = LeadingNumber(number);
        if (value is null)
        {
            return false;
        }
        if (items.Count == 0)
        {
            return value <= 3;
        }
        var last = LeadingNumber(items[^1].Number);
        // "10a" and "10b" may follow "10"; otherwise numbers go up by one.
        return value == last + 1 || (value == last && number.Length > 0 && char.IsLetter(number[^1]) && number != items[^1].Number);
    }

    private static int? LeadingNumber(string number)
    {
        var digits = new string([.. number.TakeWhile(char.IsDigit)]);
        return digits.Length == 0 ? null : int.Parse(digits, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^AGENDA\s*[-–—:]\s*(?:PART\s+)?(?<part>II|I|1|2|ONE|TWO|PUBLIC|PRIVATE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^(?<number>\d{1,2}[a-z]?)\.\s+(?<title>\S.{0,300})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"\(\s*Pages?\s*(?<from>\d{1,4})(?:\s*(?:-|–|to)\s*(?<to>\d{1,4}))?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PageRange();

    [GeneratedRegex(@"\(\s*To Follow\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ToFollow();

    [GeneratedRegex(@"^Report of (?:the )?(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReportOf();

    // "paragraph 3 of Part 1 of Schedule 12A", "Schedule 12A, paragraph 3", "Information under paragraph 3 (…)".
    [GeneratedRegex(@"\bparagraph\s+(?<paragraph>[1-7])\b(?!\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ExemptionParagraph();

    [GeneratedRegex(@"record item (?<item>\d{1,2}[a-z]?)\s*\((?<title>[^)]{2,60})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RecordedItem();
}
