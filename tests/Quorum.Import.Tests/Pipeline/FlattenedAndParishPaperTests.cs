using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>Layouts the eighth first-sight round met: PDFs whose every line break the conversion lost (a CMIS front sheet
/// and council minutes run into one line), a Modern.gov front sheet whose box lost its labels, and parish councils' Word
/// papers printed to PDF (date, time and venue in one sentence, side-by-side attendance, "MM.YY.NN" minute numbers).</summary>
public class FlattenedAndParishPaperTests
{
    [Fact]
    public void A_front_sheet_run_into_one_line_is_read_by_its_labels_in_capitals()
    {
        var pack = PackExtractor.Extract(PackText.Source(
            "COMMITTEE REF: PL/03/22 NOTICE OF MEETING COMMITTEE : PLANNING DATE : TUESDAY, 8 MARCH 2022 TIME : 14:00 "
            + "PLACE : COMMITTEE ROOM 2 CIVIC OFFICES, FERNBRIDGE FB1 2AA COUNCILLORS : ASHTON (CHAIR) R. BELL CARTER D. DAVIES "
            + "EVANS QUORUM : 4 MEMBERS Contact Officer: Jo Frost (01632 960123) INFORMATION FOR THE PUBLIC PURPOSE: The "
            + "Planning Committee decides applications for planning permission. AGENDA Agenda Subject Page Item No. "
            + "1. APOLOGIES FOR ABSENCE 2. DECLARATIONS OF INTEREST"), "planning.txt");

        Assert.Equal("PLANNING", pack.Meeting!.Committee);
        Assert.Equal(new LocalDate(2022, 3, 8), pack.Meeting.Date);
        Assert.Equal(new LocalTime(14, 0), pack.Meeting.Time);
        Assert.Equal("COMMITTEE ROOM 2 CIVIC OFFICES, FERNBRIDGE FB1 2AA", pack.Meeting.Venue);
        Assert.Equal(4, pack.Meeting.Quorum);
        Assert.Equal([("ASHTON", MemberRoles.Chair), ("R. BELL", MemberRoles.Member), ("CARTER", MemberRoles.Member), ("D. DAVIES", MemberRoles.Member), ("EVANS", MemberRoles.Member)],
            pack.Members.Select(m => (m.Name, m.Role)));
        Assert.All(pack.Members, m => Assert.Equal("Councillor", m.Title));
        Assert.Equal(("Jo Frost", "01632 960123"), (pack.Contact!.Name, pack.Contact.Phone));
        Assert.Equal([("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST")], pack.Agenda.Select(a => (a.Number, a.Title)));
    }

    [Fact]
    public void Minutes_run_into_one_line_are_split_at_bare_minute_numbers_before_titles_in_capitals()
    {
        var pack = PackExtractor.Extract(PackText.Source(
            "MINUTES OF THE COUNCIL AT THE MEETING OF THE COUNCIL OF THE BOROUGH OF FERNBRIDGE HELD AT THE GUILDHALL ON "
            + "TUESDAY 4th MARCH 2014 AT 7.00 P.M. PRESENT: THE MAYOR - Councillor Ashton. THE DEPUTY MAYOR - Councillor Bell "
            + "COUNCILLORS - Carter, D. Davies and Evans. 1 MINUTES (REF: 1) Resolved: That the Minutes of the meeting of the "
            + "Council held on 4th February 2014 be taken as read and signed by the Mayor. 2 APOLOGIES FOR ABSENCE Apologies for "
            + "absence from the meeting were received on behalf of Councillors Fox and Grant. 3 MAYOR'S ANNOUNCEMENTS (REF: 2.1) "
            + "The Mayor thanked Members for their support during the year."), "council.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal("Council", minutes.Committee);
        Assert.Equal(new LocalDate(2014, 3, 4), minutes.Date);
        Assert.Equal(["Ashton", "Bell", "Carter", "D. Davies", "Evans"], minutes.Present);
        Assert.Equal(["Fox", "Grant"], minutes.Apologies!);
        Assert.Equal([(1, "MINUTES"), (2, "APOLOGIES FOR ABSENCE"), (3, "MAYOR'S ANNOUNCEMENTS")], minutes.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal(["That the Minutes of the meeting of the Council held on 4th February 2014 be taken as read and signed by the Mayor."],
            minutes.Items[0].Resolutions);
    }

    [Fact]
    public void A_front_sheet_box_that_lost_its_labels_gives_venue_under_the_date_members_on_one_line_and_the_contact_below()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Licensing Sub-Committee


            14 June 2022


            Fernbridge Town Hall - Room 2


            Councillors: Ashton (Chair), Bell (Opposition Spokesperson), Carter and Davies


            Jo Frost

            Democratic Services Officer

            01632 960123


            Agendas and minutes are published on the council's website.


            12       Procedural Business


            (a)         Declarations of Substitutes: where councillors are unable to attend a meeting.
            """), "licensing.txt");

        Assert.Equal("Licensing Sub-Committee", pack.Meeting!.Committee);
        Assert.Equal(new LocalDate(2022, 6, 14), pack.Meeting.Date);
        Assert.Equal("Fernbridge Town Hall - Room 2", pack.Meeting.Venue);
        Assert.Equal([("Ashton", MemberRoles.Chair, null), ("Bell", MemberRoles.Member, "Opposition Spokesperson"), ("Carter", MemberRoles.Member, null), ("Davies", MemberRoles.Member, null)],
            pack.Members.Select(m => (m.Name, m.Role, m.Position)));
        Assert.Equal(("Jo Frost", "Democratic Services Officer", "01632 960123"), (pack.Contact!.Name, pack.Contact.Title, pack.Contact.Phone));
        Assert.Equal([("12", "Procedural Business")], pack.Agenda.Select(a => (a.Number, a.Title)));
    }

    [Fact]
    public void A_parish_agenda_gives_date_time_and_venue_in_one_sentence_and_its_clerk_at_the_foot()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
                       Fernbridge Parish Council - Meeting of the Parish Council
                             12th May 2026 at 7.00pm in the Village Hall

                   Agenda & Summons to Councillors and Invitation to Members of the Public

            1        To receive apologies for absence :
            2        Declarations of Interest - to receive any declarations of interest from Councillors relating to items on the
                     agenda.

            3        Planning
                     To discuss new applications

            4        Finance
                     To approve payments
                     To receive the bank reconciliation

            3        Correspondence

            4        Highways

            5        Website


                               Jo Frost – Parish Clerk 01632 960123
            """), "parish-agenda.txt");

        Assert.Equal("Fernbridge Parish Council", pack.Meeting!.Committee);
        Assert.Equal(new LocalDate(2026, 5, 12), pack.Meeting.Date);
        Assert.Equal(new LocalTime(19, 0), pack.Meeting.Time);
        Assert.Equal("Village Hall", pack.Meeting.Venue);
        Assert.Equal([("1", "To receive apologies for absence"), ("2", "Declarations of Interest"), ("3", "Planning"), ("4", "Finance"),
            ("3", "Correspondence"), ("4", "Highways"), ("5", "Website")], pack.Agenda.Select(a => (a.Number, a.Title)));
        Assert.Equal(("Jo Frost", "Parish Clerk", "01632 960123"), (pack.Contact!.Name, pack.Contact.Title, pack.Contact.Phone));
    }

    [Fact]
    public void Parish_minutes_read_side_by_side_attendance_an_apologies_minute_and_month_year_minute_numbers()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
                         MINUTES OF THE MEETING OF FERNBRIDGE PARISH COUNCIL

                                     HELD IN THE VILLAGE HALL

                                       ON 12th May 2026

            Present:                                                     Members of the Public:

            Ann Ashton (AA) CHAIR
            Ben Bell (BB)                                                Cllr Cara Carter
            Dan Davies (DD)


            05.26.01      Apologies for absence
                          Apologies had been received from Cllr Eve Evans and the Clerk, Jo
                          Frost

            05.26.02      Declarations of Interests
                          There were no declarations of interest

            05.26.03      Planning
                          26/00123/F - Extension to the rear - No reason to object.
            """), "parish-minutes.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal("Fernbridge Parish Council", minutes.Committee);
        Assert.Equal(new LocalDate(2026, 5, 12), minutes.Date);
        Assert.Equal(["Ann Ashton", "Ben Bell", "Dan Davies"], minutes.Present);
        Assert.Equal(["Cara Carter"], minutes.InAttendance!);
        Assert.Equal(["Eve Evans", "Jo Frost"], minutes.Apologies!);
        Assert.Equal([("05.26.01", "Apologies for absence"), ("05.26.02", "Declarations of Interests"), ("05.26.03", "Planning")],
            minutes.Items.Select(i => (i.PrintedNumber, i.Title)));
    }
}
