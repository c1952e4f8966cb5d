namespace Quorum.Domain.Rules;

/// <summary>
/// The rules' names as a clerk knows them. The codes ("CPR-1", "INT-4") are this project's index of the rules
/// (docs/rules.md), useful in logs and the CLI but meaningless on a screen: people are shown the words and the
/// rule's name, and a council's own rules (the CPR codes) are cited by the names the council gives its standing
/// orders, never by Quorum's code.
/// </summary>
public static class ProcedureRuleNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["CAL-1"] = "Bank holidays",
        ["CAL-2"] = "Working days",
        ["CAL-3"] = "Clear days",
        ["CAL-4"] = "Deadlines at a time of day",
        ["AI-1"] = "Public notice of meetings (Local Government Act 1972, section 100A)",
        ["AI-2"] = "Agenda and reports open to inspection (Local Government Act 1972, section 100B)",
        ["AI-3"] = "Late and urgent items (Local Government Act 1972, section 100B(4))",
        ["AI-4"] = "Papers not for publication (Local Government Act 1972, section 100B)",
        ["AI-5"] = "Confidential and exempt information (Local Government Act 1972, section 100A)",
        ["AI-6"] = "Exempt information (Local Government Act 1972, Schedule 12A)",
        ["AI-7"] = "Exempt information (Local Government Act 1972, Schedule 12A)",
        ["AI-8"] = "Members' access to papers (Local Government Act 1972, section 100F)",
        ["AI-9"] = "Papers after the meeting (Local Government Act 1972, sections 100C and 100D)",
        ["EX-1"] = "Executive meetings in public",
        ["EX-2"] = "Private executive meetings (2012 Regulations, regulation 5)",
        ["EX-3"] = "Key decisions (2012 Regulations, regulation 8)",
        ["EX-4"] = "Notice of key decisions (2012 Regulations, regulation 9)",
        ["EX-5"] = "General exception (2012 Regulations, regulation 10)",
        ["EX-6"] = "Special urgency (2012 Regulations, regulation 11)",
        ["EX-7"] = "Records of executive decisions (2012 Regulations, regulations 12 to 14)",
        ["EX-8"] = "Call-in",
        ["OP-1"] = "Filming and recording meetings",
        ["OP-2"] = "Records of officer decisions (2014 Regulations, regulation 7)",
        ["OP-3"] = "Remote meetings",
        ["INT-1"] = "Whose interests count (Localism Act 2011)",
        ["INT-2"] = "Disclosable pecuniary interests",
        ["INT-3"] = "Register of members' interests (Localism Act 2011, sections 29 and 30)",
        ["INT-4"] = "Declaring interests at meetings (Localism Act 2011, section 31)",
        ["INT-5"] = "Sensitive interests (Localism Act 2011, section 32)",
        ["INT-6"] = "Dispensations (Localism Act 2011, section 33)",
        ["INT-7"] = "Offences (Localism Act 2011, section 34)",
        ["INT-8"] = "Other interests",
        ["CPR-1"] = "Quorum",
        ["CPR-2"] = "Reserve members",
        ["CPR-3"] = "The agenda",
        ["CPR-4"] = "Public questions",
        ["CPR-5"] = "Publishing the agenda",
        ["CPR-6"] = "Petitions",
        ["CPR-7"] = "Deputations",
        ["CPR-8"] = "Voting",
        ["CPR-9"] = "Minutes",
        ["CPR-10"] = "Adjournment",
        ["CPR-11"] = "Municipal year and appointments",
    };

    /// <summary>The rule's name, or null for a code that names no rule (such as "Record" or "Settings").</summary>
    public static string? NameOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        // "CPR-2 (i)" is a paragraph of CPR-2.
        var rule = code.Split(' ', 2)[0];
        return Names.GetValueOrDefault(rule);
    }

    /// <summary>
    /// "Arrived after item 3 began. Rule: the council's Committee Procedure Rules on quorum.": the words first, as a
    /// sentence, then the rule: a statute by its name, the council's own rules by the name of its standing orders
    /// (<paramref name="orders"/>; "the council's rules" when not known). Never the code.
    /// </summary>
    public static string Explain(string code, string detail, StandingOrders? orders = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(detail);
        var words = detail.Trim();
        if (words.Length > 0)
        {
            words = char.ToUpperInvariant(words[0]) + words[1..];
            if (!words.EndsWith('.') && !words.EndsWith('?') && !words.EndsWith('!'))
            {
                words += ".";
            }
        }
        if (NameOf(code) is not { } name)
        {
            return words;
        }
        // The CPR rules are each council's own standing orders, which it names and numbers as it pleases.
        return code.StartsWith("CPR-", StringComparison.Ordinal)
            ? $"{words} Rule: the council's {orders?.CommitteeRules ?? "rules"} on {char.ToLowerInvariant(name[0])}{name[1..]}."
            : $"{words} Rule: {name}.";
    }

    /// <summary>Explains a reason written "CODE: words", as the eligibility and voting checks give them.</summary>
    public static string ExplainReason(string reason, StandingOrders? orders = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.Split(':', 2) is [var code, var detail] && NameOf(code.Trim()) is not null
            ? Explain(code.Trim(), detail, orders)
            : Explain("", reason);
    }
}
