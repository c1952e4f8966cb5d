using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Segmenting;

namespace Quorum.Import.Parsing;

/// <summary>The minutes heading: the body, the date, the kind of meeting and its start and close times.</summary>
public static partial class MinutesParser
{
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
                // After the date only a line of times ("10:00 to 11:30", "Held on … at 2pm") still belongs to the heading,
                // and the meeting's formal title under a page title ("Derby and Derbyshire CCG Governing Body Meeting in Public").
                if (dated && body is null && MeetingOfBody().Match(text) is { Success: true } meetingOf)
                {
                    // "Minutes of the Meeting of the Parish Council" under a page title with the date: the body it names.
                    body = meetingOf.Groups["body"].Value.Trim();
                    continue;
                }
                if (dated && body is null && MinutesOfMeeting().Match(text) is { Success: true, Groups: var late } && late["body"].Success)
                {
                    // A running head's date, then the minutes' own heading naming the body ("… OF FULL COUNCIL HELD ON …").
                    body = MeetingWords().Replace(late["body"].Value, "").Trim(' ', ',');
                    ReadTimes(text[late["date"].Index..], set);
                    continue;
                }
                if (dated && body is null && FormalTitle().IsMatch(text) && !Segmenter.PresentCue().IsMatch(text))
                {
                    body = MeetingWords().Replace(text, "").Trim();
                    continue;
                }
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
            if (Truncated().IsMatch(text))
            {
                // "MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY …": a site's shortened title of the document.
                continue;
            }
            if (MinutesOfMeeting().Match(DocumentReference().Replace(text, "", 1)) is { Success: true } of)
            {
                // "MPC(21)M04 Minutes of the … held on 5 May 2021": the document's reference printed before its title.
                text = DocumentReference().Replace(text, "", 1);
                set.Date ??= PackDates.FindDate(of.Groups["date"].Value) ?? PackDates.FindDate(text);
                if (of.Groups["body"].Success)
                {
                    body ??= MeetingWords().Replace(of.Groups["body"].Value, "").Trim(' ', ',');
                }
                if (text.Contains("special", StringComparison.OrdinalIgnoreCase) || ExtraOrdinary().IsMatch(text))
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
            if (MinutesOfBodyMeeting().Match(text) is { Success: true } bodyMeeting && PackDates.FindDate(text) is { } meetingDate)
            {
                // "Minutes of the Town Council Meeting 27th April 2021": the body, then "Meeting" and the date, no "held".
                set.Date ??= meetingDate;
                body ??= bodyMeeting.Groups["body"].Value.Trim();
                dated = true;
                continue;
            }
            if (PackDates.FindDate(text, out var at) is { } date && at is not null && text.Length < 160)
            {
                // "Cabinet - Tuesday, 30 March 2021 2.00 pm", "30 May 2018 - 10:00 to 11:30", "Minutes 8th April 2021".
                set.Date ??= date;
                var before = DashBeforeDate().Match(text[..at.Index]);
                if (before.Success && before.Groups["body"].Value.Trim() is { Length: > 2 } named && !PageFurniture.IsFurniture(named))
                {
                    heading.Add(named);
                }
                ReadTimes(text[at.Index..], set);
                dated = true;
                continue;
            }
            if (heading.Count == 0 && body is null && MeetingOfBody().Match(text) is { Success: true } firstLine)
            {
                // "MINUTES OF THE MEETING OF SOULDERN PARISH COUNCIL" over "HELD IN THE VILAGE HALL" and "ON 30th October
                // 2025": the heading's first line names the body; the place and date follow on lines of their own.
                body = firstLine.Groups["body"].Value.Trim();
                continue;
            }
            if (heading.Count == 0 && body is null && MinutesOfBodyAlone().Match(text) is { Success: true } bodyAlone)
            {
                // "DRAFT MINUTES OF WEST DEREHAM PARISH COUNCIL MEETING" over "HELD AT … at 7.30 pm" and the date: the
                // heading's first line names the body between "Minutes of" and "Meeting"; the rest follows on lines below.
                body = bodyAlone.Groups["body"].Value.Trim();
                continue;
            }
            if (body is not null && set.Date is null && HeldOn().IsMatch(text) && PackDates.FindTimes(text).Count > 0)
            {
                // "HELD AT WEST DEREHAM VILLAGE HALL at 7.30 pm" between the body and the date: the place and the start.
                ReadTimes(text, set);
                continue;
            }
            if (heading.Count > 0 && KindOfMeetingLine().IsMatch(text))
            {
                // "Swerford Parish Council" / "Parish Council Committee Meeting:": the second line says what kind of
                // meeting the body held, not more of its name.
                continue;
            }
            if (!PageFurniture.IsFurniture(text))
            {
                heading.Add(text);
            }
        }
        if (heading.Count >= 2 && heading.Any(h => BodyNameLine().IsMatch(h)))
        {
            // "PC Minutes 18" over "Swerford Parish Council": the page's document title is not the body's name.
            heading.RemoveAll(h => h.Contains("minutes", StringComparison.OrdinalIgnoreCase) && !BodyNameLine().IsMatch(h));
        }
        var name = body ?? string.Join(' ', heading.TakeLast(2));
        if (name.Contains("SPECIAL", StringComparison.OrdinalIgnoreCase))
        {
            set.MeetingType = "special";
        }
        name = HeadingNoise().Replace(name, " ").Trim();
        name = MeetingOf().Replace(name, "");
        // "MINUTES OF THE COUNCIL AT THE MEETING OF THE COUNCIL OF THE BOROUGH OF LUTON HELD …": the body is named first.
        name = AtTheMeeting().Replace(name, "");
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

