namespace Quorum.Domain.Rules;

/// <summary>
/// The names a council gives its standing orders, as its agendas and refusals cite them: the rules for committees
/// and for the executive, the numbers of the rules on public questions, petitions and deputations, and where they
/// sit in the constitution. A council that numbers none is cited by the rules' name alone.
/// </summary>
public sealed record StandingOrders(
    string CommitteeRules,
    string ExecutiveRules,
    string? QuestionsRule = null,
    string? PetitionsRule = null,
    string? DeputationsRule = null,
    string? ConstitutionPart = null)
{
    /// <summary>What any council has: procedure rules for committees and for the executive, numbered as it pleases.</summary>
    public static StandingOrders Unnumbered { get; } = new("Committee Procedure Rules", "Executive Procedure Rules");

    /// <summary>Harrow's, as its packs print them: Committee Procedure Rules 15–17 in Part 4B of the Constitution.</summary>
    public static StandingOrders Harrow { get; } = new("Committee Procedure Rules", "Executive Procedure Rules", "17", "15", "16", "Part 4B of the Constitution");

    /// <summary>"Committee Procedure Rule 17 (Part 4B of the Constitution)", or "the Committee Procedure Rules" when the rule has no number.</summary>
    public string Cite(string? rule, bool executive = false)
    {
        var rules = executive ? ExecutiveRules : CommitteeRules;
        if (executive || string.IsNullOrWhiteSpace(rule))
        {
            // Only the committee rules' numbers are kept; the executive's are cited by name.
            return ConstitutionPart is { Length: > 0 } part ? $"the {rules} ({part})" : $"the {rules}";
        }
        var one = rules.EndsWith('s') ? rules[..^1] : rules;
        return ConstitutionPart is { Length: > 0 } where ? $"{one} {rule} ({where})" : $"{one} {rule}";
    }
}
