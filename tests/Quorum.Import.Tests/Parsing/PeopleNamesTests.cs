using Quorum.Import.Parsing;

namespace Quorum.Import.Tests.Parsing;

public class PeopleNamesTests
{
    [Fact]
    public void A_flattened_member_list_is_split_into_names() =>
        Assert.Equal(
            ["Jo Dooley", "Ms Pamela Fitzpatrick", "Barry Kendler", "Paul Osborn (VC)"],
            PeopleNames.SplitRun("Jo Dooley Ms Pamela Fitzpatrick Barry Kendler Paul Osborn (VC)"));

    [Fact]
    public void Initials_stay_with_their_surname() =>
        Assert.Equal(["Mr N Ransley", "Reverend P Reece"], PeopleNames.SplitRun("Mr N Ransley Reverend P Reece"));

    [Fact]
    public void Known_names_of_three_words_are_taken_whole() =>
        Assert.Equal(
            ["Kairul Kareema Marikar", "Ajay Maru"],
            PeopleNames.SplitRun("Kairul Kareema Marikar Ajay Maru", new HashSet<string>(["Kairul Kareema Marikar"])));

    [Fact]
    public void A_role_column_run_into_the_names_ends_the_list() =>
        Assert.Equal(["Valerie Griffin"], PeopleNames.SplitRun("Valerie Griffin Foster Carer"));

    [Fact]
    public void A_spaced_dash_joins_a_double_barrelled_surname() =>
        Assert.Equal(["Deborah Price – Williams"], PeopleNames.SplitRun("Deborah Price – Williams Consultant CLA"));

    [Theory]
    [InlineData("Councillor Phillip O'Dell", "Councillor", "Phillip O'Dell", null)]
    [InlineData("Cllr Jerry Miles", "Councillor", "Jerry Miles", null)]
    [InlineData("Dr Lesline Lewinson", "Dr", "Lesline Lewinson", null)]
    [InlineData("Paul Osborn (VC)", null, "Paul Osborn", "VC")]
    [InlineData("Chief Superintendent Ann Smith", "Chief Superintendent", "Ann Smith", null)]
    public void A_printed_name_is_read_into_title_name_and_suffix(string printed, string? title, string name, string? suffix) =>
        Assert.Equal(new PrintedName(title, name, suffix), PeopleNames.Parse(printed));

    [Fact]
    public void Spelling_variants_are_similar_but_not_equal()
    {
        Assert.InRange(PeopleNames.Similarity("Linda Seymour", "Lynda Seymour"), 0.8, 0.99);
        Assert.True(PeopleNames.Similarity("Linda Seymour", "Chris Mote") < 0.5);
    }
}
