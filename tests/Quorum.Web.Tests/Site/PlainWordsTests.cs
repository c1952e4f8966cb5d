using Xunit.Sdk;

namespace Quorum.Web.Tests.Site;

/// <summary>The page checks that use <see cref="PlainWords"/> would catch what they look for.</summary>
public sealed class PlainWordsTests
{
    [Fact]
    public void The_internal_names_include_run_together_enum_members_and_not_single_words()
    {
        Assert.Contains("ViceChair", PlainWords.EnumNames);
        Assert.Contains("PartII", PlainWords.EnumNames);
        Assert.DoesNotContain("Held", PlainWords.EnumNames);
    }

    [Theory]
    [InlineData("Jo Bloggs (ViceChair)")]
    [InlineData("CPR-1: not a member of this body")]
    [InlineData("Refused under INT-4")]
    [InlineData("Not a member of this body. Rule: Quorum (CPR-1).")]
    [InlineData("Questions close at 3pm (PR-3).")]
    public void An_internal_name_or_a_rule_code_fails_the_page_even_after_the_rules_name(string text)
        => Assert.ThrowsAny<XunitException>(() => PlainWords.AssertPlain(text, "/a-page"));

    [Fact]
    public void Plain_words_citing_the_councils_standing_orders_pass()
        => PlainWords.AssertPlain(PlainWords.VisibleText("<p data-x=\"ViceChair CPR-1\">Jo Bloggs, Vice-Chair. Not a member of this body. Rule: the council's Committee Procedure Rules on quorum.</p><script>var CPR = 'ViceChair';</script>"), "/a-page");
}
