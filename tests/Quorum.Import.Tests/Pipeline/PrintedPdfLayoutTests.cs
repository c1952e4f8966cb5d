using NodaTime;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>Council PDFs converted with a layout-keeping tool (<c>pdftotext -layout</c>): printed minutes that give each
/// minute's agenda item as "(Item N)", lists and decisions wrapped by the page width, a front sheet's two-column box.</summary>
public class PrintedPdfLayoutTests
{
    [Fact]
    public void Minutes_whose_titles_stand_over_item_markers_are_read_by_those_titles_and_not_by_their_numbered_paragraphs()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
                      LICENSING PANEL – 4th March 2025
              MINUTES of the meeting held in the Orchard Room, Civic Centre,
                                     Brookfield.


            PRESENT: Ann Lowe (Chair), Bob Fry (Vice-Chair), Cara Diaz, Dev Patel, Eli Moss, Fay
            Hill and Gus Owen
            IN ATTENDANCE: Hal Ng (Licensing Manager), Ivy Roe (Democratic Services
            Officer) and Jo Kay (Solicitor)


            Apologies and Substitutes
            (Item 1)
            Apologies were received from Kim Lee, Lou Park and Max
            Stone who was substituted by Ned Fox.


            Minutes of the meeting held on 4 February 2025
            (Item 2)
            RESOLVED that the minutes of the meeting held on 4 February 2025 were a correct
            record and that they be signed by the Chair.


            Street Trading Policy
            (Item 3)
               1. Hal Ng introduced the report.

               2. RESOLVED that the Panel note the policy and ask officers to report
                  back on its review.
            """), "panel.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal("Licensing Panel", minutes.Committee);
        Assert.Equal(new LocalDate(2025, 3, 4), minutes.Date);
        Assert.Equal([(1, "Apologies and Substitutes"), (2, "Minutes of the meeting held on 4 February 2025"), (3, "Street Trading Policy")],
            minutes.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal(["Ann Lowe", "Bob Fry", "Cara Diaz", "Dev Patel", "Eli Moss", "Fay Hill", "Gus Owen"], minutes.Present);
        Assert.Equal(["Hal Ng", "Ivy Roe", "Jo Kay"], minutes.InAttendance!);
        Assert.Equal(["Kim Lee", "Lou Park", "Max Stone"], minutes.Apologies!);
        Assert.Equal(["that the minutes of the meeting held on 4 February 2025 were a correct record and that they be signed by the Chair."],
            minutes.Items[1].Resolutions);
        Assert.Equal(["that the Panel note the policy and ask officers to report back on its review."], minutes.Items[2].Resolutions);
    }

    [Fact]
    public void A_numbered_minute_over_its_item_marker_keeps_its_number_and_a_resolution_over_numbered_parts_gives_the_parts()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
                                          CABINET
            MINUTES of a meeting of the Cabinet held in the Council Chamber, Civic Centre,
            Brookfield on Thursday, 9 January 2025.

            PRESENT: Mr A Lowe (Chairman), Mrs B Fry and Mr C Diaz

                                          UNRESTRICTED ITEMS

            76.    Apologies
            (Item 1)

            No apologies were received.

            77.    Devolution
            (Item 2)

            1. The Leader introduced the report.

            2. RESOLVED that Cabinet:

               1. Agree to submit a request to Government for the county to be
                  included in the programme;

               2. Note the timetable; and

               3. Agree to consult the district councils
            """), "cabinet.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal([(76, "Apologies"), (77, "Devolution")], minutes.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal(["A Lowe", "B Fry", "C Diaz"], minutes.Present);
        Assert.Empty(minutes.Apologies!);
        Assert.Equal(["Agree to submit a request to Government for the county to be included in the programme;", "Note the timetable; and",
            "Agree to consult the district councils"], minutes.Items[1].Resolutions);
    }

    [Fact]
    public void A_front_sheet_box_in_two_columns_gives_date_venue_and_contact_and_the_date_at_the_foot_is_the_despatch_date()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
                                                       AGENDA

                                                      CABINET

                  Tuesday, 4th March, 2025, at 10.00 am Ask for:                 Sam Reid
                  Council Chamber, Civic Centre,        Telephone:                    Tel: 01234 567890
                  Market Square, Brookfield                                          Email:
                                                                                     sam.reid@brookfield
                                                                                     .gov.uk

                                              UNRESTRICTED ITEMS
                           (During these items the meeting is likely to be open to the public)


            1.     Apologies

            2.     Declarations of Interest

            3.     Budget Monitoring Report (Pages 1 - 18)

                                                  EXEMPT ITEMS
                 (At the time of preparing the agenda there were no exempt items.)



            Pat Green
            Head of Legal Services
            01234 567891

            Monday, 24 February 2025
            """), "front.txt");

        var meeting = pack.Meeting!;
        Assert.Equal(new LocalDate(2025, 3, 4), meeting.Date);
        Assert.Equal(new LocalTime(10, 0), meeting.Time);
        Assert.Equal("Council Chamber, Civic Centre, Market Square, Brookfield", meeting.Venue);
        Assert.Equal(new LocalDate(2025, 2, 24), meeting.AgendaPublished);
        Assert.Equal("Sam Reid", pack.Contact!.Name);
        Assert.Equal("01234 567890", pack.Contact.Phone);
        Assert.Equal("sam.reid@brookfield.gov.uk", pack.Contact.Email);
        Assert.Equal(["1", "2", "3"], pack.Agenda.Select(a => a.Number));
        Assert.All(pack.Agenda, a => Assert.Equal("I", a.Part));
    }

    [Theory]
    [InlineData("Thursday, 13th March, 2025, at 3.00 pm Ask for: Sam Reid\n(or on the rising of Full Council,\nwhichever is the later)")]
    [InlineData("Thursday, 13th March, 2025, at 3.00 pm\n(or on the rising of Full Council,\nwhichever is the later)\nAsk for: Sam Reid")]
    public void A_box_read_in_reading_order_with_an_aside_on_the_time_gives_the_same_meeting_and_contact(string dateAndContact)
    {
        var pack = PackExtractor.Extract(PackText.Source($"""
            AGENDA
            CABINET
            {dateAndContact}
            Council Chamber, Civic Centre,
            Market Square, Brookfield
            Telephone: Tel: 01234 567890
            Email:
            sam.reid@brookfield
            .gov.uk
            UNRESTRICTED ITEMS
            1. Apologies
            2. Declarations of Interest
            """), "front.txt");

        var meeting = pack.Meeting!;
        Assert.Equal(new LocalDate(2025, 3, 13), meeting.Date);
        Assert.Equal(new LocalTime(15, 0), meeting.Time);
        Assert.Equal("Council Chamber, Civic Centre, Market Square, Brookfield", meeting.Venue);
        Assert.Equal("Sam Reid", pack.Contact!.Name);
        Assert.Equal("01234 567890", pack.Contact.Phone);
        Assert.Equal("sam.reid@brookfield.gov.uk", pack.Contact.Email);
    }
}
