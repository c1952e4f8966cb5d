using System.Text.RegularExpressions;

namespace Quorum.Import.Parsing;

/// <summary>Which list an attendance line adds to.</summary>
public enum AttendanceList
{
    Present,
    Apologies,
    InAttendance,
    /// <summary>"Non-attendance:", "Absent:": listed members who neither came nor sent apologies.</summary>
    Absent,
}

/// <summary>
/// Attendance written as prose or as labelled lists rather than the marked table: "Present: Councillors A (Chair),
/// B and C", "PRESENT" with one name a line below, "Apologies for absence were received from Councillors D and E",
/// "Apologies;", "Also present:", "In attendance:", "Officers:", "Council Employees Present:". Names lose their
/// titles ("Councillor", "Cllr.", "Mr") and bracketed roles ("(Chair)"), and keep initials as printed.
/// </summary>
public static partial class AttendanceProse
{
    /// <summary>Reads a label that opens an attendance list; <paramref name="rest"/> is what follows it on the line.</summary>
    public static AttendanceList? ReadLabel(string text, out string rest)
    {
        rest = "";
        if (InAttendanceLabel().Match(text) is { Success: true } attending)
        {
            rest = attending.Groups["rest"].Value;
            return AttendanceList.InAttendance;
        }
        if (PresentLabel().Match(text) is { Success: true } present)
        {
            rest = present.Groups["rest"].Value;
            return AttendanceList.Present;
        }
        if (AbsentLabel().Match(text) is { Success: true } absent)
        {
            rest = absent.Groups["rest"].Value;
            return AttendanceList.Absent;
        }
        if (ApologiesLabel().Match(text) is { Success: true } apologies)
        {
            rest = apologies.Groups["rest"].Value;
            return AttendanceList.Apologies;
        }
        return null;
    }

    /// <summary>The people a list line names; empty for "None" or a sentence that names nobody.</summary>
    public static List<string> Names(string text) => [.. Listed(text).Select(p => p.Name)];

    /// <summary>"None", "There were no absences": a list printed to say it is empty.</summary>
    public static bool SaysNone(string text) => NoneSaid().IsMatch(text);

