using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Parsing;

public class MinutesParserTests
{
    private static MinuteSet Parse(string text, ExtractionContext? context = null) =>
        MinutesParser.Parse(PackText.Clean(text), context ?? new ExtractionContext { Committee = "Licensing Panel" });

    private static readonly MinuteSet Sample = Parse("LICENSING PANEL" + SyntheticPacks.Committee.Split("LICENSING PANEL")[1].Split("REPORT FOR")[0]);

    [Fact]
    public void A_list_that_says_it_is_empty_names_nobody()
    {
        var set = Parse("""
            Minutes of the Annual Meeting of Brookfield Parish Council held on Wednesday 5 May 2021 at 7.00 pm

            Present:

            Cllr Mr A Porter (Chair)

            Cllr Mrs B Abbott

            Absent:

              There were no absences

            In Attendance:

            Mr W Grove Clerk to the Council
            """);

        Assert.Equal(["A Porter", "B Abbott"], set.Present);
        Assert.Empty(set.Absent);
    }

    [Fact]
    public void Rows_under_an_attendance_label_whose_tabs_a_pdf_lost_are_name_and_post_rows_not_lists()
    {
        // A PDF keeps no tabs: "Lee Hart Divisional Director, Children's Services" is a name and a post with a comma in
        // it, not two names; only the labelled line itself may be a list ("IN ATTENDANCE: Ann Cole, Ben Diaz").
        var set = Parse("""
            LICENSING PANEL

            MINUTES

            2 DECEMBER 2025

            Chair:	* Councillor Ada Brooks
            In attendance: (Officers) Kim Lowe Head of Licensing
            Lee Hart Divisional Director, Children's Services
            Mo Vance Named Nurse, NHS Trust

            - * Denotes Member present
            """);

        Assert.Equal(["Kim Lowe", "Lee Hart", "Mo Vance"], set.InAttendance!);
    }

    [Fact]
    public void The_heading_gives_the_body_and_date()
    {
        Assert.Equal(("Licensing Panel", (string?)null, new LocalDate(2025, 12, 2)), (Sample.Committee, Sample.MeetingType, Sample.Date!.Value));
    }

    [Fact]
    public void Attendance_is_read_by_the_legend_marks()
    {
        Assert.Equal(["Ada Brooks", "Sam Patel", "June Marsh"], Sample.Present);
        Assert.Equal(["Rita Osei"], Sample.Apologies!);
        Assert.Equal(["Tom Reed"], Sample.Absent);
        Assert.Equal(["Kim Lowe"], Sample.InAttendance!);
    }

    [Fact]
    public void The_reserve_substitution_takes_its_category_from_the_attendance_table()
    {
        var reserve = Assert.Single(Sample.ReserveAttendance);
        Assert.Equal(("Tom Reed", "June Marsh", "2"), (reserve.OrdinaryMember, reserve.ReserveMember, reserve.ReserveCategory));
    }

    [Fact]
    public void Multi_part_resolutions_give_one_string_per_part_without_the_lead_in()
    {
        Assert.Equal([41, 42], Sample.Items.Select(i => i.Number));
        Assert.Equal(["the policy be approved; and", "the fees be reviewed in a year."], Sample.Items[1].Resolutions);
    }

    [Fact]
    public void Times_and_signature_are_read()
    {
        Assert.Equal((new LocalTime(18, 30), new LocalTime(20, 5)), (Sample.Start!.Value, Sample.Close!.Value));
        Assert.Equal("COUNCILLOR ADA BROOKS Chair", Sample.SignedBy);
    }

    [Fact]
    public void Without_an_apologies_mark_in_the_legend_apologies_are_unknown_not_empty()
    {
        var set = Parse("PANEL\n\n1 MAY 2024\n\nCouncillors:\t* Ann Ali Bob Best\n\n* Denotes Member present\n\n1. Minutes\n\nRESOLVED: noted.");

        Assert.Null(set.Apologies);
        Assert.Equal(["Bob Best"], set.Absent);
    }

    [Fact]
    public void Special_meetings_recommendations_and_agreed_decisions_are_read()
    {
        var set = Parse("PANEL (SPECIAL) MINUTES\n\n1 MAY 2024\n\n7. Review:\n\nResolved to RECOMMEND:\n\nTo refer the review to Cabinet.\n\nAGREED: That the report be noted.\tACTION: Clerk");

        Assert.Equal("special", set.MeetingType);
        var item = Assert.Single(set.Items);
        Assert.Equal("Review", item.Title);
        Assert.Equal(["To refer the review to Cabinet."], item.Recommended);
        Assert.Equal(["That the report be noted."], item.Resolutions);
        Assert.Equal("ACTION: Clerk", item.Action);
    }

    [Fact]
    public void Unmarked_members_among_marked_ones_are_flagged_as_possibly_lost_marks()
    {
        var context = new ExtractionContext();
        Parse("PANEL\n\n1 MAY 2024\n\nCouncillors:\tAnn Ali Bob Best Cal Cox\t* Dee Dunn\n\n* Denotes Member present\n\n1. Minutes", context);

        var warning = Assert.Single(context.Warnings, w => w.Code == "ambiguous-attendance");
        Assert.Equal(5, warning.Line);
    }
}
