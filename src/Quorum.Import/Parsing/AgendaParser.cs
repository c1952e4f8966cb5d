using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
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
        string? part = null;
        AgendaEntry? item = null;
        var blankSinceHeading = false;
        var inStandingText = false;
        var meeting = pack.Meeting ??= new MeetingDetails();
        var agendaBefore = pack.Agenda.Count;
        var listFlattened = false;
        var inMinute = false;
        // A meeting page's table of items ("No. Item") numbers its first row with whatever the minute number is.
        var itemsTable = lines.Take(4).Any(l => ItemsTableHead().IsMatch(l.Text.Trim()));
        // Its first row may have an empty "No." cell ("PRESENTATIONS", "Available Papers"): a title with text under it.
        var lead = itemsTable ? LeadingUnnumberedRow(lines, part) : null;

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

            if (PartHeading().Match(text) is { Success: true } partHeading)
            {
                part = partHeading.Groups["part"].Value.ToUpperInvariant() switch
                {
                    "II" or "2" or "TWO" or "B" or "PRIVATE" or "EXEMPT" or "CONFIDENTIAL" or "RESTRICTED" => "II",
                    var excluded when excluded.StartsWith("PRESS", StringComparison.Ordinal) => "II",
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

            if (ItemNumbering.Read(text) is { } printed && WithTitleBelow(printed, lines, i, out var below) is var read
                && Renumbered(read, text, lines, i, pack.Agenda, agendaBefore, ref listFlattened) is var heading
                && (IsNextNumber(pack.Agenda, heading, startsSegment: pack.Agenda.Count == agendaBefore, itemsTable, NextNumber(lines, i))
                    || (below is not null && pack.Agenda.Count > agendaBefore && SkipsOneLost(pack.Agenda[^1], heading)))
                && !(pack.Agenda.Count == agendaBefore && IndentedList(line.Text, heading))
                && !(inMinute && item is not null && item.Number.Length > 0 && heading.Number.StartsWith(item.Number + ".", StringComparison.Ordinal)))
            {
                if (lead is not null && pack.Agenda.Count == agendaBefore && lead.Line < line.Number)
                {
                    pack.Agenda.Add(lead);
                }
                item = new AgendaEntry { Number = heading.Number, Part = part, Line = line.Number };
                var title = heading.Title;
                i = below ?? i;
                // A title can wrap onto the next line, and the page range can sit on a line of its own.
                while (i + 1 < lines.Count && !lines[i + 1].IsEmpty && item.Pages is null && !HasPages(title) && !title.TrimEnd().EndsWith(':')
                    && title.Length < 160 && !ReportOf().IsMatch(lines[i + 1].Text.Trim()) && ItemNumbering.Read(lines[i + 1].Text.Trim()) is null
                    && !LooksLikeStandingText(lines[i + 1].Text.Trim()) && !PartHeading().IsMatch(lines[i + 1].Text.Trim())
                    && !BulletLine().IsMatch(lines[i + 1].Text.Trim()))
                {
                    title += " " + lines[++i].Text.Trim();
                }
                item.Title = ReadTitle(title, item);
                if (item.Title.Length == 0)
                {
                    item = null;
                    continue;
                }
                pack.Agenda.Add(item);
                blankSinceHeading = false;
                inStandingText = false;
                inMinute = false;
                continue;
            }
            if (MinuteLabel().IsMatch(text))
            {
                // "Minutes:" under an item on a meeting page: what follows is the minute, whose numbered paragraphs
                // ("1.1 The Convener congratulated …" under item 1) are not items of the agenda.
                inMinute = true;
            }
            if (!inStandingText && item is not null && SubItem(line.Text, item) is { } sub)
            {
                // "11. Amendments to Scheme of Administration" / "    (i) Audit Committee Membership": an item of its own.
                item = new AgendaEntry { Number = sub.Number, Title = sub.Title, Part = part, Line = line.Number };
                pack.Agenda.Add(item);
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
            if (item.Pages is null && LeadingPages(text) is { } pages)
            {
                item.Pages = pages;
                continue;
            }
            if (facts.MinutesText is null && IsMinutesItem(item.Title) && text.Contains("minutes", StringComparison.OrdinalIgnoreCase))
            {
                facts.MinutesText = text;
                facts.MinutesTextLine = line.Number;
            }
            _ = blankSinceHeading;
        }
        if (pack.Agenda.Count == agendaBefore)
        {
            pack.Agenda.AddRange(UnnumberedItems.Read(lines, part, itemsTable));
        }
        if (pack.Agenda.Count == 0)
        {
            context.Warn("agenda-empty", "the agenda heading is followed by no numbered items", lines.Count > 0 ? lines[0].Number : null, lines.Count > 0 ? lines[0].Page : null);
        }
    }

    /// <summary>The first row of a "No. Item" table when its number cell is empty: a title line, then text, before the
    /// first numbered row.</summary>
    private static AgendaEntry? LeadingUnnumberedRow(IReadOnlyList<CleanLine> lines, string? part)
    {
        var rows = lines.Where(l => !l.IsEmpty && !PageFurniture.IsFurniture(l.Text.Trim())).Take(2).ToList();
        if (rows.Count < 2 || rows[0].Text.Trim() is var title && (!UnnumberedItems.IsTitle(title) || ItemNumbering.Read(title) is not null)
            || ItemNumbering.Read(rows[1].Text.Trim()) is not null)
        {
            return null;
        }
        return new AgendaEntry { Title = PeopleNames.Normalise(title), Part = part, Line = rows[0].Number };
    }

    /// <summary>
    /// The item's name when a sentence restating it runs on after it on the same line: the sentence opens with a
    /// capital followed by a word in lower case ("To receive", "Members to", "Response to", "It is") and repeats a word
    /// of the name ("Apologies for Absence To receive apologies …", "Petition responses Response to petitions …").
    /// Null when no such sentence follows; a long title that merely goes on ("Notice of Members wishing to …") is kept.
    /// </summary>
    internal static string? TitleBeforeRestatement(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 5)
        {
            return null;
        }
        for (var k = 1; k + 3 < words.Length; k++)
        {
            if (!char.IsUpper(words[k][0]) || !OpensSentence(words[k], words[k + 1]) || !EndsName(words[k - 1]))
            {
                continue;
            }
            var named = words[..k].Select(Stem).Where(s => s.Length >= 4).ToHashSet(StringComparer.Ordinal);
            if (words[k..].Select(Stem).Any(named.Contains))
            {
                return string.Join(' ', words[..k]);
            }
        }
        return null;

        // "To receive", "Members to declare", "It is the ruling": a sentence opens with "To" and a verb, or with a
        // subject and a verb; "Health and Environment" inside a long title does not.
        static bool OpensSentence(string first, string second) =>
            (first == "To" && second.Length > 2 && char.IsLower(second[0]))
            || second is "to" or "is" or "are" or "was" or "were" or "will" or "may" or "must" or "should" or "shall" or "has" or "have";

        // A name does not end on a preposition or a comma ("… from Morris Travel from Llangunnor to …", "Haughend Farm,
        // Meigle to Tower 34"), and a dash before the wording is the dash rules' to read ("Urgent Business - To …").
        static bool EndsName(string word) =>
            !word.EndsWith(',') && word is not ("-" or "–" or "—" or "from" or "to" or "of" or "in" or "on" or "at" or "for" or "by" or "and" or "with" or "the");

        // "Petitions", "petition", "Declarations", "declare": words that share their first five letters are one word here.
        static string Stem(string word)
        {
            var letters = new string([.. word.Where(char.IsLetter)]).ToLowerInvariant();
            return letters.Length > 5 ? letters[..5] : letters;
        }
    }

    public static bool IsMinutesItem(string title) => title.Trim().StartsWith("Minutes", StringComparison.OrdinalIgnoreCase);

    private static string ReadTitle(string raw, AgendaEntry item)
    {
        var title = StripPages(raw, out var pages);
        if (pages is not null)
        {
            item.Pages = pages;
        }
        if (ToFollow().Match(title) is { Success: true } toFollow)
        {
            item.ToFollow = true;
            title = title.Remove(toFollow.Index, toFollow.Length);
        }
        title = title.Trim();
        if (ReportByInTitle().Match(title) is { Success: true } reportBy)
        {
            // Scottish agendas: "Perth City Development Board - Report by Executive Director (Environment) (copy herewith 13/335)".
            item.ReportOf ??= reportBy.Groups["who"].Value.Trim();
            title = title[..reportBy.Index];
        }
        title = CopyNote().Replace(title, "");
        if (CapitalsBeforeWording().Match(title) is { Success: true } capitals)
        {
            // "APOLOGIES To receive apologies for absence …": a capitals title with the item's wording run on after it.
            title = capitals.Groups["title"].Value;
        }
        else if (LabelBeforeWording().Match(title) is { Success: true } labelled)
        {
            // "Exclusion of press and public: To resolve under 1960 …": the item's name, then its wording.
            title = labelled.Groups["title"].Value;
        }
        else if (DashBeforeWording().Match(title) is { Success: true } dashed)
        {
            // "Declarations of Interest - to receive any declarations …": the item's name, a dash, then its wording.
            title = dashed.Groups["title"].Value;
        }
        else if (TitleBeforeRestatement(title) is { } named)
        {
            // "Submission of Petitions Presentation to the Council of petitions for consideration": a flattened agenda
            // runs the item's wording on after its name; the wording is a sentence that restates the name.
            title = named;
        }
        // The " *" marker points to the Data Protection notice; a trailing colon is layout.
        title = title.TrimEnd(' ', '*', ':', '.').Trim();
        return PeopleNames.Normalise(title);
    }

    /// <summary>A page range opening a line of its own: "(Pages 5 - 12)" or "Pages 5 - 12".</summary>
    private static int[]? LeadingPages(string text) =>
        PageRange().Match(text) is { Success: true, Index: 0 } bracketed ? Pages(bracketed)
        : BarePageRange().Match(text) is { Success: true } bare ? Pages(bare) : null;

    private static bool HasPages(string title) => PageRange().IsMatch(title) || TrailingPages().IsMatch(title);

    /// <summary>Takes the page range out of a title: "(Pages 5 - 12)", "Pages 5-12", "pp. 5-12", "(5 - 12)" at the end.</summary>
    private static string StripPages(string title, out int[]? pages)
    {
        pages = null;
        if (PageRange().Match(title) is { Success: true } bracketed)
        {
            pages = Pages(bracketed);
            return title.Remove(bracketed.Index, bracketed.Length).Trim();
        }
        if (TrailingPages().Match(title) is { Success: true } trailing)
        {
            pages = Pages(trailing);
            return title[..trailing.Index].Trim();
        }
        return title.Trim();
    }

    /// <summary>"7." alone, or "7. (Pages 21 - 82)": the title is on the next line; <paramref name="below"/> is its index.</summary>
    private static ItemLine WithTitleBelow(ItemLine heading, IReadOnlyList<CleanLine> lines, int i, out int? below)
    {
        below = null;
        if (StripPages(heading.Title, out _).Length > 0)
        {
            return heading;
        }
        var next = NextNonEmpty(lines, i);
        if (next > 0 && next - i <= 2 && ItemNumbering.Read(lines[next].Text.Trim()) is null && lines[next].Text.Trim().Length <= 250)
        {
            below = next;
            return heading with { Title = (lines[next].Text.Trim() + " " + heading.Title).Trim() };
        }
        return heading;
    }

    /// <summary>
    /// A date alone on the agenda's last line, under the officer's signature ("Benjamin Watts / General Counsel /
    /// 03000 416814 / Monday, 24 February 2025"), is the day the agenda was sent out, when it falls in the weeks before
    /// the meeting.
    /// </summary>
    public static void ReadDespatchDate(IReadOnlyList<CleanLine> lines, ExtractedPack pack)
    {
        if (pack.Meeting is not { AgendaPublished: null, Date: { } meetingDate } meeting || pack.Agenda.Count == 0)
        {
            return;
        }
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].IsEmpty)
        {
            last--;
        }
        if (last < 0 || lines[last].Number <= pack.Agenda[^1].Line || !PackDates.IsDateOnly(lines[last].Text)
            || PackDates.FindDate(lines[last].Text) is not { } sent)
        {
            return;
        }
        var before = Period.Between(sent, meetingDate, PeriodUnits.Days).Days;
        if (before is > 0 and <= 42)
        {
            meeting.AgendaPublished = sent;
        }
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

    /// <summary>Standing text under an item ("To receive…", "That the minutes…") rather than a wrapped title.</summary>
    private static bool LooksLikeStandingText(string text) =>
        StandingText().IsMatch(text) || text.Length > 120 || text.EndsWith('.') && text.Contains(' ') && text.Split(' ').Length > 8;

    private static int[] Pages(Match m)
    {
        var first = int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture);
        var last = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : first;
        return [first, last];
    }

    /// <summary>
    /// A word-processor list converted to text prints "1." on every item. A second "1." that does not follow the item
    /// before it takes the number the sequence expects, and so does every later "1." of the agenda; unless that number
    /// is printed further on, when the "1." opens a numbered list inside the item's text.
    /// </summary>
    private static ItemLine Renumbered(ItemLine heading, string text, IReadOnlyList<CleanLine> lines, int i, List<AgendaEntry> items, int agendaBefore,
        ref bool listFlattened)
    {
        if (heading.Number != "1" || !text.StartsWith("1.", StringComparison.Ordinal) || items.Count == agendaBefore
            || (!listFlattened && items[^1].Number != "1") || ItemNumbering.Next(items[^1].Number) is not { } next
            || lines.Skip(i + 1).Any(l => ItemNumbering.Read(l.Text.Trim())?.Number == next))
        {
            return heading;
        }
        listFlattened = true;
        return heading with { Number = next, Value = ItemNumbering.Read(next + " X")?.Value ?? heading.Value };
    }

    /// <summary>"    (i) Any disclosable pecuniary interests": an indented list in an item's text, numbered in brackets or
    /// roman numerals, does not open the agenda.</summary>
    private static bool IndentedList(string raw, ItemLine heading) =>
        raw.Length - raw.TrimStart().Length >= 2 && (raw.TrimStart().StartsWith('(') || !char.IsDigit(heading.Number[0]));

    /// <summary>
    /// An indented "(i) Title" or "(a) Title" under a numbered item: a sub-item, numbered "11(i)", when its title reads
    /// as a heading (short, its words capitalised, no full stop) rather than a clause of the item's text
    /// ("(i) Any disclosable pecuniary interests and / or"). The first must be (i) or (a); later ones continue them.
    /// </summary>
    private static (string Number, string Title)? SubItem(string raw, AgendaEntry item)
    {
        if (raw.Length - raw.TrimStart().Length < 2 || SubItemLine().Match(raw.Trim()) is not { Success: true } m)
        {
            return null;
        }
        var title = m.Groups["title"].Value.Trim();
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (title.EndsWith('.') || words.Length > 8 || words.Any(w => w.Length >= 4 && char.IsLetter(w[0]) && !char.IsUpper(w[0])))
        {
            return null;
        }
        var sub = m.Groups["sub"].Value;
        if (item.Number.All(char.IsDigit) && item.Number.Length > 0)
        {
            return sub is "i" or "a" ? ($"{item.Number}({sub})", title) : null;
        }
        if (ParentAndSub().Match(item.Number) is { Success: true } previous)
        {
            var last = previous.Groups["sub"].Value;
            var follows = last.Length == 1 && sub.Length == 1 && !last.All("ivx".Contains) ? sub[0] == last[0] + 1 : ItemNumbering.Follows(last, sub);
            return follows ? ($"{previous.Groups["parent"].Value}({sub})", title) : null;
        }
        return null;
    }

    /// <summary>"3." then "5.", each number alone on its line over a short title: item 4's number and title were lost
    /// from the copy (its wording is left), and the list goes on.</summary>
    private static bool SkipsOneLost(AgendaEntry previous, ItemLine heading) =>
        int.TryParse(previous.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var last) && heading.Number.All(char.IsAsciiDigit)
        && heading.Value == last + 2 && heading.Title.Trim() is { Length: > 3 and <= 80 } title && char.IsUpper(title[0]) && !title.EndsWith('.');

    /// <summary>The number of the next numbered line after line <paramref name="i"/>, if any.</summary>
    private static string? NextNumber(IReadOnlyList<CleanLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (!lines[j].IsEmpty && ItemNumbering.Read(lines[j].Text.Trim()) is { } next)
            {
                return next.Number;
            }
        }
        return null;
    }

    private static bool IsNextNumber(List<AgendaEntry> items, ItemLine heading, bool startsSegment, bool itemsTable, string? nextNumber)
    {
        var value = heading.Value;
        var number = heading.Number;
        if (items.Count == 0 || startsSegment)
        {
            // The first item: 1, 2 or 3 usually; numbering through the year ("45. Apologies") starts anywhere
            // when the title is a standing item's, or as the first row under a page's "No. Item" head.
            return value <= 3 || ItemNumbering.IsStandingTitle(heading.Title)
                || (itemsTable && heading.Title.Length > 0 && char.IsUpper(heading.Title[0]));
        }
        // 7 → 8, "10" → "10a" → "10b", "55/20" → "56/20". A clerk's slip numbers on from the item before last again
        // ("6, 7, 8, 7, 8, 9"): the number two items back is the next item as printed when the numbering goes on from it,
        // where a list inside an item ("2. Declarations", "1. Disclosable interests", "3. Minutes") does not.
        return ItemNumbering.Follows(items[^1].Number, number)
            || (items.Count >= 2 && number == items[^2].Number && number.All(char.IsAsciiDigit) && nextNumber is not null && ItemNumbering.Follows(number, nextNumber)
                && heading.Title.Trim() is { Length: > 2 and <= 80 } title && char.IsUpper(title[0]) && !title.EndsWith('.'));
    }

    [GeneratedRegex(@"^\((?<sub>[ivx]{1,4}|[a-h])\)\s+(?<title>[A-Z].{2,80})$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SubItemLine();

    [GeneratedRegex(@"^(?<parent>\d{1,3})\((?<sub>[ivx]{1,4}|[a-h])\)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ParentAndSub();

    [GeneratedRegex(@"^No\.?\s+Item$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ItemsTableHead();

    [GeneratedRegex(@"^(?<title>[A-Z][^:]{2,80}):\s+(?=To\s+[a-z]\w+\s+\w+\s+\w+)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LabelBeforeWording();

    [GeneratedRegex(@"^(?<title>[A-Z][^:–-]{2,80}?)\s+[-–]\s+(?=to\s+[a-z]\w+\s+\w+)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DashBeforeWording();

    // A bulleted line ("•", "·", or the Symbol font's bullet U+F0B7 that Word's PDFs keep) is a point under the item.
    [GeneratedRegex(@"^[•·▪●\uF0B7]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^(?<title>[A-Z][A-Z0-9 ,&()'’/-]{2,}?)\s+(?=(?:To|That)\s+[a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CapitalsBeforeWording();

    // "AGENDA - PART I", "AGENDA - PRIVATE", "PART II", "Part 2 (Private)", "PART B - EXEMPT ITEMS", "PUBLIC ITEMS",
    // "UNRESTRICTED ITEMS" / "RESTRICTED ITEMS" (the public and the exempt part).
    [GeneratedRegex(@"^(?:AGENDA\s*[-–—:]?\s*)?(?:PART\s+(?<part>II|I|1|2|ONE|TWO|A|B)\b(?!\s*[:.]?\s*\w+\s+\w+\s+\w+\s+\w+\s+\w+)|(?<part>PUBLIC|PRIVATE|EXEMPT|CONFIDENTIAL)(?:\s+(?:ITEMS|BUSINESS|SESSION|AGENDA))?\s*$|^(?<part>UNRESTRICTED|RESTRICTED)\s+ITEMS\s*$|(?<=AGENDA\s*[-–—:]\s*)(?<part>PUBLIC|PRIVATE)\b|^(?:Items?|Matters|Business)\s+to\s+be\s+(?:considered|taken|transacted)\s+(?:with|in)\s+(?:the\s+)?(?<part>private|press\s+and\s+public\s+excluded)[^.]{0,20}$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PartHeading();

    // "Pages 5 - 12", "Page 5", "pp. 5-12" at the end of a title, without brackets.
    [GeneratedRegex(@"\s*[,–—-]?\s*\b(?:Pages?|pp?\.?)\s*(?<from>\d{1,4})(?:\s*(?:-|–|to)\s*(?<to>\d{1,4}))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TrailingPages();

    [GeneratedRegex(@"^(?:Pages?|pp?\.?)\s*(?<from>\d{1,4})(?:\s*(?:-|–|to)\s*(?<to>\d{1,4}))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BarePageRange();

    // "To" or "Members" alone: the first word of the wording, wrapped by a narrow column.
    [GeneratedRegex(@"^(?:(?:To|That|Members|The|This)(?:\s|$)|Report of|Purpose|Contact|Lead|Ward|Decision|Key decision|Recommend)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex StandingText();

    [GeneratedRegex(@"\(\s*Pages?\s*(?<from>\d{1,4})(?:\s*(?:-|–|to)\s*(?<to>\d{1,4}))?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PageRange();

    [GeneratedRegex(@"\s+[-–—]\s+(?:Joint\s+)?Reports?\s+by\s+(?:the\s+)?(?<who>.+?)\s*(?:\((?:copy|copies)\b[^)]*\))?\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ReportByInTitle();

    // "(copy herewith 13/332)", "(copy issued under separate cover)", "(copies to follow)".
    [GeneratedRegex(@"\s*\((?:(?:copy|copies)\s+(?:herewith|issued|to follow|attached|enclosed)[^)]*|circulated\s+(?:separately|herewith|previously)|attached|enclosed)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CopyNote();

    [GeneratedRegex(@"\(\s*To Follow\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ToFollow();

    [GeneratedRegex(@"^Report of (?:the )?(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ReportOf();

    // "paragraph 3 of Part 1 of Schedule 12A", "Schedule 12A, paragraph 3", "Information under paragraph 3 (…)".
    [GeneratedRegex(@"\bparagraph\s+(?<paragraph>[1-7])\b(?!\.\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ExemptionParagraph();

    [GeneratedRegex(@"record item (?<item>\d{1,2}[a-z]?)\s*\((?<title>[^)]{2,60})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RecordedItem();

    [GeneratedRegex(@"^Minutes\s*:", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinuteLabel();
}