    /// <summary>The people a list line names, each with the role printed in brackets after the name ("Mr W Haddon
    /// (Parish Clerk)"), or null.</summary>
    public static List<(string Name, string? Role)> Listed(string text)
    {
        var names = new List<(string, string?)>();
        text = NoneSaid().IsMatch(text) ? "" : text.Trim().TrimEnd('.', ';');
        // "Dr Avi Bhatia AB Clinical Chair": a name, its initials, then the role.
        if (InitialsThenRole().Match(text) is { Success: true } initialled)
        {
            text = initialled.Groups["name"].Value;
        }
        // "THE MAYOR - Councillor Roden. THE DEPUTY MAYOR - Councillor Zia COUNCILLORS - Akbar, Ashraf, …": offices and
        // the councillors' label in capitals, each before a dash, head the names that follow them.
        if (OfficeLabel().IsMatch(text))
        {
            text = OfficeLabel().Replace(text, ", ").Trim(' ', ',');
        }
        // "S Hughes (SH) Chair, P March (PM) vice-chair, C Burgess (CB) G Wilkinson (GW)": each name is closed by its
        // initials in brackets; what follows them is a role, or the next name when a comma was dropped.
        if (InitialsTag().Count(text) >= 3)
        {
            text = InitialsTag().Replace(text, ", ");
        }
        if (DottedInitialName().Count(text) >= 2 && DottedNamesOnly().IsMatch(RolesBefore().Replace(text, "")))
        {
            // "Cllrs. J. Davies R. Edwards T. Edwards E. Jones": a run of names whose commas were lost.
            text = BeforeDottedInitial().Replace(text, ", ");
        }
        if (IsTitledRun(text))
        {
            // "Cllr A Buckfield (Mayor) Cllr A Brooker Cllr Mrs S Murray": titled names whose separators were lost.
            text = TitleBeforeName().Replace(text, ", $0");
        }
        if (IsUntitledRun(text))
        {
            // "Eric Baird William McKenna Stuart Black Mrs Lucy Grant …": names of two words each, their commas lost.
            text = PairedNames().Replace(text, "$0, ");
        }
        var pieces = SplitOutsideBrackets(text);
        var withInitials = pieces.Count(p => InitialledName().IsMatch(Brackets().Replace(p, " ").Trim()));
        var others = pieces.Where(p => !InitialledName().IsMatch(Brackets().Replace(p, " ").Trim()) && p.Trim().Length > 0).ToList();
        // "S MacDougall, Director of Environment & Communities; A Russell, …": each person as initials and surname,
        // then their post, people set apart by semicolons; the posts, whatever words they hold, are not people.
        var namesWithPosts = withInitials >= 3 && others.Count >= 2 && text.Count(c => c == ';') >= 2 && !others.Any(p => LaterTitle().IsMatch(" " + p.Trim()));
        // Officers' posts printed as list entries of their own, by the piece they stand at.
        var posts = new Dictionary<int, string>();
        var at = new List<int>();
        for (var index = 0; index < pieces.Count; index++)
        {
            var raw = pieces[index];
            if (namesWithPosts && !InitialledName().IsMatch(Brackets().Replace(raw, " ").Trim()))
            {
                continue;
            }
            // "(Deputy Chairman and Acting RFO)": a bracket's "and" or comma does not separate people.
            // "(LPJ)": the initials the minutes use for the person are not a role.
            var role = Brackets().Matches(raw).Select(m => m.Value.Trim('(', ')', '[', ']', ' ')).FirstOrDefault(r => r.Length > 0 && !InitialsOnly().IsMatch(r));
            var piece = Brackets().Replace(raw, " ").Trim(' ', '-', '–', '|', '*', '.');
            if ((TitledPersonThenPost().Match(piece) is { Success: true } titled && titled.Groups["person"].Success)
                || (titled = NamedClerk().Match(piece)).Success)
            {
                // "Mr D L Nicholson Deputy Parish Clerk": the person, then the post held.
                piece = titled.Groups["person"].Value;
                role ??= titled.Groups["post"].Value;
            }
            if (LabelledNone().IsMatch(piece) || ColumnHeads().IsMatch(piece) || OfficeAlone().IsMatch(piece))
            {
                // "Item No Item under discussion": the head of the minutes' table below the list, not a person.
                // "Public Participation – None": another heading's answer, not a person.
                // "The Mayor, Cllr. D. Hobson": an office named before its holder names nobody of its own.
                continue;
            }
            // "East Herts District Council Cllr Mrs A Brewster": the last person's organisation ran into the next name.
            if (LaterTitle().Match(piece) is { Success: true, Index: > 0 } later)
            {
                piece = piece[later.Index..];
            }
            piece = Honours().Replace(piece, "").Trim();
            piece = RolesBefore().Replace(piece, "").Trim();
            if (piece.Length < 2 || piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 || PeopleNames.IsOrganisation(piece) || PeopleNames.IsPosition(piece) || !piece.Any(char.IsUpper)
                || OfficerPost().IsMatch(piece))
            {
                if (IsOfficerRole(piece))
                {
                    posts[index] = piece;
                }
                continue;
            }
            var name = PeopleNames.Parse(piece).Name.Trim(' ', ',', '.');
            if (name.Length >= 2 && char.IsUpper(name[0]))
            {
                names.Add((name, role));
                at.Add(index);
            }
        }
        foreach (var (index, post) in posts)
        {
            // "… and the Parish Clerk, Mrs S. McIntyre": the post is the next person's; "Kerry Wilcox (KW), the
            // temporary clerk, was in attendance": with nobody after it, the last person's.
            var person = at.IndexOf(index + 1) is var next and >= 0 ? next : at.IndexOf(index - 1);
            if (person >= 0 && !IsOfficerRole(names[person].Item2))
            {
                names[person] = (names[person].Item1, post);
            }
        }
        return names;
    }

