using System.Text;
using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Segmenting;

namespace Quorum.Import.Parsing;

/// <summary>
/// Stage 4d, a report: the "REPORT FOR:" cover and its fields (whichever of Date of Meeting, Subject, Key
/// Decision, Responsible Officer, Portfolio Holder, Scrutiny Lead Member area, Exempt, Decision subject to
/// Call-in, Wards affected, Enclosures the template has), Section 3 statutory officer clearance (horizontal,
/// vertical or checkbox rows, "on behalf of"), "Ward Councillors notified", the Section 4 contact and the
/// Call-In Waived box.
/// </summary>
public static partial class ReportParser
{
    // A guard against pathological input, not a speed limit: 1 s was tripped on a loaded two-core CI machine.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private static readonly string[] KnownRoles =
    [
        "Chief Financial Officer", "Monitoring Officer", "Corporate Director", "Chief Executive", "Section 151 Officer",
        "Head of Paid Service", "Divisional Director", "Director of Finance", "Director of Legal", "Head of Procurement",
    ];

    public static ReportEntry Parse(Segment segment, ExtractionContext context)
    {
        var lines = segment.Lines;
        var report = new ReportEntry { Line = segment.StartLine };
        if (segment.Stamp is { } stamp)
        {
            report.StampedItem = stamp.Item;
            report.AgendaItem = stamp.Item;
            report.Pages = [stamp.FirstPage, stamp.LastPage];
        }
        var i = ReadReportFor(lines, report);
        i = ReadCover(lines, i, report, context);
        if (report.ReportFor is null)
        {
            ReadLoneCover(lines, report);
        }
        ReadClearance(lines, i, report);
        ReadWardCouncillors(lines, i, report, context);
        ReadContact(lines, i, report);
        ReadCallIn(lines, i, report);
        return report;
    }

    /// <summary>
    /// A lone paper's cover with no "Report to:" label: "CABINET: 22ND SEPTEMBER, 2014" names the body and the meeting's
    /// date, and the first title in capitals under it is the subject. A line naming the paper's kind ("REFERENCE FROM
    /// SCRUTINY COMMITTEE …", "REPORT OF THE DIRECTOR …") is not the subject; a quoted minute's number ("283") and the
    /// dash after its title are not part of it.
    /// </summary>
    private static void ReadLoneCover(List<CleanLine> lines, ReportEntry report)
    {
        var i = 0;
        for (; i < lines.Count && i < 12; i++)
        {
            if (Segmenter.LoneCoverFor(lines[i].Text.Trim()) is { } cover)
            {
                report.ReportFor = PeopleNames.Normalise(cover.Body);
                report.MeetingDate ??= cover.Date;
                break;
            }
        }
        for (i++; i < lines.Count && i < 20 && report.Subject is null; i++)
        {
            var text = PeopleNames.Normalise(lines[i].Text);
            if (text.Length == 0 || PaperKind().IsMatch(text))
            {
                continue;
            }
            if (text.Any(char.IsLower))
            {
                // Prose: the cover printed no title.
                break;
            }
            report.Subject = LoneTitle().Replace(text, "").Trim(' ', '-', '–', '—');
        }
    }

    private static int ReadReportFor(List<CleanLine> lines, ReportEntry report)
    {
        var i = 0;
        while (i < lines.Count && !Segmenter.ReportFor().IsMatch(lines[i].Text.Trim()))
        {
            i++;
        }
        if (i >= lines.Count)
        {
            return 0;
        }
        var first = Segmenter.ReportFor().Replace(lines[i].Text.Trim(), "").Trim();
        var sb = new StringBuilder(first);
        var j = i + 1;
        // "REPORT FOR:" alone: the body is in the next paragraph (after the stamp, which the segmenter took).
        if (first.Length == 0)
        {
            while (j < lines.Count && lines[j].IsEmpty)
            {
                j++;
            }
            // A blank "REPORT FOR:" in a template left unfilled: the next paragraph is a heading, not the body.
            if (j < lines.Count && (SectionHeading().IsMatch(lines[j].Text.Trim()) || CoverLabel().IsMatch(lines[j].Text.Trim())))
            {
                return j;
            }
        }
        for (; j < lines.Count && !lines[j].IsEmpty && !CoverLabel().IsMatch(lines[j].Text.Trim()); j++)
        {
            AppendWrapped(sb, lines[j].Text.Trim());
        }
        report.ReportFor = PeopleNames.Normalise(sb.ToString());
        return j;
    }

