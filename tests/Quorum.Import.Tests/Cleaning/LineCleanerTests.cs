using Quorum.Import.Cleaning;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Cleaning;

public class LineCleanerTests
{
    [Fact]
    public void Blank_page_marker_glued_to_a_paragraph_becomes_its_own_line()
    {
        var lines = PackText.Clean("© Crown copyright 2017 This page is intentionally left blank");

        Assert.Equal(2, lines.Count);
        Assert.Equal("© Crown copyright 2017", lines[0].Text);
        Assert.True(lines[1].IsBlankPage);
        Assert.Equal(1, lines[1].Number);
    }

    [Fact]
    public void A_front_sheet_run_onto_one_line_is_broken_at_its_labels_and_items()
    {
        var lines = PackText.Clean("AGENDA FOR LICENSING COMMITTEE Contact: Ann Lee Direct Line: 01234 567890 Councillors : A Black (Chair), B White "
            + "Dear Member You are invited to attend. Date: Monday, 4 March 2024 Place: Town Hall Time: 7.00 pm Yours sincerely Ann Lee "
            + "AGENDA 1 APOLOGIES FOR ABSENCE 2 DECLARATIONS OF INTEREST Members are asked to declare any interest.");

        Assert.Equal(
            ["AGENDA FOR LICENSING COMMITTEE", "Contact: Ann Lee", "Direct Line: 01234 567890", "Councillors : A Black (Chair), B White",
                "Dear Member You are invited to attend.", "Date: Monday, 4 March 2024", "Place: Town Hall", "Time: 7.00 pm", "Yours sincerely Ann Lee",
                "AGENDA", "1 APOLOGIES FOR ABSENCE", "2 DECLARATIONS OF INTEREST", "Members are asked to declare any interest."],
            lines.Select(l => l.Text));
    }

    [Fact]
    public void A_line_with_one_or_two_labels_is_left_whole()
    {
        var lines = PackText.Clean("Date: Monday, 4 March 2024 at the Town Hall. Contact: Ann Lee, Democratic Services Officer, for any questions.");

        Assert.Single(lines);
    }

    [Theory]
    [InlineData("5 | Page")]
    [InlineData("33 | P a g e")]
    [InlineData("| Page")]
    public void Page_footers_are_removed(string footer) => Assert.True(PackText.Clean(footer)[0].IsEmpty);

    [Fact]
    public void Bare_numbers_are_kept_because_they_may_be_table_data() => Assert.Equal("125", PackText.Clean("125")[0].Text);

    [Fact]
    public void Cyrillic_look_alikes_in_English_text_become_Latin() =>
        Assert.Equal("HYOT MAPPA team", LineCleaner.CleanText("НҮОТ МАРРА team", out _));

    [Fact]
    public void Russian_text_is_left_alone() => Assert.Equal("Протокол заседания", LineCleaner.CleanText("Протокол заседания", out _));

    [Fact]
    public void Markup_is_removed_and_struck_options_are_deleted()
    {
        Assert.Equal("DATA PROTECTION ACT NOTICE", LineCleaner.CleanText("**DATA PROTECTION ACT NOTICE**", out _));
        Assert.Equal("NOT APPLICABLE*", LineCleaner.CleanText("~~YES/NO/~~ NOT APPLICABLE*", out _).Trim());
        Assert.Equal("Date:  24/09/2020/", LineCleaner.CleanText("Date: <u>24/09/2020/</u>", out _));
        Assert.Equal("see https://example.org/x", LineCleaner.CleanText("see <https://example.org/x>", out _));
    }

    [Fact]
    public void Lost_table_text_is_reported_with_its_line()
    {
        var context = new ExtractionContext();
        PackText.Clean("first\n<text></text>\tLA in partnership", context);

        var warning = Assert.Single(context.Warnings);
        Assert.Equal("content-lost", warning.Code);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void A_url_broken_by_spaces_at_line_wraps_is_rejoined() =>
        Assert.Equal(
            "Report https://x.gov.uk/local_authority_reports/harrow/051_Single%20inspection%20of%20children%27s%20services.pdf here",
            LineCleaner.CleanText("Report https://x.gov.uk/local_authority_repo rts/harrow/051_Single%20inspection%20of%20children%27s%20servi ces.pdf here", out _));

    [Fact]
    public void Split_ordinals_are_closed_up() => Assert.Equal("9th December 2014", LineCleaner.CleanText("9 th December 2014", out _));

    [Fact]
    public void Overlong_lines_are_cut_with_a_warning()
    {
        var context = new ExtractionContext();
        var line = Assert.Single(PackText.Clean(new string('a', LineCleaner.MaxLineLength + 10), context));

        Assert.Equal(LineCleaner.MaxLineLength, line.Text.Length);
        Assert.Equal("line-truncated", Assert.Single(context.Warnings).Code);
    }

    [Fact]
    public void Minutes_run_into_one_paragraph_are_broken_at_the_heading_the_labels_and_minute_numbers_in_sequence()
    {
        var lines = PackText.Clean("Full Council 20 September 2017 Page 1 88/17 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 SEPTEMBER 2017 "
            + "AT 7PM PRESENT: Cllr A Brooker Cllr C Evans APOLOGIES: Cllr J Collier 1358 DECLARATIONS OF INTEREST FROM MEMBERS Declarations of "
            + "interest will be taken as they arise. 1359 MINUTES OF THE LAST MEETING RESOLVED: The minutes were confirmed as a true record "
            + "1360 MATTERS ARISING There were none.");

        Assert.Equal(
            ["Full Council 20 September 2017 Page 1 88/17", "MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 SEPTEMBER 2017 AT 7PM",
                "PRESENT: Cllr A Brooker Cllr C Evans", "APOLOGIES: Cllr J Collier", "1358 DECLARATIONS OF INTEREST FROM MEMBERS",
                "Declarations of interest will be taken as they arise.", "1359 MINUTES OF THE LAST MEETING",
                "RESOLVED: The minutes were confirmed as a true record", "1360 MATTERS ARISING", "There were none."],
            lines.Select(l => l.Text));
    }

    [Fact]
    public void A_long_paragraph_with_one_number_that_starts_no_sequence_is_left_whole()
    {
        var text = "Present at the meeting were residents of the parish, who heard that 1358 households had replied to the survey and that "
            + string.Join(' ', Enumerable.Repeat("the council would consider the results at its next meeting in the spring.", 4));

        Assert.Single(PackText.Clean(text));
    }

    [Fact]
    public void A_moved_meeting_keeps_the_date_it_is_held_not_the_one_it_was_moved_from()
    {
        var lines = PackText.Clean("Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm");

        Assert.Equal("Cabinet - Tuesday, 2nd October, 2018 2.00 pm", Assert.Single(lines).Text);
    }
}