    /// <summary>A line of three or more names each tagged with its initials in brackets ("Andrew Eames (AE), Harry Bees
    /// (HB), …") and nothing else.</summary>
    public static bool IsInitialledList(string text) =>
        InitialsTag().Count(text + " ") >= 3 && text.Length < 400 && !text.TrimEnd().EndsWith(':') && Listed(text).Count >= 3
        && InitialsTag().Replace(text + " ", ", ").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .All(p => p.Split(' ').Length <= 4 && char.IsUpper(p[0]));

    /// <summary>Six or more capitalised words, no separator between them and an even number once titles are left out:
    /// forename and surname pairs whose commas were lost ("Nick Halfhide Jane Hope Andy Rinning").</summary>
    public static bool IsUntitledRun(string text)
    {
        var words = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = words.Count(w => !TitleWord().IsMatch(w));
        return named >= 6 && named % 2 == 0 && words.All(w => CapitalisedWord().IsMatch(w)) && !words.Any(w => PeopleNames.IsOrganisation(w));
    }

    /// <summary>Three or more titled names with fewer separators between them than names ("Cllr A Brooker Cllr C Evans
    /// Cllr Mrs S Murray"): a list whose commas were lost.</summary>
    public static bool IsTitledRun(string text)
    {
        // Most lists are set apart by commas; the titles are only counted exactly when they outnumber the commas.
        var separators = text.Count(c => c is ',' or ';');
        return AnyTitle().Count(text) >= Math.Max(3, separators + 3) && TitleBeforeName().Count(text) is var titled and >= 3 && separators < titled - 2;
    }