    private static int ReadCover(List<CleanLine> lines, int start, ReportEntry report, ExtractionContext context)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        var currentLabel = "";
        var blank = false;
        var i = start;
        var lastUsed = start - 1;
        for (; i < lines.Count && i < start + 80; i++)
        {
            var line = lines[i];
            if (line.IsEmpty)
            {
                blank = true;
                continue;
            }
            var text = line.Text.Trim();
            if (CoverEnd().IsMatch(text))
            {
                break;
            }
            if (CoverLabel().Match(text) is { Success: true } label)
            {
                lastUsed = i;
                currentLabel = Canonical(label.Groups["label"].Value);
                current = [];
                fields[currentLabel] = current;
                foreach (var cell in label.Groups["value"].Value.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    current.Add(cell);
                }
                blank = false;
                continue;
            }
            if (current is null)
            {
                continue;
            }
            if (blank && currentLabel != "Enclosures" && !line.Text.StartsWith('\t') && current.Count > 0)
            {
                current = null;
                continue;
            }
            lastUsed = i;
            if (current.Count == 0 && currentLabel != "Enclosures" && (blank || SectionHeading().IsMatch(text)))
            {
                // An empty label in an unfilled template: what comes after a gap is not its value.
                current = null;
                continue;
            }
            if (line.Text.StartsWith('\t') || current.Count == 0)
            {
                // A further cell of the same field ("\tCouncillor Janet Mote"), or the value under an empty label.
                current.Add(text);
            }
            else if (!blank)
            {
                current[^1] = JoinWrapped(current[^1], text);
            }
            else if (currentLabel == "Enclosures")
            {
                // Enclosures run on over blank lines; a paragraph that does not start a new one is a wrapped line.
                if (EnclosureStart().IsMatch(text))
                {
                    current.Add(text);
                }
                else
                {
                    current[^1] = JoinWrapped(current[^1], text);
                }
            }
            else
            {
                current = null;
            }
            blank = false;
        }

        string? Text(string key) => fields.TryGetValue(key, out var v) && v.Count > 0 ? PeopleNames.Normalise(string.Join(' ', v)) : null;

