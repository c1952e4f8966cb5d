using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Parsing;

/// <summary>
/// Stage 4a, the front sheet: body name, date, time, venue, quorum, membership (chair, members in one or two
/// columns or under party headings, co-optees, advisory members, numbered reserve lists, substitutes, officers),
/// the contact officer, and from the "Useful Information" page the agenda publication date.
/// </summary>
public static partial class FrontSheetParser
{
    private enum Block
    {
        None,
        Members,
        CoOpted,
        Advisory,
        Reserves,
        Substitutes,
        Officers,
    }

    public static void Parse(List<CleanLine> lines, ExtractedPack pack, ExtractionContext context)
    {
        var meeting = pack.Meeting ??= new MeetingDetails();
        lines = TwoColumnBox.SetOut(lines);
        var nonEmpty = lines.Where(l => !l.IsEmpty).ToList();
        if (nonEmpty.Count == 0)
        {
            return;
        }
        // Page furniture ("Agenda and minutes", "Public Document Pack", "NOTICE OF MEETING") is not the body's name.
        var first = 0;
        while (first < nonEmpty.Count - 1 && PageFurniture.IsFurniture(nonEmpty[first].Text.Trim()))
        {
            first++;
        }
        var titleLine = nonEmpty[first].Text.Trim();
        if (titleLine.Length > 80 && Summons().IsMatch(titleLine))
        {
            // A summons run into the page's first line ("Notice of Meeting I hereby summon you to attend a meeting of
            // … to be held in … on …") is read as the summons below, which names the body.
            first--;
        }
        else if (PackDates.FindDate(titleLine, out var titleDate) is { } headerDate && titleDate is not null)
        {
            // "Cabinet - Wednesday, 21st October, 2020 9.30 am": body, date and time on one line.
            // "25/08/2021 Chawleigh Parish Council Meeting Agenda": the body may follow the date instead.
            meeting.Committee = PageFurniture.BodyBeforeDate(titleLine[..titleDate.Index])
                ?? (titleDate.Index == 0 ? BodyAfterDate(titleLine[titleDate.Length..]) : null);
            meeting.Date = headerDate;
            meeting.Time = PackDates.FindTime(titleLine[(titleDate.Index + titleDate.Length)..]);
        }
        else if (Labelled().IsMatch(titleLine) || ContactLine().IsMatch(titleLine))
        {
            // "Venue: County Hall, Worcester" at the top of a web page that prints no body name: a field, read below.
            first--;
        }
        else if (first + 1 < nonEmpty.Count && AuthorityName().IsMatch(titleLine) && PageFurniture.IsFurniture(nonEmpty[first + 1].Text.Trim()))
        {
            // "Chichester District Council" over "Agenda and minutes": the website's title, not the body that met (whose
            // own heading line the stored page lost).
        }
        else
        {
            meeting.Committee = CommitteeName(titleLine);
        }
        context.Committee = meeting.Committee;

        var block = Block.None;
        var councillorHeading = false;
        string? group = null;
        string? organisation = null;
        var columns = new List<List<(string Text, int Line)>>();
        var votingNote = false;
        var sawLabelledDate = false;

        void FlushColumns()
        {
            // Two-column layouts flattened to tab-separated rows are read column by column.
            foreach (var column in columns)
            {
                foreach (var (cell, line) in column)
                {
                    AddPeople(pack, context, block, cell, group, organisation, line, councillorHeading);
                }
            }
            columns.Clear();
        }

        for (var index = first + 1; index < nonEmpty.Count; index++)
        {
            var line = nonEmpty[index];
            var text = WithLabelColon(StripBullet(line.Text.Trim()));

            if (CommitteeLabel().Match(text) is { Success: true } committeeLabel)
            {
                // "COMMITTEE : EXECUTIVE" names the body, whatever the page's first line ("COMMITTEE REF: EX/06/19").
                meeting.Committee = committeeLabel.Groups["body"].Value.Trim();
                context.Committee = meeting.Committee;
                continue;
            }
            if (Labelled().Match(text) is { Success: true } labelled)
            {
                var label = labelled.Groups["label"].Value.ToUpperInvariant();
                var value = labelled.Groups["value"].Value.Trim();
                if (value.Length == 0 && index + 1 < nonEmpty.Count && !Labelled().IsMatch(StripBullet(nonEmpty[index + 1].Text.Trim())) && !Heading(nonEmpty[index + 1].Text))
                {
                    // "Place:" with the value on the line below.
                    value = nonEmpty[++index].Text.Trim();
                    line = nonEmpty[index];
                }
                if (label.StartsWith("DATE", StringComparison.Ordinal) && PackDates.FindTime(value[Math.Min(value.Length, (PackDates.FindDate(value, out var d) is not null && d is not null ? d.Index + d.Length : 0))..]) is { } alsoTime)
                {
                    meeting.Time ??= alsoTime;
                }
                switch (label)
                {
                    case "DATE" or "DATE AND TIME" or "DATE & TIME" or "WHEN":
                        meeting.Date = PackDates.FindDate(value);
                        sawLabelledDate = true;
                        continue;
                    case "TIME":
                        meeting.Time = PackDates.FindTime(value);
                        continue;
                    default:
                        // The venue may wrap onto the lines that follow with no blank line between.
                        var venue = value;
                        var at = lines.IndexOf(line) + 1;
                        // Nor onto the next label's line ("COUNCILLORS : …", "QUORUM : 4", "Contact Officer: …").
                        while (at < lines.Count && !lines[at].IsEmpty && !Labelled().IsMatch(StripBullet(lines[at].Text.Trim())) && !Heading(lines[at].Text)
                            && !LetterText().IsMatch(lines[at].Text.Trim()) && ContinuesVenue(venue, lines[at].Text.Trim())
                            && !CouncillorsHeading().IsMatch(lines[at].Text.Trim()) && !Quorum().IsMatch(lines[at].Text.Trim()) && !ContactLine().IsMatch(lines[at].Text.Trim()))
                        {
                            venue += (venue.TrimEnd().EndsWith(',') ? " " : ", ") + lines[at].Text.Trim();
                            at++;
                            index++;
                        }
                        meeting.Venue = PageFurniture.CleanVenue(venue);
                        continue;
                }
            }
            if (Summons().Match(text) is { Success: true } summons)
            {
                // "A Meeting of Swayfield Parish Council will take place on Tuesday 6th July 2021 @ 7.30pm in Swayfield
                // Village Hall"; "I hereby summon you to attend a meeting of … to be held in Yr Aelwyd on …".
                var rest = summons.Groups["rest"].Value;
                // "Council Meeting - 26 June 2013" over "A Meeting of Perth and Kinross Council will be held …": the
                // summons names the body the title only calls "Council".
                if (meeting.Committee is null || PageFurniture.IsFurniture(meeting.Committee) || PackDates.FindDate(meeting.Committee) is not null
                    || KindOfMeeting().IsMatch(meeting.Committee))
                {
                    meeting.Committee = PeopleNames.Normalise(summons.Groups["body"].Value);
                    context.Committee = meeting.Committee;
                }
                if (PackDates.FindDate(rest, out var on) is { } summonsDate && on is not null)
                {
                    meeting.Date ??= summonsDate;
                    meeting.Time ??= PackDates.FindTime(rest[(on.Index + on.Length)..]) ?? PackDates.FindTime(rest);
                }
                if (meeting.Venue is null && rest.TrimEnd().EndsWith(':') && index + 1 < nonEmpty.Count)
                {
                    // "… to be held … at:" / "Chawleigh Village Hall for the purpose of transacting the business …".
                    var placeLine = nonEmpty[++index].Text.Trim();
                    meeting.Venue = PageFurniture.CleanVenue(PurposeClause().Replace(placeLine, ""));
                }
                else if (meeting.Venue is null && SummonsVenue().Match(rest) is { Success: true } place)
                {
                    // "will be held in the Council Chambers, …": the article is the sentence's, not the venue's.
                    meeting.Venue = PageFurniture.CleanVenue(LeadingThe().Replace(place.Groups["venue"].Value, ""));
                }
                continue;
            }
            if (NoticeOfMeeting().Match(text) is { Success: true } notice
                && (meeting.Committee is null || PageFurniture.IsFurniture(meeting.Committee)))
            {
                // "Notice of a Meeting of the Cabinet" under a page heading that printed only the date.
                meeting.Committee = PeopleNames.Normalise(notice.Groups["body"].Value);
                context.Committee = meeting.Committee;
                continue;
            }
            if (!sawLabelledDate && meeting.Date is not null && meeting.Time is null && DateAndTime(text) is { } repeated && repeated.Date == meeting.Date)
            {
                // The date again, now with the time ("Wednesday 20 June 2007 at 2.00 pm") and the venue below it.
                meeting.Time = repeated.Time;
                if (index + 1 < nonEmpty.Count && meeting.Venue is null && LooksLikePlace(nonEmpty[index + 1].Text.Trim()))
                {
                    meeting.Venue = PageFurniture.CleanVenue(nonEmpty[++index].Text.Trim());
                }
                continue;
            }
            if (!sawLabelledDate && meeting.Date is null && PackDates.IsDateOnly(text))
            {
                // 2013-style front sheets print date, time and venue as bare lines; a box that lost its labels prints the
                // venue straight under the date ("28 April 2021" / "Hove Town Hall - Council Chamber").
                meeting.Date = PackDates.FindDate(text);
                if (index + 1 < nonEmpty.Count && meeting.Venue is null && nonEmpty[index + 1].Text.Trim() is { Length: <= 80 } place
                    && LooksLikePlace(place) && !BareTime().IsMatch(place) && PackDates.FindDate(place) is null)
                {
                    meeting.Venue = PageFurniture.CleanVenue(place);
                    index++;
                }
                continue;
            }
            if (!sawLabelledDate && meeting.Date is null && DateTimeVenue().Match(text) is { Success: true } sentence
                && PackDates.FindDate(sentence.Groups["date"].Value) is { } sentenceDate)
            {
                // "30th April 2026 at 7.30pm in the Village Hall": date, time and venue in one line under the heading.
                meeting.Date = sentenceDate;
                meeting.Time = PackDates.FindTime(sentence.Groups["time"].Value);
                meeting.Venue = PageFurniture.CleanVenue(sentence.Groups["venue"].Value.Trim().TrimEnd('.'));
                continue;
            }
            if (!sawLabelledDate && meeting.Date is null && DateAndTime(text) is { } both)
            {
                // "Tuesday, 13th May, 2008 7.30 pm", "WEDNESDAY, 4 DECEMBER 2019 AT 10.00 AM", "30 May 2018 - 10:00 to 11:30".
                (meeting.Date, meeting.Time) = both;
                if (index + 1 < nonEmpty.Count && meeting.Venue is null && LooksLikePlace(nonEmpty[index + 1].Text.Trim()))
                {
                    meeting.Venue = PageFurniture.CleanVenue(nonEmpty[++index].Text.Trim());
                }
                continue;
            }
            if (!sawLabelledDate && meeting.Date is not null && meeting.Time is null && block == Block.None && BareTime().IsMatch(text))
            {
                meeting.Time = PackDates.FindTime(text);
                if (index + 1 < nonEmpty.Count && meeting.Venue is null && !Heading(nonEmpty[index + 1].Text))
                {
                    meeting.Venue = nonEmpty[++index].Text.Trim();
                }
                continue;
            }
            if (QuorumLabel().Match(text) is { Success: true } quorumLabel)
            {
                meeting.Quorum = int.Parse(quorumLabel.Groups[1].Value, CultureInfo.InvariantCulture);
                continue;
            }
            if (Quorum().Match(text) is { Success: true } q)
            {
                meeting.Quorum = int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture);
                continue;
            }
            if (Published().Match(text) is { Success: true } published)
            {
                meeting.AgendaPublished = PackDates.FindDate(published.Groups[1].Value);
                continue;
            }
            if (pack.Contact is null && block == Block.None && index + 2 < nonEmpty.Count && text.Length <= 40 && PeopleNames.LooksLikePerson(text)
                && OfficerPost().IsMatch(nonEmpty[index + 1].Text.Trim()) && Phone().Match(nonEmpty[index + 2].Text.Trim()) is not { Success: true }
                && BarePhone().Match(nonEmpty[index + 2].Text.Trim()) is { Success: true, Index: 0 } bareNumber)
            {
                // A box that lost its labels: the contact's name, post and number, a line each ("Lisa Johnson" /
                // "Democratic Services Manager" / "01273 291228").
                pack.Contact = new ContactDetails { Name = text, Title = nonEmpty[index + 1].Text.Trim(), Phone = bareNumber.Value.Trim(), Line = line.Number };
                index += 2;
                continue;
            }
            if (pack.Contact is null && block == Block.None && index + 1 < nonEmpty.Count && text.Length <= 40 && PeopleNames.LooksLikePerson(text)
                && ClerkSignature().IsMatch(nonEmpty[index + 1].Text.Trim()))
            {
                // A summons signed "Rob Martin" / "Locum Clerk to Chawleigh Parish Council": the clerk is the contact.
                pack.Contact = new ContactDetails { Name = text, Title = nonEmpty[++index].Text.Trim(), Line = line.Number };
                continue;
            }
            if (ContactLine().Match(text) is { Success: true } contact)
            {
                FlushColumns();
                block = Block.None;
                var value = contact.Groups[1].Value;
                var at = lines.IndexOf(line) + 1;
                // The contact goes on over an address line, not into a notice to the public ("INFORMATION FOR THE PUBLIC
                // PURPOSE: The Executive is …") or a paragraph.
                while (at < lines.Count && !lines[at].IsEmpty && !Heading(lines[at].Text) && lines[at].Text.Trim().Length <= 120
                    && !CapitalsLead().IsMatch(lines[at].Text.Trim()))
                {
                    value += " " + lines[at].Text.Trim();
                    at++;
                }
                if (pack.Contact is null)
                {
                    pack.Contact = ParseContact(value);
                    pack.Contact.Line = line.Number;
                    if (pack.Contact.Phone is null && index + 1 < nonEmpty.Count && Phone().Match(nonEmpty[index + 1].Text) is { Success: true, Index: 0 } phoneBelow)
                    {
                        // "Contact officer: Michele Cooke", a blank line, then "Tel: 01865 815463".
                        pack.Contact.Phone = phoneBelow.Groups[1].Value.Trim();
                    }
                    if (contact.Groups["clerk"].Success && pack.Contact.Name is { } clerk)
                    {
                        // "Clerk: Mr C Hatch." — the label is the title.
                        pack.Contact.Name = PeopleNames.Parse(clerk.TrimEnd('.')).Name;
                        pack.Contact.Title ??= contact.Groups["clerk"].Value.Trim();
                    }
                }
                continue;
            }
            if (pack.Contact is null && ReadEnquiries(lines, lines.IndexOf(line), pack))
            {
                continue;
            }
            if (text.StartsWith('(') && text.Contains("voting", StringComparison.OrdinalIgnoreCase))
            {
                votingNote = true;
                continue;
            }
            if (text.StartsWith("Useful Information", StringComparison.OrdinalIgnoreCase))
            {
                FlushColumns();
                block = Block.None;
                continue;
            }

            // Membership headings; a line may carry a second heading after the first one's names.
            foreach (var piece in SplitHeadings(text))
            {
                if (ViceChair().Match(piece) is { Success: true } vice)
                {
                    FlushColumns();
                    block = Block.None;
                    AddPerson(pack, context, vice.Groups["name"].Value.TrimEnd(',', ';', '.'), MemberRoles.ViceChair, null, null, null, councillorHeading: false, line.Number);
                    continue;
                }
                if (Chair().Match(piece) is { Success: true } chair)
                {
                    FlushColumns();
                    block = Block.None;
                    AddPerson(pack, context, chair.Groups["name"].Value.TrimEnd(',', ';', '.'), MemberRoles.Chair, null, null, null, councillorHeading: false, line.Number);
                    continue;
                }
                if (Representatives().Match(piece) is { Success: true } reps)
                {
                    FlushColumns();
                    block = Block.CoOpted;
                    group = null;
                    organisation = reps.Groups["org"].Value.Trim();
                    var rest = reps.Groups["rest"].Value.Trim();
                    if (rest.Length == 0 && !piece.Contains(':'))
                    {
                        // "Representative of Harrow Youth Parliament": a seat with no named holder.
                        pack.Members.Add(new MemberEntry { Role = MemberRoles.Representative, Organisation = organisation });
                        block = Block.None;
                        continue;
                    }
                    Collect(rest, line.Number);
                    continue;
                }
                if (AdvisoryHeading().Match(piece) is { Success: true } advisory)
                {
                    FlushColumns();
                    block = Block.Advisory;
                    group = null;
                    organisation = null;
                    Collect(advisory.Groups["rest"].Value, line.Number);
                    continue;
                }
                if (ReservesHeading().Match(piece) is { Success: true } reserves)
                {
                    FlushColumns();
                    var kind = reserves.Groups["kind"].Value;
                    councillorHeading = false;
                    block = kind.StartsWith("Sub", StringComparison.OrdinalIgnoreCase) || kind.Contains("Deput", StringComparison.OrdinalIgnoreCase) ? Block.Substitutes : Block.Reserves;
                    group = GroupName(reserves.Groups["group"].Value);
                    organisation = null;
                    Collect(reserves.Groups["rest"].Value, line.Number);
                    continue;
                }
                if (OfficersHeading().Match(piece) is { Success: true } officers)
                {
                    FlushColumns();
                    block = Block.Officers;
                    group = null;
                    organisation = null;
                    Collect(officers.Groups["rest"].Value, line.Number);
                    continue;
                }
                if (MembershipOf().Match(piece) is { Success: true } membership)
                {
                    // "Membership of the Executive" over a summons letter's list: the list, and the body it belongs to,
                    // which a page title above ("… Committee System - Committee Document") does not name.
                    FlushColumns();
                    block = Block.Members;
                    councillorHeading = false;
                    group = null;
                    organisation = null;
                    var body = membership.Groups["body"].Value.Trim();
                    if (!BodyWordOnly().IsMatch(body) && (meeting.Committee is null || !meeting.Committee.Contains(body, StringComparison.OrdinalIgnoreCase)))
                    {
                        meeting.Committee = body;
                        context.Committee = body;
                    }
                    continue;
                }
                if (CouncillorsHeading().Match(piece) is { Success: true } councillors)
                {
                    FlushColumns();
                    block = Block.Members;
                    // "Councillors:" makes every name a councillor's; "Members:" of a partnership may be anyone.
                    councillorHeading = councillors.Groups["word"].Value.Equals("Councillors", StringComparison.OrdinalIgnoreCase);
                    group = GroupName(councillors.Groups["group"].Value);
                    organisation = null;
                    Collect(councillors.Groups["rest"].Value, line.Number);
                    if (ClosedList().IsMatch(councillors.Groups["rest"].Value.Trim()))
                    {
                        // "Councillors: Mac Cafferty (Chair), Platts (…), Clare and Yates": a list closed by "and" is
                        // whole on its line; the lines after it (the contact's name and post) are not more members.
                        block = Block.None;
                    }
                    continue;
                }
                if (block == Block.Substitutes && piece.EndsWith(':'))
                {
                    // Substitutes listed per organisation: "Harrow Police:".
                    FlushColumns();
                    organisation = piece.TrimEnd(':').Trim();
                    continue;
                }
                if (block != Block.None && LetterText().IsMatch(piece))
                {
                    // The summons letter's own lines ("Dear Member", "Notes: …", "Yours sincerely") end the list.
                    FlushColumns();
                    block = Block.None;
                    continue;
                }
                if (block != Block.None)
                {
                    Collect(piece, line.Number);
                }
            }
        }
        FlushColumns();
        if (pack.Members.Count == 0)
        {
            ReadNamesWithPositions(nonEmpty, pack);
        }

