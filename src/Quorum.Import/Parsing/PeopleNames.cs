using System.Text.RegularExpressions;

namespace Quorum.Import.Parsing;

/// <summary>A person as printed: courtesy title or rank, the name without it, and any suffix such as "(VC)".</summary>
public sealed record PrintedName(string? Title, string Name, string? Suffix)
{
    public bool IsCouncillor => Title == "Councillor";
}

/// <summary>
/// Splits and reads people's names as packs print them: run-together lists ("Jo Dooley Ms Pamela Fitzpatrick
/// Barry Kendler"), prefixes (Councillor, Cllr, Mr, Mrs, Ms, Reverend, Dr, ranks), initials ("Mr N Ransley"),
/// suffixes ("(VC)", "(Chairman)", "(3)"), and seats named by organisation ("Harrow Youth Parliament Representative").
/// </summary>
public static partial class PeopleNames
{

    private static readonly string[] Prefixes =
    [
        "Chief Superintendent", "Detective Chief Inspector", "Chief Inspector", "Borough Commander", "Superintendent",
        "Inspector", "County Councillors", "County Councillor", "County Councilor", "County Cllrs", "County Cllr", "Councillors", "Councillor", "Councilor", "Cllrs", "Cllr.", "Cllr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr",
        "Reverend", "Revd", "Rev.", "Rev", "Professor", "Prof.", "Prof", "Sir", "Dame",
        // Scottish civic titles come before "Lord": "Depute Lord Provost Bill CAMPBELL", "Bailie Willie SAWERS".
        "Depute Lord Provost", "Lord Provost", "Depute Provost", "Provost", "Bailie", "Lord", "Lady", "Baroness",
        "Father", "Fr.", "Fr", "Canon", "Rabbi", "Imam", "Alderman",
    ];

