using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Rules;

public sealed class ProcedureRuleNamesTests
{
    [Theory]
    [InlineData("CPR-1", "arrived after item 3 began", "Arrived after item 3 began. Rule: Quorum (CPR-1).")]
    [InlineData("CPR-2 (ii)", "Jo Bloggs attended the meeting, so Sam Roe cannot act in their place", "Jo Bloggs attended the meeting, so Sam Roe cannot act in their place. Rule: Reserve members (CPR-2 (ii)).")]
    [InlineData("INT-6", "a dispensation may not exceed four years.", "A dispensation may not exceed four years. Rule: Dispensations (Localism Act 2011, section 33) (INT-6).")]
    [InlineData("Record", "the meeting was cancelled", "The meeting was cancelled.")]
    public void A_refusal_reads_as_a_sentence_then_the_rules_name_with_the_code_last(string code, string detail, string expected)
        => Assert.Equal(expected, ProcedureRuleNames.Explain(code, detail));

    [Fact]
    public void A_reason_written_with_its_code_is_explained_the_same_way()
    {
        Assert.Equal("Not a member of this body. Rule: Quorum (CPR-1).", ProcedureRuleNames.ExplainReason("CPR-1: not a member of this body"));
        Assert.Equal("Present at 19:30: on time.", ProcedureRuleNames.ExplainReason("present at 19:30: on time"));
    }

    [Fact]
    public void The_exception_explains_itself_while_its_message_keeps_the_code_for_logs()
    {
        var refusal = new ProcedureRuleException("CPR-8", "the vote on item 4 needs the motion put");
        Assert.Equal("CPR-8: the vote on item 4 needs the motion put", refusal.Message);
        Assert.Equal("The vote on item 4 needs the motion put. Rule: Voting (CPR-8).", refusal.Explanation);
    }
}
