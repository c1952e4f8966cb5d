namespace Quorum.Domain;

/// <summary>
/// Input that a procedure rule cannot be applied to (an impossible date, a year outside the calendar, a meeting
/// before its publication, a reserve on no list). <see cref="Rule"/> names the rule, e.g. "CAL-1" or "CPR-2 (i)",
/// so the CLI and the web can show one line that says what was wrong and which rule it broke.
/// </summary>
public sealed class ProcedureRuleException(string rule, string detail)
    : Exception($"{rule}: {detail}")
{
    public string Rule { get; } = rule;

    public string Detail { get; } = detail;

    /// <summary>What to show a person: the words as a sentence, then the rule's name, with the code last.</summary>
    public string Explanation => Rules.ProcedureRuleNames.Explain(Rule, Detail);
}