    /// <summary>Words that start a job title or a note, never a name: where a name list runs into a role column.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Director", "Head", "Headteacher", "Teacher", "Officer", "Manager", "Consultant", "Nurse", "Carer", "Foster",
        "Adviser", "Advisor", "Advisory", "Assistant", "Minute", "Minutes", "Corporate", "Divisional", "Service", "Services",
        "Chief", "Executive", "Leader", "Portfolio", "Holder", "Partner", "Lead", "Coordinator", "Co-ordinator", "Principal",
        "Senior", "Clerk", "Solicitor", "Accountant", "Analyst", "Practitioner", "Psychologist", "Worker", "Representative",
        "Commissioner", "Secretary", "Treasurer", "Deputy", "Interim", "Acting", "Named", "Post", "Strategic", "Group",
        "Finance", "Legal", "Democratic", "Policy", "Team", "for", "of", "and", "the", "Member", "Members", "None",
        "Vacancy", "Vacancies",
    };

    /// <summary>Words that mark a seat held by an organisation rather than a named person.</summary>

    /// <summary>Reads one printed person: "Councillor Phillip O'Dell", "Mr N Ransley", "Paul Osborn (VC)".</summary>
    public static PrintedName Parse(string printed)
    {
        var text = Normalise(printed);
        string? suffix = null;
        var suffixMatch = Suffix().Match(text);
        if (suffixMatch.Success)
        {
            suffix = suffixMatch.Groups[1].Value.Trim();
            text = text[..suffixMatch.Index].Trim();
        }
        string? title = null;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var prefix in Prefixes)
            {
                if (text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text[prefix.Length] == ' ')
                {
                    var canonical = Canonical(prefix);
                    // "Councillor Dr X" keeps Councillor: the heading convention outranks a courtesy title.
                    title = title == "Councillor" ? title : canonical;
                    text = text[(prefix.Length + 1)..].TrimStart();
                    changed = true;
                    break;
                }
            }
        }
        // "Gerald Vernon- Jackson CBE": a surname's hyphen broken at a line wrap, and honours after the name.
        text = WrappedHyphen().Replace(TrailingHonours().Replace(text, ""), "-");
        return new PrintedName(title, text.Trim(' ', ',', ';', '/'), suffix);
    }

    /// <summary>
    /// Splits a run of names with no separators. Known names (from elsewhere in the pack) are taken whole; a
    /// prefix starts a new name; otherwise a name is a forename (or initials) and a surname. A job-title word
    /// ends the list, since it begins the role column that conversion ran into the names.
    /// </summary>
    public static List<string> SplitRun(string run, IReadOnlySet<string>? known = null)
    {
        var names = new List<string>();
        var tokens = Tokenise(run);
        // "SIMMONS (CHAIR) M. HUSSAIN BURNETT A. KHAN CASTLEMAN": surnames in capitals, some with initials before them, so
        // no name has a forename and two words side by side are two people.
        var surnamesOnly = tokens.Any(IsInitial) && tokens.All(t => !t.Any(char.IsLower));
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.StartsWith('(') && names.Count > 0)
            {
                names[^1] += " " + token;
                i++;
                continue;
            }
            if (token is "/" or "," or ";" or "&" or "and")
            {
                i++;
                continue;
            }
            var start = i;
            // Prefixes ("Mr", "Chief Inspector").
            var prefixLength = PrefixLength(tokens, i);
            i += prefixLength;
            if (i >= tokens.Count)
            {
                break;
            }
            if (RoleWords.Contains(tokens[i]) || !StartsName(tokens[i]))
            {
                if (prefixLength == 0)
                {
                    break;
                }
                continue;
            }
            var take = KnownLength(tokens, i, known);
            if (take == 0)
            {
                take = 1;
                // Initials ("N", "A.", "J.R.") belong with the surname that follows.
                while (i + take < tokens.Count && IsInitial(tokens[i + take - 1]) && StartsName(tokens[i + take]))
                {
                    take++;
                }
                if (!surnamesOnly && !IsInitial(tokens[i]) && i + 1 < tokens.Count && StartsName(tokens[i + 1]) && !RoleWords.Contains(tokens[i + 1])
                    && PrefixLength(tokens, i + 1) == 0)
                {
                    take = 2;
                }
            }
            var end = i + take;
            names.Add(string.Join(' ', tokens.GetRange(start, end - start)));
            i = end;
        }
        return names;
    }

    /// <summary>True when the text names a seat by organisation (a youth parliament, a trust) rather than a person.</summary>
    /// <summary>
    /// Whether a table cell reads as a person ("Councillor Susan Hall", "Chief Superintendent Dal Babu", "Mr N
    /// Ransley (Chairman)") rather than a position or an organisation ("Leader of the Council", "Harrow Police").
    /// </summary>
    public static bool LooksLikePerson(string cell)
    {
        var person = Parse(cell);
        var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4 || IsOrganisation(person.Name) || PositionWord().IsMatch(person.Name))
        {
            return false;
        }
        // A prefix makes even one word a person ("Mr Smith"); otherwise a forename (or initials) and a surname.
        return (person.Title is not null || words.Length >= 2) && words.All(w => char.IsUpper(w[0]) || Particle().IsMatch(w));
    }

    /// <summary>Whether the text names a post ("Licensing Manager", "Head of Legal") rather than a person.</summary>
    public static bool IsPosition(string text) => PositionWord().IsMatch(text);

    public static bool IsOrganisation(string text) => OrganisationWord().IsMatch(text);

    // One generated pattern rather than a regex per word per call: names are tested on every attendance line.
    [GeneratedRegex(@"\b(?:Parliament|Council|Board|Trust|Police|NHS|Association|Forum|Partnership|Diocese|Church|Authority|Service|Group|Society|Federation|Union|College|University|CCG)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OrganisationWord();

    /// <summary>Collapses whitespace and the spaced dash of double-barrelled names into one form.</summary>
    public static string Normalise(string text) => Spaces().Replace(text.Replace('\t', ' '), " ").Trim(' ', '-', '•', '·', '*', '†');

    /// <summary>Similarity of two names, 0..1, ignoring case and punctuation; used to flag spelling variants.</summary>
    public static double Similarity(string a, string b)
    {
        a = Letters().Replace(a.ToLowerInvariant(), "");
        b = Letters().Replace(b.ToLowerInvariant(), "");
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var d = new int[a.Length + 1, b.Length + 1];
        for (var x = 0; x <= a.Length; x++)
        {
            d[x, 0] = x;
        }
        for (var y = 0; y <= b.Length; y++)
        {
            d[0, y] = y;
        }
        for (var x = 1; x <= a.Length; x++)
        {
            for (var y = 1; y <= b.Length; y++)
            {
                var cost = a[x - 1] == b[y - 1] ? 0 : 1;
                d[x, y] = Math.Min(Math.Min(d[x - 1, y] + 1, d[x, y - 1] + 1), d[x - 1, y - 1] + cost);
            }
        }
        return 1.0 - (double)d[a.Length, b.Length] / Math.Max(a.Length, b.Length);
    }

    private static List<string> Tokenise(string run)
    {
        var raw = Normalise(run).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var t = raw[i];
            // "Price – Williams": a spaced dash joins the two halves of one surname.
            if (t is "–" or "-" or "—" && tokens.Count > 0 && i + 1 < raw.Length)
            {
                tokens[^1] = tokens[^1] + " " + t + " " + raw[++i];
                continue;
            }
            if (t.StartsWith('(') && !t.EndsWith(')'))
            {
                while (i + 1 < raw.Length && !t.EndsWith(')'))
                {
                    t += " " + raw[++i];
                }
            }
            tokens.Add(t);
        }
        return tokens;
    }

    private static int PrefixLength(List<string> tokens, int at)
    {
        foreach (var prefix in Prefixes)
        {
            var words = prefix.Split(' ');
            if (at + words.Length > tokens.Count)
            {
                continue;
            }
            var matches = true;
            for (var w = 0; w < words.Length && matches; w++)
            {
                matches = string.Equals(tokens[at + w], words[w], StringComparison.OrdinalIgnoreCase);
            }
            if (matches)
            {
                return words.Length;
            }
        }
        return 0;
    }

    private static int KnownLength(List<string> tokens, int at, IReadOnlySet<string>? known)
    {
        if (known is null || known.Count == 0)
        {
            return 0;
        }
        for (var length = Math.Min(5, tokens.Count - at); length >= 2; length--)
        {
            if (known.Contains(string.Join(' ', tokens.GetRange(at, length))))
            {
                return length;
            }
        }
        return 0;
    }

    private static bool StartsName(string token) => token.Length > 0 && (char.IsUpper(token[0]) || token[0] == '\'');

    private static bool IsInitial(string token) => InitialToken().IsMatch(token);

    private static string Canonical(string prefix) => prefix.TrimEnd('.') switch
    {
        "Cllr" or "cllr" or "Cllrs" or "Councillors" => "Councillor",
        "Rev" or "Revd" => "Reverend",
        "Prof" => "Professor",
        var p => p,
    };

    [GeneratedRegex(@"(?:\s+(?:CBE|OBE|MBE|BEM|KBE|DBE|JP|DL))+\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TrailingHonours();

    [GeneratedRegex(@"(?<=\p{L})-\s+(?=\p{Lu})", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex WrappedHyphen();

    [GeneratedRegex(@"\s*\(([^()]{1,40})\)\s*$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:of|the|for|and|Leader|Director|Chief|Officer|Manager|Head|Executive|Commander|Portfolio|Holder|Representative|Member|Chairman|Chair|Deputy|Assistant|Lead|Consultant|Co-ordinator|Coordinator|Secretary|Clerk|Governor|Principal|Superintendent|Inspector|Services?|Policy|Strategy|Team)\b", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PositionWord();

    [GeneratedRegex(@"^(?:de|van|von|le|la|du|da|bin|al|el|d'|O')", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Particle();

    [GeneratedRegex(@"[^a-z]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Letters();

    [GeneratedRegex(@"^(?:[A-Z]\.?){1,3}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex InitialToken();
}