        report.MeetingDate = PackDates.FindDate(Text("Date of Meeting"));
        report.Subject = Text("Subject");
        report.KeyDecision = YesNo(Text("Key Decision"));
        report.ResponsibleOfficer = Text("Responsible Officer") is { } officer ? StripContactDetails(officer) : null;
        report.PortfolioHolder = Text("Portfolio Holder");
        report.Exempt = YesNo(Text("Exempt"));
        report.DecisionSubjectToCallIn = YesNo(Text("Decision subject to Call-in"));
        report.WardsAffected = Text("Wards affected");
        if (fields.TryGetValue("Scrutiny Lead Member", out var leads))
        {
            report.ScrutinyLeadMember = [.. leads.SelectMany(l => LeadSplit().Split(l)).Select(PeopleNames.Normalise).Where(l => l.Length > 0)];
        }
        if (fields.TryGetValue("Enclosures", out var enclosures))
        {
            report.Enclosures.AddRange(ReadEnclosures(enclosures));
        }
        if (report.Subject is null)
        {
            context.Warn("report-no-subject", "a report cover has no Subject field", report.Line, null);
        }
        return i < lines.Count ? i : lastUsed + 1;
    }

    internal static IEnumerable<string> ReadEnclosures(List<string> entries)
    {
        if (entries.Count == 1 && NoEnclosures().IsMatch(entries[0].Trim()))
        {
            yield break;
        }
        foreach (var entry in entries)
        {
            var text = PeopleNames.Normalise(entry);
            if (NoEnclosures().IsMatch(text))
            {
                continue;
            }
            foreach (var piece in SplitNumbered(text))
            {
                yield return piece;
            }
        }
    }

    /// <summary>Splits "1. A 2. B" (even "Report2. B", where conversion lost the space) into its items.</summary>
    internal static List<string> SplitNumbered(string text)
    {
        var result = new List<string>();
        if (!text.StartsWith("1.", StringComparison.Ordinal) && !text.StartsWith("1)", StringComparison.Ordinal))
        {
            result.Add(text);
            return result;
        }
        var starts = new List<(int At, int Length)>();
        var n = 1;
        var from = 0;
        while (true)
        {
            var marker = Regex.Match(text[from..], $@"(?:^|(?<=[\s\p{{L}}.)]))({n})[.)]\s+", RegexOptions.CultureInvariant, MatchTimeout);
            if (!marker.Success)
            {
                break;
            }
            starts.Add((from + marker.Index, marker.Length));
            from += marker.Index + marker.Length;
            n++;
        }
        for (var k = 0; k < starts.Count; k++)
        {
            var begin = starts[k].At + starts[k].Length;
            var end = k + 1 < starts.Count ? starts[k + 1].At : text.Length;
            var item = text[begin..end].Trim();
            if (item.Length > 0)
            {
                result.Add(item);
            }
        }
        return result;
    }

    private static void ReadClearance(List<CleanLine> lines, int start, ReportEntry report)
    {
        var section3 = FindLine(lines, start, Section3());
        if (section3 < 0)
        {
            return;
        }
        var records = new List<(StringBuilder Name, StringBuilder Role, string? Date)>();
        (StringBuilder Name, StringBuilder Role, string? Date)? current = null;
        for (var i = section3 + 1; i < lines.Count; i++)
        {
            if (lines[i].IsEmpty)
            {
                continue;
            }
            var text = lines[i].Text.Trim();
            if (ClearanceEnd().IsMatch(text))
            {
                break;
            }
            if (text.StartsWith('*') || text.Contains("Delete the words", StringComparison.OrdinalIgnoreCase) || text.StartsWith('['))
            {
                continue;
            }
            if (NameLabel().Match(text) is { Success: true } name)
            {
                if (current is { } done)
                {
                    records.Add(done);
                }
                current = (new StringBuilder(), new StringBuilder(), null);
                var rest = name.Groups["rest"].Value;
                // "Name: Sarah Wilson Date: 10/09/2017\tX\ton behalf of …": the date ran into the name.
                if (DateLabel().Match(rest) is { Success: true } inlineDate)
                {
                    current = current.Value with { Date = inlineDate.Groups["rest"].Value };
                    rest = rest[..inlineDate.Index] + "\t" + inlineDate.Groups["rest"].Value;
                }
                var cells = rest.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (cells.Length > 0)
                {
                    current.Value.Name.Append(cells[0]);
                    foreach (var cell in cells.Skip(1))
                    {
                        current.Value.Role.Append(' ').Append(cell);
                    }
                }
                continue;
            }
            if (current is null)
            {
                continue;
            }
            if (DateLabel().Match(text) is { Success: true } date)
            {
                current = current.Value with { Date = date.Groups["rest"].Value };
                continue;
            }
            if (current.Value.Name.Length == 0)
            {
                // Vertical layout: "Name:" then "Jo Frost, Finance Business Partner -" on the next line.
                var comma = text.IndexOf(',', StringComparison.Ordinal);
                current.Value.Name.Append(comma > 0 ? text[..comma] : text);
                current.Value.Role.Append(' ').Append(comma > 0 ? text[(comma + 1)..] : "");
                continue;
            }
            current.Value.Role.Append(' ').Append(text);
        }
        if (current is { } last)
        {
            records.Add(last);
        }

        report.Clearance = [];
        foreach (var (nameText, roleText, date) in records)
        {
            var (name, spill) = CleanSignatory(nameText.ToString());
            if (name.Length == 0)
            {
                continue;
            }
            var role = spill + " " + roleText;
            report.Clearance.Add(new Clearance
            {
                Name = name,
                Role = RoleOf(role),
                Date = PackDates.FindDate(date),
                OnBehalf = role.Contains("on behalf of", StringComparison.OrdinalIgnoreCase),
            });
        }
    }

    /// <summary>Separates the signatory's name from what conversion ran into it: a signature "X", "on behalf of …", a role.</summary>
    private static (string Name, string Spill) CleanSignatory(string raw)
    {
        var text = PeopleNames.Normalise(raw);
        var cut = text.Length;
        var behalf = text.StartsWith("on behalf of", StringComparison.OrdinalIgnoreCase) ? 0 : text.IndexOf(" on behalf of", StringComparison.OrdinalIgnoreCase);
        if (behalf >= 0)
        {
            cut = behalf;
        }
        foreach (var role in KnownRoles)
        {
            var at = text.IndexOf(role, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }
        var name = text[..cut].Trim();
        var spill = text[cut..];
        name = SignatureMark().Replace(name, "").Trim(' ', ',', '-', '–');
        if (name is "X" or "x")
        {
            name = "";
        }
        return (name.Any(char.IsLetter) ? name : "", spill);
    }

    private static string? RoleOf(string text)
    {
        foreach (var role in KnownRoles)
        {
            if (text.Contains(role, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }
        var cleaned = PeopleNames.Normalise(BehalfWords().Replace(text, " ")).Trim(' ', '*', 'X');
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static void ReadWardCouncillors(List<CleanLine> lines, int start, ReportEntry report, ExtractionContext context)
    {
        var at = FindLine(lines, start, WardCouncillors());
        if (at < 0)
        {
            return;
        }
        var value = WardCouncillors().Match(lines[at].Text.Trim()).Groups["value"].Value.Trim();
        if (value.Length == 0)
        {
            var next = NextNonEmpty(lines, at);
            if (next >= 0 && !IsHeadingOrLabel(lines[next].Text.Trim()))
            {
                var sb = new StringBuilder(lines[next].Text.Trim());
                for (var j = next + 1; j < lines.Count && !lines[j].IsEmpty && !IsHeadingOrLabel(lines[j].Text.Trim()); j++)
                {
                    AppendWrapped(sb, lines[j].Text.Trim());
                }
                value = sb.ToString();
            }
            else
            {
                // Conversion can put the value before its label ("NO" / "Ward Councillors notified:").
                var previous = PreviousNonEmpty(lines, at);
                if (previous >= 0 && lines[previous].Text.Trim() is { Length: > 0 and <= 60 } before && !IsHeadingOrLabel(before) && !before.Contains(':'))
                {
                    value = before;
                    context.Warn("value-before-label", $"'Ward Councillors notified' value '{before}' is printed before its label", lines[previous].Number, lines[previous].Page);
                }
            }
        }
        value = value.Split('\t')[0].Trim();
        report.WardCouncillorsNotified = value.Length == 0 ? null : PeopleNames.Normalise(value);
    }

    private static void ReadContact(List<CleanLine> lines, int start, ReportEntry report)
    {
        var section4 = FindLine(lines, start, Section4());
        var at = FindLine(lines, section4 >= 0 ? section4 : start, ContactLabel());
        if (at < 0)
        {
            return;
        }
        var parts = new List<string>();
        void AddCells(string text)
        {
            foreach (var cell in text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                parts.Add(cell);
            }
        }
        AddCells(ContactLabel().Match(lines[at].Text.Trim()).Groups["value"].Value);
        for (var j = at + 1; j < lines.Count; j++)
        {
            if (lines[j].IsEmpty)
            {
                continue;
            }
            var text = lines[j].Text.Trim();
            if (ContactEnd().IsMatch(text))
            {
                break;
            }
            AddCells(text);
        }
        report.Contact = JoinContact(parts);
    }

    /// <summary>
    /// Joins the parts of a contact block: one person's parts with ", ", several people with "; ". A part starts a
    /// new person when it opens with a name and a comma, or brings a second e-mail address.
    /// </summary>
    internal static string? JoinContact(List<string> parts)
    {
        if (parts.Count == 0)
        {
            return null;
        }
        var people = new List<List<string>>();
        // Two people's details run together (a lost column break): split after an e-mail that more text follows.
        var pieces = parts.SelectMany(p => FrontSheetParser.Email().Count(p) >= 2 ? EmailThenName().Split(p) : [p]);
        foreach (var raw in pieces)
        {
            var part = PeopleNames.Normalise(raw);
            var hasEmail = FrontSheetParser.Email().IsMatch(part);
            if (people.Count == 0)
            {
                people.Add([part]);
                continue;
            }
            var groupHasEmail = people[^1].Any(p => FrontSheetParser.Email().IsMatch(p));
            // A bare name followed by its role ("Sara Dawson" / "Clinical Psychologist, …") is one person.
            var previousIsBareName = people[^1].Count == 1 && !people[^1][0].Contains(',') && people[^1][0].Split(' ').Length <= 3;
            var opensWithName = !previousIsBareName && NameThenComma().Match(part) is { Success: true } m && !m.Groups[1].Value.Split(' ').Any(IsRoleWord);
            if (opensWithName || (hasEmail && groupHasEmail))
            {
                people.Add([part]);
            }
            else
            {
                people[^1].Add(part);
            }
        }
        var joined = people.Select(p => string.Join(", ", p)).ToList();
        if (joined.Count == 1)
        {
            // One person's e-mail is set off from the words before it.
            joined[0] = EmailAfterWord().Replace(joined[0], "$1, $2");
        }
        return string.Join("; ", joined);
    }

    private static void ReadCallIn(List<CleanLine> lines, int start, ReportEntry report)
    {
        var at = FindLine(lines, start, CallInWaived());
        if (at < 0)
        {
            return;
        }
        var sb = new StringBuilder();
        for (var j = at; j < lines.Count && j < at + 14; j++)
        {
            sb.Append(' ').Append(lines[j].Text);
        }
        var box = sb.ToString();
        var end = CallInNotes().Match(box);
        if (end.Success)
        {
            box = box[..end.Index];
        }
        var options = CallInOption().Matches(box).Select(m => m.Value).Distinct().ToList();
        report.CallInWaived = options.Count == 1 ? options[0] : null;
    }

    private static string StripContactDetails(string text)
    {
        text = FrontSheetParser.Email().Replace(text, "");
        text = PhoneNumber().Replace(text, "");
        return PeopleNames.Normalise(text).TrimEnd(',', ';', '.').Trim();
    }

    private static bool? YesNo(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var v = value.Trim().TrimEnd('.', '*').Trim();
        if (v.StartsWith("No", StringComparison.OrdinalIgnoreCase) && !v.StartsWith("Not", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (v.StartsWith("Yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return null;
    }

    private static string Canonical(string label)
    {
        var l = label.Trim().ToLowerInvariant();
        return l switch
        {
            _ when l.StartsWith("date", StringComparison.Ordinal) || l == "meeting date" => "Date of Meeting",
            _ when l.StartsWith("subject", StringComparison.Ordinal) || l.EndsWith("title", StringComparison.Ordinal) => "Subject",
            _ when l.StartsWith("key", StringComparison.Ordinal) || l.StartsWith("is this a key", StringComparison.Ordinal) => "Key Decision",
            _ when l.StartsWith("responsible", StringComparison.Ordinal) || l is "report of" or "report author" or "lead officer" => "Responsible Officer",
            _ when l.StartsWith("portfolio", StringComparison.Ordinal) || l is "cabinet member" or "lead member" => "Portfolio Holder",
            _ when l.StartsWith("scrutiny", StringComparison.Ordinal) => "Scrutiny Lead Member",
            _ when l.StartsWith("exempt", StringComparison.Ordinal) => "Exempt",
            _ when l.StartsWith("decision", StringComparison.Ordinal) => "Decision subject to Call-in",
            _ when l.StartsWith("ward", StringComparison.Ordinal) => "Wards affected",
            _ => "Enclosures",
        };
    }

    private static void AppendWrapped(StringBuilder sb, string text)
    {
        if (sb.Length > 0 && sb[^1] != '-')
        {
            sb.Append(' ');
        }
        sb.Append(text);
    }

    private static string JoinWrapped(string before, string after) =>
        before.EndsWith('-') && !before.EndsWith(" -", StringComparison.Ordinal) ? before + after : before + " " + after;

    private static int FindLine(List<CleanLine> lines, int start, Regex pattern)
    {
        for (var i = Math.Max(0, start); i < lines.Count; i++)
        {
            if (pattern.IsMatch(lines[i].Text.Trim()))
            {
                return i;
            }
        }
        return -1;
    }

    private static int NextNonEmpty(List<CleanLine> lines, int i)
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

    private static int PreviousNonEmpty(List<CleanLine> lines, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (!lines[j].IsEmpty)
            {
                return j;
            }
        }
        return -1;
    }

    private static bool IsHeadingOrLabel(string text) =>
        Section4().IsMatch(text) || Section3().IsMatch(text) || text.StartsWith("EqIA", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("MANDATORY", StringComparison.Ordinal) || ContactLabel().IsMatch(text) || NameLabel().IsMatch(text);

    private static bool IsRoleWord(string word) =>
        word is "Director" or "Head" or "Officer" or "Manager" or "Divisional" or "Corporate" or "Service" or "Services" or "Chief"
            or "Senior" or "Assistant" or "Partner" or "Team" or "Lead" or "Interim" or "Deputy" or "Principal" or "Tel" or "Email";

    // Harrow's labels and the common ones of other councils' covers ("Date:", "Title:", "Report of:", "Lead officer:",
    // "Cabinet Member:", "Wards:", "Is this a key decision?", "Appendices:").
    [GeneratedRegex(@"^(?<label>Date of Meeting|Meeting Date|Date|Subject|Report Title|Title|Key Decision|Is this a Key Decision\??|Responsible Officers?|Report of|Report Author|Lead Officer|Portfolio Holders?|Cabinet Member|Lead Member|Scrutiny Lead Members?(?: area)?|Exempt(?: information)?|Decision subject to Call[- ]in|Wards? affected|Wards?|Enclosures?|Appendices)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CoverLabel();

    [GeneratedRegex(@"^(?:Section\s*\d|This report sets out|Executive Summary|Recommendations?\s*:|Introduction$|Summary$|Purpose of (?:the )?report)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CoverEnd();

    [GeneratedRegex(@"^(?:Appendix|Appendices|Annex|Enclosure|Attachment|Schedule|Encl\.?|\d{1,2}[.)])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex EnclosureStart();

    [GeneratedRegex(@"^(?:None\.?|Nil\.?|N/?A\.?|No(?:ne)?\s+(?:additional\s+)?(?:papers|enclosures|appendices|attachments)(?:\s+attached)?\.?|Not applicable\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NoEnclosures();

    [GeneratedRegex(@"\s+(?=\b(?:Cllr|Councillor)\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LeadSplit();

    [GeneratedRegex(@"^Section\s*3\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Section3();

    [GeneratedRegex(@"^Section\s*4\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Section4();

    [GeneratedRegex(@"^(?:Section\s*4\b|Ward Councillors notified|MANDATORY|EqIA|Contact\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ClearanceEnd();

    [GeneratedRegex(@"^Name\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"\bDate\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"(?:(?<=\p{Ll})X|\s+X)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SignatureMark();

    [GeneratedRegex(@"\bon behalf of(?: the)?\*?|\bX\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BehalfWords();

    [GeneratedRegex(@"^Ward Councillors notified\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex WardCouncillors();

    [GeneratedRegex(@"^Contact(?: Officer)?(?: Details)?\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ContactLabel();

    [GeneratedRegex(@"^(?:Background Papers|Section\s*\d|Call-In Waived|[-–\s]{2,}$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ContactEnd();

    [GeneratedRegex(@"^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,2}),", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NameThenComma();

    [GeneratedRegex(@"(?<=@[\w-]+(?:\.[\w-]+)+)\s+(?=[A-Z][a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex EmailThenName();

    [GeneratedRegex(@"([\p{L}\d]) ([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex EmailAfterWord();

    [GeneratedRegex(@"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"Call-?\s?In Waived", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CallInWaived();

    [GeneratedRegex(@"Delete as appropriate|If No, set out", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CallInNotes();

    [GeneratedRegex(@"\b(?:NOT APPLICABLE|YES|NO)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CallInOption();

    [GeneratedRegex(@"^(?:\*\*)?Section\s*\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SectionHeading();

    // "REFERENCE FROM SCRUTINY COMMITTEE (…): 23RD JULY, 2014", "REPORT OF THE HEAD OF …": what kind of paper it is.
    [GeneratedRegex(@"^(?:(?:JOINT\s+)?REPORT\s+(?:OF|BY|FROM)|REFERENCE\s+FROM|REFERRAL\s+FROM)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PaperKind();

    // "283    REGIONALISING …": the number of the minute a reference quotes.
    [GeneratedRegex(@"^\d{1,4}\.?\s+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LoneTitle();
}
