using Quorum.Publishing.Packs;
using Quorum.TestSupport;

namespace Quorum.Publishing.Tests.Packs;

/// <summary>Accepted public questions on the agenda pack's front sheet: under their item, in order, as text.</summary>
public sealed class PackQuestionsTests
{
    private static AgendaPack WithQuestions()
    {
        var pack = PackFixtures.Meeting(Directory.CreateTempSubdirectory("quorum-pack-questions").FullName, reports: 1);
        var questions = new PackItem
        {
            Number = 99,
            Title = "Public Questions",
            Questions = [new PackQuestion(1, "Ann <b>Resident</b>", "<script>alert(1)</script>Why?"), new PackQuestion(2, "Bob Resident", "When?")],
        };
        return pack with { Items = [.. pack.Items, questions] };
    }

    [Fact]
    public void The_main_pack_prints_accepted_questions_under_their_item_in_order_of_receipt_escaped()
    {
        var html = PackHtml.FrontSheet(WithQuestions(), PackKind.Main, new Dictionary<int, Domain.Meetings.PageRange>());
        var first = html.IndexOf("Question 1, from Ann &lt;b&gt;Resident&lt;/b&gt;:", StringComparison.Ordinal);
        Assert.True(first > html.IndexOf("99. PUBLIC QUESTIONS", StringComparison.Ordinal), "printed under the item");
        Assert.True(html.IndexOf("Question 2, from Bob Resident:", StringComparison.Ordinal) > first, "in order of receipt");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;Why?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_supplementary_pack_does_not_repeat_them()
        => Assert.DoesNotContain("Question 1, from", PackHtml.FrontSheet(WithQuestions(), PackKind.Supplementary, new Dictionary<int, Domain.Meetings.PageRange>()), StringComparison.Ordinal);
}
