using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Rules;

public sealed class ProcedureRuleNamesTests
{
    [Theory]
    [InlineData("CPR-1", "arrived after item 3 began", "Arrived after item 3 began. Rule: the council's rules on quorum.")]
    [InlineData("CPR-2 (ii)", "Jo Bloggs attended the meeting, so Sam Roe cannot act in their place", "Jo Bloggs attended the meeting, so Sam Roe cannot act in their place. Rule: the council's rules on reserve members.")]
    [InlineData("INT-6", "a dispensation may not exceed four years.", "A dispensation may not exceed four years. Rule: Dispensations (Localism Act 2011, section 33).")]
    [InlineData("Record", "the meeting was cancelled", "The meeting was cancelled.")]
    public void A_refusal_reads_as_a_sentence_then_the_rules_name_and_never_the_code(string code, string detail, string expected)
        => Assert.Equal(expected, ProcedureRuleNames.Explain(code, detail));

    [Fact]
    public void A_councils_own_rule_is_cited_by_the_name_the_council_gives_its_standing_orders()
    {
        var orders = new StandingOrders("Standing Orders for Committees", "Cabinet Procedure Rules");
        Assert.Equal(
            "Ada Quillfeather is not on any reserve list of this body. Rule: the council's Standing Orders for Committees on reserve members.",
            ProcedureRuleNames.Explain("CPR-2 (i)", "Ada Quillfeather is not on any reserve list of this body", orders));
        // A statute is the same for every council: its name, not the council's.
        Assert.Equal("Too long. Rule: Dispensations (Localism Act 2011, section 33).", ProcedureRuleNames.Explain("INT-6", "too long", orders));
    }

    [Fact]
    public void A_reason_written_with_its_code_is_explained_the_same_way()
    {
        Assert.Equal("Not a member of this body. Rule: the council's Committee Procedure Rules on quorum.", ProcedureRuleNames.ExplainReason("CPR-1: not a member of this body", StandingOrders.Harrow));
        Assert.Equal("Present at 19:30: on time.", ProcedureRuleNames.ExplainReason("present at 19:30: on time"));
    }

    [Fact]
    public void The_exception_explains_itself_while_its_message_keeps_the_code_for_logs()
    {
        var refusal = new ProcedureRuleException("CPR-8", "the vote on item 4 needs the motion put");
        Assert.Equal("CPR-8: the vote on item 4 needs the motion put", refusal.Message);
        Assert.Equal("The vote on item 4 needs the motion put. Rule: the council's rules on voting.", refusal.Explanation);
        Assert.Equal("The vote on item 4 needs the motion put. Rule: the council's Committee Procedure Rules on voting.", refusal.ExplainedBy(StandingOrders.Unnumbered));
    }
}