    [GeneratedRegex(@"^(?:Item|Minute|Agenda\s+Item|Min\.?)\s+(?:No\.?|Number|Ref\.?)(?:\s|$)|^No\.?\s+Item\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ColumnHeads();

    /// <summary>"Elaine Atkin Parish Clerk": a first name and surname, then the clerk's post.</summary>
    [GeneratedRegex(@"^(?!The\s)(?<person>[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+)\s+(?<post>(?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?Clerk\b.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NamedClerk();

    /// <summary>"Dr Penny Blackwell PB Governing Body GP": a name, its initials, then the post.</summary>
    public static bool HasInitialsThenRole(string text) => InitialsThenRole().IsMatch(text.Trim());

    /// <summary>A bracketed role that makes a listed person an officer serving the meeting, not one of its members:
    /// "(Parish Clerk)", "(Democratic Services Officer)"; "(Deputy Chairman and Acting RFO)" stays a member.</summary>
    public static bool IsOfficerRole(string? role) => role is not null && OfficerRole().IsMatch(role) && !MemberRole().IsMatch(role);

    [GeneratedRegex(@"^(?<person>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+(?:\s+(?!(?:Deputy|Parish|Town|Clerk|Admin|Chief|Head|Director|Officer|Assistant|Responsible|Finance|Senior|Principal|Team|Legal|Democratic|Committee)\b)[A-Z][\w'’-]+)?)\s+(?<post>(?:Deputy|Parish|Town|Clerk|Admin|Chief|Head|Director|Officer|Assistant|Responsible|Finance|Senior|Principal|Team|Legal|Democratic|Committee)\b.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TitledPersonThenPost();

    [GeneratedRegex(@"\b[A-Z]\.\s+[A-Z][a-z'’-]+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DottedInitialName();

    [GeneratedRegex(@"^(?:[A-Z]\.\s+[A-Z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]*)?\s*)+$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DottedNamesOnly();

    [GeneratedRegex(@"(?<=[a-z'’-])\s+(?=[A-Z]\.\s+[A-Z][a-z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex BeforeDottedInitial();

    [GeneratedRegex(@"\s[–—:-]\s*(?:none|nil)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LabelledNone();

    private static List<string> SplitOutsideBrackets(string text)
    {
        var pieces = new List<string>();
        var depth = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            depth[i + 1] = depth[i] + (text[i] is '(' or '[' ? 1 : text[i] is ')' or ']' ? -1 : 0);
        }
        var at = 0;
        foreach (Match separator in Separators().Matches(text))
        {
            if (depth[separator.Index] > 0)
            {
                continue;
            }
            pieces.Add(text[at..separator.Index]);
            at = separator.Index + separator.Length;
        }
        pieces.Add(text[at..]);
        return [.. pieces.Where(p => p.Trim(' ', ',', ')').Length > 0)];
    }

    // "Present:", "PRESENT", "Present:-", "Present;", "(1) Present", "Members present:", "Councillors present".
    [GeneratedRegex(@"^(?:\(\d\)\s*)?(?:(?:Committee\s+)?Members?\s+|Councillors\s+|Board\s+Members\s+|Those\s+|THOSE\s+)?(?:Present|PRESENT|present|ATTENDING|[Aa]ttending(?=\s*:)|(?:PRESENNOL|Presennol)(?!\s+(?:HEFYD|hefyd))(?:\s*/\s*[A-Z]+)?)(?:\s*\(\d{1,2}\s+(?:[Cc]ouncillors|[Mm]embers|COUNCILLORS|MEMBERS)\))?(?:\s+were)?\s*(?::\s*[-–]|[:;–-])?\s*(?<rest>.*)$|^(?:MEMBERS|Members|COUNCILLORS|Councillors)\s+(?:PRESENT|present|IN ATTENDANCE|in attendance)\s*[:;]?\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PresentLabel();

    // "THE MAYOR - ", "THE DEPUTY MAYOR - ", "COUNCILLORS - ": words in capitals before a dash, with the full stop or
    // space that ended the name before them.
    [GeneratedRegex(@"(?:\.\s*|\s+|^)(?:THE\s+)?(?:(?:DEPUTY|VICE|LORD)[\s-]+)?(?:MAYOR|CHAIR(?:MAN)?|LEADER|PROVOST|SHERIFF|COUNCILLORS|ALDERMEN|MEMBERS)\s+[-–]\s+(?=[A-Z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficeLabel();

    // "Apologies for absence were received from …", "Apologies for absence from the meeting were received on behalf of
    // …", "Apologies:", "Apologies;", "APOLOGIES FOR ABSENCE".
    [GeneratedRegex(@"^(?:Apologies|APOLOGIES)(?:\s+for\s+absence|\s+FOR\s+ABSENCE)?(?:\s+from\s+the\s+meeting)?(?:\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered)\s+(?:from|by|on behalf of))?\s*[:;–-]?\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ApologiesLabel();

    // "Also present:", "Also in attendance", "In attendance:", "Officers:", "Officers present", "Council Employees Present:".
    [GeneratedRegex(@"^(?:Also\s+(?:[Pp]resent|[Ii]n\s+[Aa]ttendance|[Aa]ttending)|ALSO\s+(?:PRESENT|IN\s+ATTENDANCE)|In\s+[Aa]ttendance|IN\s+ATTENDANCE|(?:PRESENNOL\s+HEFYD|Presennol\s+hefyd)(?:\s*/\s*(?:ALSO\s+PRESENT|[Aa]lso\s+present))?|(?:Officers|Officials)(?:\s+(?:[Pp]resent|[Ii]n\s+[Aa]ttendance))?|OFFICERS(?:\s+PRESENT)?|(?:Council\s+)?(?:Employees|Staff)\s+[Pp]resent|Members\s+of\s+the\s+[Pp]ublic\s+[Pp]resent)\s*(?::-|[:;–-])?\s*(?<rest>.*)$|^(?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?(?:Clerk|CLERK)(?:\s+to\s+the\s+(?:Parish\s+|Town\s+)?Council)?\s*:\s*[-–]?\s*(?<rest>[A-Z].*?)(?:\s{2,}.*|\s+(?:[Ee][’'-]?mail|Tel\.?|Telephone|Phone)\b.*)?$|^(?:Residents|RESIDENTS|Parishioners|PARISHIONERS|Members\s+of\s+the\s+[Pp]ublic|Public|PUBLIC)(?:\s+[Pp]resent)?\s*:\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InAttendanceLabel();

    [GeneratedRegex(@"^\s*(?:none|nil|there were none|there (?:were|was) no (?:absences?|apologies)\b.*|no apologies.*)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NoneSaid();

    // ", ", "; ", " and ", and a full stop before the next person's title ("Mr L Tustian (Councillor). Mr W Haddon").
    [GeneratedRegex(@"\s*(?:,|;|\||\band\b|&|\t|\.(?=\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s))\s*", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:Non-attendance|NON-ATTENDANCE|Absent|ABSENT|(?:Councillors|Members)\s+not\s+present)\s*[:;–-]?\s*(?<rest>.*)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AbsentLabel();

    [GeneratedRegex(@"^(?<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Cllr|Councillor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+[A-Z]{2,3}[a-z]{0,2}\s+\S", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InitialsThenRole();

    [GeneratedRegex(@"(?<=\s)(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Dr)\s+(?=[A-Z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LaterTitle();

    [GeneratedRegex(@"\b(?:Cllr|Councillor|Rev|Mr|Mrs|Ms|Miss|Dr)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex AnyTitle();

    // A title opening a name, not a second title of the same name ("Cllr Mrs B Morgans", "County Cllr A Tudor").
    [GeneratedRegex(@"(?<=\S\s+)(?<!\b(?:Cllr|Cllrs|Councillor|County|Rev|Mr|Mrs|Ms|Miss|Dr)\.?\s+)(?:County\s+)?(?:Cllr|Councillor|Rev|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?=[A-Z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TitleBeforeName();

    [GeneratedRegex(@"(?<=[a-z])\s*\((?:[A-Z]{2}[A-Za-z]?|[A-Z]{4,5})\)\s*(?=\S)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InitialsTag();

    [GeneratedRegex(@"^(?:[A-Z]\.?\s+){1,3}(?:Mc|Mac|O')?[A-Z][\w'’-]+$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InitialledName();

    [GeneratedRegex(@"^[A-Z]{2,5}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InitialsOnly();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr)\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TitleWord();

    // "Baird", "McKenna", "MacLean", "O'Neill", "Harvey-Smith".
    [GeneratedRegex(@"^[A-Z][a-z'’-]*(?:[A-Z][a-z'’-]+)?\.?$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CapitalisedWord();

    // A name of two words, with the title before it if any.
    [GeneratedRegex(@"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\S+\s+\S+(?=\s+\S)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PairedNames();

    // "The Town Clerk", "the Town Clerk’s Assistant", "Mayor’s Chaplain": a post named without its holder.
    [GeneratedRegex(@"^[Tt]he\s+(?:[A-Z][a-z]+\s+){0,3}(?:Clerk|Officer|Secretary|Treasurer)(?:['’]s\s+Assistant)?$|^[A-Z][a-z]+['’]s\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficerPost();

    [GeneratedRegex(@"^(?:The\s+)?(?:(?:Town|Deputy|Lord|Vice)\s+)?(?:Mayor|Chair(?:man|person)?|Provost|Convener)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficeAlone();

    [GeneratedRegex(@"\b(?:Clerk|Officer|Secretary|Minute[- ]?taker|Administrator)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficerRole();

    [GeneratedRegex(@"\b(?:Chair\w*|Councillor|Cllr|Mayor|Member|Vice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MemberRole();

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(?:CBE|OBE|MBE|BEM|JP|DL|MP)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Honours();

    // "Chair Cllr. C Edwards", "RFO Clive Baker", "Clerk Linda Evans", "Councillors Paula Hiscocks".
    [GeneratedRegex(@"^(?:(?:Chair(?:man)?|Vice[- ]Chair(?:man)?|Deputy\s+Chair(?:man)?|Clerk|RFO|Mayor|Councillors|Cllrs\.?)\s+)+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RolesBefore();
}
