using Quorum.Import.Parsing;

namespace Quorum.Import.Tests.Parsing;

public class ItemNumberingTests
{
    [Theory]
    // A minute code, then the agenda number of the item it minutes.
    [InlineData("C048/23      1.         APOLOGIES FOR ABSENCE.", "C048/23", "APOLOGIES FOR ABSENCE.")]
    // The space after the number lost in conversion.
    [InlineData("3MINUTES To approve, as a correct record, the minutes", "3", "MINUTES To approve, as a correct record, the minutes")]
    // Codes with the council year first or last, alone or before the title.
    [InlineData("23-24/FRA/1", "23-24/FRA/1", "")]
    [InlineData("Cou/286/07-08 Apologies for Absence", "Cou/286/07-08", "Apologies for Absence")]
    // A council year and minute number before a capitals title.
    [InlineData("21.44 ELECTION OF CHAIR OF THE COUNCIL", "21.44", "ELECTION OF CHAIR OF THE COUNCIL")]
    public void Item_numbers_are_read_in_the_forms_councils_print_them(string line, string number, string title)
    {
        var read = ItemNumbering.Read(line);
        Assert.NotNull(read);
        Assert.Equal(number, read.Number);
        Assert.Equal(title, read.Title);
    }

    [Fact]
    public void A_long_capitals_heading_with_its_wording_run_on_is_still_an_item()
    {
        var line = "1APOLOGIES To receive apologies for absence " + string.Concat(Enumerable.Repeat("Schedule 12 of the Local Government Act 1972 requires a record. ", 8));
        Assert.True(line.Length > 420);
        Assert.Equal("1", ItemNumbering.Read(line)?.Number);
    }

    [Theory]
    [InlineData("Ymddiheuriadau/Apologies", true)]
    [InlineData("Cyhoeddiadau/Announcements", true)]
    [InlineData("Materion mynwentydd/cemetery matters", false)]
    public void A_bilingual_title_is_a_standing_item_when_either_language_says_so(string title, bool standing) =>
        Assert.Equal(standing, ItemNumbering.IsStandingTitle(title));

    [Theory]
    [InlineData("23-24/FRA/1", "23-24/FRA/2", true)]
    [InlineData("Cou/285/07-08", "Cou/286/07-08", true)]
    [InlineData("21.44", "21.45", true)]
    [InlineData("23-24/FRA/1", "23-24/FRA/3", false)]
    public void Codes_follow_one_another_when_their_minute_number_goes_up_by_one(string previous, string number, bool follows) =>
        Assert.Equal(follows, ItemNumbering.Follows(previous, number));
}