        // Church and parent-governor representatives vote on education matters when the note says so.
        foreach (var member in pack.Members.Where(m => m.Role == MemberRoles.CoOptedVoting && !votingNote && m.Name is not null))
        {
            member.Role = MemberRoles.Representative;
        }
        foreach (var member in pack.Members.Where(m => m.Name is not null))
        {
            context.KnownNames.Add(member.Name!);
        }

        void Collect(string text, int lineNumber)
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return;
            }
            if (text.StartsWith('|') || text.Contains('\t'))
            {
                var cells = text.Contains('|') ? text.Split('|') : text.Split('\t');
                var filled = cells.Select(c => c.Trim()).Where(c => c.Length > 0 && !c.All(ch => ch is '-' or ':' or ' ')).ToList();
                if (block is Block.Members or Block.Substitutes && filled.Count >= 2 && filled.Skip(1).Any(c => !PeopleNames.LooksLikePerson(c)))
                {
                    // A partnership table row: name, position, organisation — one person, not a column of names.
                    FlushColumns();
                    AddPeople(pack, context, block, string.Join('\t', filled), group, organisation, lineNumber, councillorHeading);
                    return;
                }
                var cellIndex = 0;
                foreach (var raw in cells)
                {
                    var cell = raw.Trim();
                    if (cell.Length == 0 || cell.All(c => c is '-' or ':' or ' '))
                    {
                        if (text.Contains('|') && raw.Length > 0 && cell.Length == 0 && cellIndex > 0)
                        {
                            cellIndex++;
                        }
                        continue;
                    }
                    while (columns.Count <= cellIndex)
                    {
                        columns.Add([]);
                    }
                    columns[cellIndex].Add((cell, lineNumber));
                    cellIndex++;
                }
                return;
            }
            FlushColumns();
            AddPeople(pack, context, block, text, group, organisation, lineNumber, councillorHeading);
        }
    }

    /// <summary>
    /// "For further information, please either email democratic-services@… or telephone 0141 618 7112." (the sentence
    /// may wrap): a mailbox and a number with no person named become the contact. False when the line is not such a
    /// sentence or gives neither.
    /// </summary>
    public static bool ReadEnquiries(IReadOnlyList<CleanLine> lines, int index, ExtractedPack pack)
    {
        var line = lines[index];
        if (ClerkFooter().Match(line.Text.Trim()) is { Success: true } footer)
        {
            // "Cathy Fleet – Parish Clerk 07989 398 838" at the foot of a parish agenda: the clerk is the contact.
            pack.Contact = new ContactDetails { Name = footer.Groups["name"].Value, Title = footer.Groups["post"].Value.Trim(), Phone = footer.Groups["phone"].Value.Trim(), Line = line.Number };
            return true;
        }
        if (!EnquiriesSentence().IsMatch(line.Text.Trim()))
        {
            return false;
        }
        var sentence = line.Text.Trim();
        for (var at = index + 1; at < lines.Count && !lines[at].IsEmpty && sentence.Length < 400; at++)
        {
            sentence += " " + lines[at].Text.Trim();
        }
        var mailbox = ParseContact(sentence);
        if (mailbox.Email is null && mailbox.Phone is null)
        {
            return false;
        }
        pack.Contact = new ContactDetails { Email = mailbox.Email, Phone = mailbox.Phone, Line = line.Number };
        if (PostThenName().Match(sentence) is { Success: true } officer)
        {
            // "… please contact the Committee Services Officer: Daniel Wilkinson Telephone: …": the post, then the name.
            pack.Contact.Name = officer.Groups["name"].Value;
            pack.Contact.Title = officer.Groups["post"].Value;
        }
        return true;
    }

    /// <summary>Reads "Name, Title Tel: 020 … E-mail: x@y" in any order of its parts.</summary>
    public static ContactDetails ParseContact(string text)
    {
        var contact = new ContactDetails();
        var email = Email().Match(text);
        if (email.Success)
        {
            contact.Email = email.Value.TrimEnd('.');
        }
        var cut = text.Length;
        var phone = Phone().Match(text);
        if (phone.Success)
        {
            contact.Phone = phone.Groups[1].Value.Trim();
        }
        else if (BracketedPhone().Match(text) is { Success: true } bracketed)
        {
            // "Matthew Hussey (01582 546032)": the number in brackets after the name.
            contact.Phone = bracketed.Groups["phone"].Value;
            cut = bracketed.Index;
        }
        else if (BarePhone().Match(text) is { Success: true } bare)
        {
            // "Georgina Little  03000 414043": a number with no "Tel:".
            contact.Phone = bare.Value.Trim();
            cut = bare.Index;
        }
        foreach (var marker in new[] { ContactMarker().Match(text) })
        {
            if (marker.Success)
            {
                cut = Math.Min(cut, marker.Index);
            }
        }
        var head = text[..cut].Trim().TrimStart(':').Trim().TrimEnd(',', ';', ':');
        var comma = head.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            // "Sharon Turner: Democratic Services Officer".
            comma = head.IndexOf(':', StringComparison.Ordinal);
        }
        if (comma < 0 && WideGap().Match(head) is { Success: true } gap)
        {
            // "John Higginbotham  Committee and Appellate Officer": web pages set name and post apart by a wide gap.
            comma = gap.Index;
        }
        if (comma > 0)
        {
            contact.Name = head[..comma].Trim();
            contact.Title = head[(comma + 1)..].Trim();
        }
        else
        {
            contact.Name = head;
        }
        contact.Name = ContactName(contact.Name);
        return contact;
    }

    /// <summary>A line that is a date and a time and nothing else (a weekday, "at", "-", "to" and an end time aside).</summary>
    private static (LocalDate Date, LocalTime? Time)? DateAndTime(string text)
    {
        // "Thursday, 13th March, 2025, at 3.00 pm (or on the rising of Full Council, whichever is the later)": an aside
        // on the time leaves the line a date and a time.
        text = TrailingAside().Replace(text, "");
        if (text.Length > 80 || PackDates.FindDate(text, out var at) is not { } date || at is null)
        {
            return null;
        }
        var rest = text[(at.Index + at.Length)..];
        var time = PackDates.FindTime(rest);
        var leftover = DateTimeFiller().Replace(text[..at.Index] + " " + TimeText().Replace(rest, " "), " ").Trim();
        return time is not null && leftover.Length == 0 ? (date, time) : null;
    }

    /// <summary>A venue wraps onto an address line ("Centre", "Station Road, HA1 2XY"), not onto a run-together
    /// table heading ("ItemDescriptionResolution") or a sentence.</summary>
    private static bool ContinuesVenue(string venue, string next) =>
        next.Length <= 60 && !next.EndsWith('.')
        && (venue.TrimEnd().EndsWith(',') || next.Contains(' ') || !next.Skip(1).Any(char.IsUpper));

    /// <summary>A venue printed bare under the date: short, no label, not a membership heading or a sentence.</summary>
    private static bool LooksLikePlace(string text) =>
        text.Length is > 3 and <= 120 && !text.Contains(':') && !Heading(text) && !text.EndsWith('.')
        && !PlaceStop().IsMatch(text) && !PageFurniture.IsFurniture(text);

    private static string? BodyAfterDate(string after)
    {
        var text = TrailingMeetingWords().Replace(after.Trim(' ', '-', '–', ':', ','), "").Trim();
        return text.Length > 2 && BodyWord().IsMatch(text) ? PeopleNames.Normalise(text) : null;
    }

    private static string CommitteeName(string firstLine)
    {
        var text = firstLine.Trim();
        text = TrailingAgenda().Replace(text, "").Trim();
        // "Souldern Parish Council - Meeting of the Parish Council": the body, then what kind of meeting it holds.
        text = TrailingMeetingOf().Replace(text, "").Trim();
        return text.Length == 0 ? firstLine.Trim() : text;
    }

    private static IEnumerable<string> SplitHeadings(string text)
    {
        var at = 0;
        foreach (Match m in InlineHeading().Matches(text))
        {
            if (m.Index > at)
            {
                yield return text[at..m.Index].Trim();
                at = m.Index;
            }
        }
        yield return text[at..].Trim();
    }

    private static string StripBullet(string text) => text.StartsWith("- ", StringComparison.Ordinal) ? text[2..] : text;

    private static bool Heading(string text) =>
        Labelled().IsMatch(text.Trim()) || Quorum().IsMatch(text) || text.TrimStart().StartsWith("Contact", StringComparison.OrdinalIgnoreCase)
        || text.Contains("MEMBERSHIP", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+[-–]\s+(?:(?:Annual|Ordinary|Extraordinary|Special|Monthly)\s+)?Meeting\s+of\s+(?:the\s+)?.{3,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TrailingMeetingOf();

    // "Cathy Fleet – Parish Clerk 07989 398 838": name, post and number on one line.
    [GeneratedRegex(@"^(?<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+[-–]\s+(?<post>(?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?Clerk(?:\s+(?:to|of)\s+the\s+Council)?|(?:[A-Z][\w&]*\s+){1,4}(?:Officer|Manager))\s+(?<phone>0\d{2,4}\s?\d{3}\s?\d{3,4})$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ClerkFooter();

    [GeneratedRegex(@"\((?<phone>0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4})\)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BracketedPhone();

    // A line opening with two or more words in capitals: a notice's heading, not more of a contact's address.
    [GeneratedRegex(@"^[A-Z]{2,}(?:\s+[A-Z]{2,}){1,}\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CapitalsLead();

    // "…, Clare and Yates": a list whose last name follows "and".
    [GeneratedRegex(@",.*\band\s+(?:Councillors?\s+|Cllr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s*\([^)]*\))?\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ClosedList();

    // An officer's post on the line under the name: "Democratic Services Manager", "Committee Services Officer".
    [GeneratedRegex(@"^(?:[A-Z][\w&]*\s+){0,5}(?:Officer|Manager|Clerk|Secretary|Adviser|Advisor|Administrator|Co-?ordinator|Assistant|Director|Lead)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficerPost();

    // "30th April 2026 at 7.30pm in the Village Hall".
    [GeneratedRegex(@"^(?<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}),?\s+(?:at|@)\s+(?<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+(?:in|at)\s+(?:the\s+)?(?<venue>[A-Z].{2,80})$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DateTimeVenue();

    [GeneratedRegex(@"^(?:COMMITTEE|Committee)\s*:\s*(?<body>[A-Z][\w&'’(), -]{1,80})$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CommitteeLabel();

    [GeneratedRegex(@"^(?<label>DATE AND TIME|DATE & TIME|DATE|TIME|VENUE|PLACE|LOCATION|WHERE|WHEN)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Labelled();

    /// <summary>
    /// "Place Council Chamber, Town Hall, …", "Date Wednesday, 23 June 2021", "Time 7:00 PM": a box's label printed
    /// without its colon (the table's cell border was lost) is read as the label when the value is of the label's kind.
    /// </summary>
    internal static string WithLabelColon(string text)
    {
        if (ColonlessLabel().Match(text) is not { Success: true } bare)
        {
            return text;
        }
        var label = bare.Groups["label"].Value;
        var value = text[bare.Length..].Trim();
        var fits = label.StartsWith('P') || label.StartsWith('V') ? value.Contains(',') || VenueWord().IsMatch(value)
            : label.StartsWith('T') ? TimeValue().IsMatch(value)
            : PackDates.IsDateOnly(value);
        return fits ? label + ": " + value : text;
    }

    [GeneratedRegex(@"^(?<label>Date|DATE|Time|TIME|Place|PLACE|Venue|VENUE)\s+(?=[A-Z0-9])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ColonlessLabel();

    [GeneratedRegex(@"\b(?:Room|Hall|Chamber|Centre|Center|Offices|House|Library)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex VenueWord();

    [GeneratedRegex(@"^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TimeValue();

    [GeneratedRegex(@"\b(?:Committee|Board|Panel|Council|Cabinet|Authority|Sub-Committee|Forum|Partnership)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"\b(?:Members|Councillors|Membership|Agenda|AGENDA|MEMBERS|Quorum|Contact|Chair)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PlaceStop();

    [GeneratedRegex(@"^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BareTime();

    [GeneratedRegex(@"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TimeText();

    [GeneratedRegex(@"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|to|from|until|commencing|starting)\b|[,@–—()-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DateTimeFiller();

    [GeneratedRegex(@"^Quorum\s*[:=-]\s*(\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex QuorumLabel();

    [GeneratedRegex(@"MEMBERSHIP\s*\(\s*Quorum\s*(\d+)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Quorum();

    [GeneratedRegex(@"^(?:Agenda publication date|Issue date|Date of issue|Date issued)\s*:?\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Published();

    // "When calling please ask for:" heads a summons letter's contact block, as "Contact:" heads a web page's.
    [GeneratedRegex(@"^(?:Contact(?: Officer)?|Enquiries to|Further information|(?:When calling\s+)?(?:please\s+)?ask for|(?<clerk>(?:Parish |Town )?Clerk(?: to the Council)?))\s*:+\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ContactLine();

    // A principal council's name: "Chichester District Council", "Royal Borough of Greenwich", "Kent County Council".
    [GeneratedRegex(@"^(?:[A-Z][\w'’&-]*\s+){1,4}(?:District|Borough|County|City|County Borough|Metropolitan Borough)\s+Council$|^(?:Royal\s+)?Borough\s+of\s+[A-Z]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AuthorityName();

    [GeneratedRegex(@"^(?:Chair|Chairman|Chairwoman|Chairperson)\s*:\s*(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Chair();

    [GeneratedRegex(@"^(?<group>[A-Z][\w ]{0,40}?)?\s*(?<word>Councillors|Members|Membership|COUNCILLORS|MEMBERS|MEMBERSHIP)\s*:\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CouncillorsHeading();

    [GeneratedRegex(@"^Representatives? of (?<org>[^:]{2,80}?)(?::\s*(?<rest>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Representatives();

    [GeneratedRegex(@"^(?:Non[- ]Voting )?(?:Advisory|Co-opted|Coopted) Members?\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AdvisoryHeading();

    [GeneratedRegex(@"^(?<group>(?!Standing\s)[A-Z][\w ]{0,40}?)?\s*(?:(?<kind>Reserve|Substitute) Members?\s*:|(?<kind>Substitutes|Standing Deputies|Deputies|Reserves)\s*:?)\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ReservesHeading();

    [GeneratedRegex(@"^Officers?\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficersHeading();

    [GeneratedRegex(@"(?<=\S\s+)(?:Representatives? of [^:]{2,80}|Vice[- ]Chair(?:man|woman|person)?|Deputy Chair(?:man)?):", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InlineHeading();

    [GeneratedRegex(@"^(?:Vice[- ]Chair(?:man|woman|person)?|Deputy Chair(?:man)?)\s*:\s*(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ViceChair();

    [GeneratedRegex(@"\b(?:meeting|MEETING|Meeting) of (?:the )?(?<body>[A-Z][^.]{2,80}?)(?:\s+(?:will be held|will take place|is to be held|to be held|shall be held|will meet)\b|(?=\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Summons();

    [GeneratedRegex(@"^Notice of (?:a |the )?Meeting of (?:the )?(?<body>[A-Z].{2,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NoticeOfMeeting();

    [GeneratedRegex(@"^(?:(?:Locum|Acting|Interim|Deputy|Assistant|Parish|Town|Community)\s+)*Clerk\b.{0,80}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ClerkSignature();

    [GeneratedRegex(@"\s+for the purposes? of\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PurposeClause();

    [GeneratedRegex(@"\s+(?:Meeting\s+)?(?:Agenda|Minutes)$|\s+Meeting$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TrailingMeetingWords();

    [GeneratedRegex(@"^(?:Full\s+|Ordinary\s+|Special\s+)?(?:Council|Board|Committee)?\s*Meeting$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex KindOfMeeting();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LeadingThe();

    // "in Swayfield Village Hall", "at the Welfare Hall, Heol Y Felin" up to " on <day>", " at 7pm", "@ 7pm" or the end.
    [GeneratedRegex(@"(?:^|\s)(?:in|at)\s+(?<venue>(?!\d)(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day)[^@]{3,120}?)(?=\s+on\s+(?:mon|tues|wed|thu|fri|sat|sun|\d)|\s*,?\s*(?:at|@)\s*\d|\.\s|\.?\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SummonsVenue();

    [GeneratedRegex(@"^(?:\d+|an?|one|two|three|four)\s+Vacanc(?:y|ies)\b|^Vacan(?:t|cy)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Vacancy();

    [GeneratedRegex(@"^(\d{1,2})[.)]\s+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Numbered();

    // "PLANNING COMMITTEE AGENDA", "AGENDA FOR PLANNING CONTROL COMMITTEE".
    [GeneratedRegex(@"\s*\bAGENDA\s*$|^AGENDA\s+(?:FOR|OF)\s+(?:THE\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TrailingAgenda();

    [GeneratedRegex(@"^Membership\s+of\s+(?:the\s+)?(?<body>[A-Z][\w&'’ -]{1,60}?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MembershipOf();

    // "Membership of the Committee": the word alone names no body.
    [GeneratedRegex(@"^(?:Committee|Sub-?Committee|Board|Panel|Council|Cabinet Committee)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BodyWordOnly();

    [GeneratedRegex(@"^(?:Dear\s|Yours\s+(?:sincerely|faithfully)|Notes?\s*:|You are (?:invited|summoned|requested))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LetterText();

    [GeneratedRegex(@"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant, 10000)]
    internal static partial Regex Email();

    [GeneratedRegex(@"\b(?:Tel(?:ephone)?|Direct Line|Direct Dial|Phone)\.?\s*(?:no\.?)?\s*(?::|-)?\s*([\d ()+]{6,20}\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:Tel(?:ephone)?|E-?mail|Phone|Direct Line|Direct Dial|Mobile)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ContactMarker();

    // A UK number: "03000 414043", "020 8424 1263", "01962 848 235", "0161 253 5130", "(01296) 382876".
    [GeneratedRegex(@"(?<![\d(])(?:\(0\d{2,4}\)|0\d{2,4})[ ]?\d{3,4}[ ]?\d{3,4}(?![\d])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BarePhone();

    [GeneratedRegex(@"(?<=\S)\s{2,}(?=\S)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex WideGap();

    [GeneratedRegex(@"\bcontact\s+(?:the\s+|our\s+)?(?<post>(?:[A-Z][\w&]*\s+){0,4}(?:Officer|Manager|Clerk|Secretary|Adviser|Advisor|Administrator|Assistant))\s*:\s*(?<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=\s+(?:Tel|Telephone|Phone|E-?mail|on)\b|\s*[,.;]|\s*$)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PostThenName();

    [GeneratedRegex(@"^(?:For\s+(?:further|more)\s+information|For\s+enquiries|Enquiries|If\s+you\s+(?:require|need|would\s+like|want)\b.{0,60}?\binformation)\b.{0,40}\b(?:please\s+)?(?:either\s+)?(?:e-?mail|telephone|phone|call|contact)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex EnquiriesSentence();

    [GeneratedRegex(@"(?<=[ap]\.?m\.?|\d)\s*\([^()]{2,80}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TrailingAside();
}