    /// <summary>
    /// A meeting page's heading that prints when the meeting ran, "30 May 2018 - 10:00 to 11:30", gives the start and
    /// close of the minutes printed under its agenda; a single time is only when it was called for, and is not used.
    /// </summary>
    public static void ReadTimeRange(IReadOnlyList<CleanLine>? heading, MinuteSet set)
    {
        foreach (var line in heading?.Take(8) ?? [])
        {
            var text = line.Text.Trim();
            if (text.Length < 80 && PackDates.FindDate(text) is not null && TimeRange().IsMatch(text) && PackDates.FindTimes(text) is { Count: 2 } times)
            {
                set.Start ??= times[0];
                set.Close ??= times[1];
                return;
            }
        }
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
    [GeneratedRegex(@"^(?:- )?(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes\s+of\s+(?:the\s+|a\s+|an\s+)?|at\s+an?\s+)(?:(?:ordinary|special|extra-?ordinary|annual|statutory|adjourned|reconvened|virtual|remote|monthly)\s+){0,3}(?:(?:meeting|proceedings)\s+(?:of\s+(?:the\s+)?(?<body>.{1,100}?)\s+)?|(?<body>.{1,100}?)\s+(?:(?:virtual|remote|hybrid|online)\s+)?(?:meeting\s+)?)(?:held|which\s+took\s+place)\b(?<date>.{0,200})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinutesOfMeeting();

    // "Minutes of the Meeting of the Parish Council", the date on another line.
    [GeneratedRegex(@"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+of\s+(?:the|a|an)\s+(?:(?:ordinary|special|extra-?ordinary|annual|monthly)\s+)?meeting\s+of\s+(?:the\s+)?(?<body>[A-Z][\w&'’ -]{2,80}?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MeetingOfBody();

    // "Minutes of Haresfield Parish Council Meeting", "DRAFT MINUTES OF X MEETING": the body alone, nothing after "Meeting".
    [GeneratedRegex(@"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+of\s+(?:the\s+)?(?!(?:a|an|the|meeting|proceedings)\s)(?<body>[A-Z][\w&'’ -]{2,80}?)\s+meeting\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinutesOfBodyAlone();

    [GeneratedRegex(@"^[A-Z]{2,6}\(?\d{2}\)?[A-Z]{0,3}\d{1,3}\s+(?=minutes\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DocumentReference();

    [GeneratedRegex(@"^minutes\s+of\s+(?:the\s+|a\s+)?(?!(?:the|a|this)\s)(?<body>[A-Z][\w&' -]{2,80}?)\s+meeting,?\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MinutesOfBodyMeeting();

    [GeneratedRegex(@"…|\.\.\.\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Truncated();

    [GeneratedRegex(@"\s+at\s+(?:the|a|an)\s+(?:\w+\s+){0,2}meeting\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AtTheMeeting();

    [GeneratedRegex(@"\bextra-?ordinary\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ExtraOrdinary();

    [GeneratedRegex(@"^(?<body>[A-Z][\w&' -]{2,80}?)\s+meeting\s+(?:on|held)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BodyMeetingOn();

    [GeneratedRegex(@"^(?:(?:a|the)\s+)?meeting\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MeetingOf();

    [GeneratedRegex(@"^(?:Held|Meeting held|Commencing|Starting|Time)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"\s*\b(?:meeting(?:\s+in\s+public)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MeetingWords();

    // The body before the date on a one-line heading: "Cabinet - ", "Full Council – ", "Extraordinary, Full Council - ".
    [GeneratedRegex(@"^(?<body>.{2,100}?)\s*[-–—:|,]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DashBeforeDate();


    [GeneratedRegex(@"\b(?:Council|Committee|Board|Panel|Cabinet|Authority|Forum|Group|Partnership|Commission)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BodyNameLine();

    [GeneratedRegex(@"\d[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–)\s*\d{1,2}[.:]\d{2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^[A-Z][\w ,&'-]{2,100}\s[Mm]eeting\s+in\s+[Pp]ublic$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex FormalTitle();

    [GeneratedRegex(@"^[\w ,&'-]{0,60}\bmeeting\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex KindOfMeetingLine();

    [GeneratedRegex(@"\(?\bSPECIAL\b\)?|\bMINUTES\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex HeadingNoise();
}
