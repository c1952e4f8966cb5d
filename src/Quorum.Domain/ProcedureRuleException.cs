namespace Quorum.Domain;

/// <summary>
/// Input that a procedure rule cannot be applied to (an impossible date, a year outside the calendar, a meeting
/// before its publication, a reserve on no list). <see cref="Rule"/> names the rule, e.g. "CAL-1" or "CPR-2 (i)",
/// for logs and the CLI; people are shown <see cref="Explanation"/>, which says what was wrong and which rule it broke.
/// </summary>
public sealed class ProcedureRuleException(string rule, string detail)
    : Exception($"{rule}: {detail}")
{
    public string Rule { get; } = rule;

    public string Detail { get; } = detail;

    /// <summary>What to show a person: the words as a sentence, then the rule's name; never the code.</summary>
    public string Explanation => Rules.ProcedureRuleNames.Explain(Rule, Detail);

    /// <summary>The explanation citing the council's own standing orders by the name it gives them.</summary>
    public string ExplainedBy(Rules.StandingOrders? orders) => Rules.ProcedureRuleNames.Explain(Rule, Detail, orders);
}
