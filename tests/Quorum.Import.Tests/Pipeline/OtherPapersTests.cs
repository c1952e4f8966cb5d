using System.Text;
using NodaTime;
using Quorum.Import.Pipeline;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>Papers unlike the Harrow samples: other encodings, scanned PDFs, a lone report, prose minutes.</summary>
public sealed class OtherPapersTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("quorum-papers-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Minutes = """
        Minutes of a meeting of the Licensing Committee held at the Town Hall on Tuesday 5 March 2024 from 7.00 pm to 8.45 pm.

        Present: Councillors Ann Lowe (Chair), Bob Fry (Vice-Chair), Cara Díaz and Dev Patel.

        Also present: Ms E Green, Licensing Manager.

        Apologies for absence were received from Councillor Fay Hill.

        12. DECLARATIONS OF INTEREST

        There were none.

        13. Minutes

        Resolved: That the minutes of the meeting held on 6 February 2024 be approved as a correct record.

        14. Street Trading Policy

        It was RESOLVED that the policy be adopted † as amended.

        15. Partnership Update

        AGREED: To note the update.
        """;

    [Fact]
    public void A_meeting_page_with_unnumbered_items_gives_its_agenda_and_minutes_in_page_order()
    {
        const string page = """
            Cabinet - Monday, 2nd October, 2023 6.00 pm

            No. Item

            To receive any apologies for absence.

            It was noted that there were no apologies for absence.

            Declarations of Interest pdf icon PDF 55 KB

            To receive any declarations of interest.

            There were no declarations of interest.

            Waste Project pdf icon PDF 65 KB

            To consider the attached report of the Head of Planning.

            It was agreed:

            (a)  That the project be approved.

            (b)  That the Director be authorised to sign.
            """;

        var pack = PackExtractor.Extract(PackText.Source(page), "page.txt");

        Assert.Equal(["", "Declarations of Interest", "Waste Project"], pack.Agenda.Select(a => a.Title));
        Assert.All(pack.Agenda, a => Assert.Equal("", a.Number));
        Assert.Equal("Head of Planning", pack.Agenda[2].ReportOf);
        var set = Assert.Single(pack.Minutes);
        Assert.Empty(set.Apologies!);
        Assert.Equal(["That the project be approved.", "That the Director be authorised to sign."], set.Items[2].Resolutions);
    }

    [Fact]
    public void Parish_minutes_under_a_page_title_give_apologies_on_the_item_line_and_actions_by_initials()
    {
        const string page = """
            Minutes 14th May 2024
            LLANFAIR COMMUNITY COUNCIL

            Minutes of the Council Meeting,
            14th May 2024 Venue, Church House

            1) Apologies – Councillors S Dolman and B Ellis.
            2) Declarations of Interest – none
            3) Website update
            The work on the website is still progressing.
            Action SH
            4) Clerk vacancy
            Action CB, NT, JH
            """;

        var pack = PackExtractor.Extract(PackText.Source(page), "parish.txt");

        var set = Assert.Single(pack.Minutes);
        Assert.Equal(["Apologies", "Declarations of Interest", "Website update", "Clerk vacancy"], set.Items.Select(i => i.Title));
        Assert.Equal(["S Dolman", "B Ellis"], set.Apologies);
        Assert.Equal([null, null, "SH", "CB, NT, JH"], set.Items.Select(i => i.Action));
    }

    [Fact]
    public void Minutes_transcribed_onto_one_line_with_their_line_starts_glued_are_read_by_minute()
    {
        // A document-sharing site's transcription: line breaks lost, each line's start glued to the line before, bold
        // runs left as "ong>" marks.
        var page = "Minutes of the Licensing Committee Meeting held on 5 March 2024\n\n. Westbridge Borough Council ong>Licensing Committeeong> "
            + "ong>Minutesong>Tuesday 5 March 2024PRESENTCouncillor Ann Lowe, Chair (+ Enforcement)Councillor Bob Fry, ong>Cabinetong> Member "
            + "for Parks and LeisureServices341. MINUTES OF THE LICENSING COMMITTEE MEETING HELD ON 6 FEBRUARY 2024RESOLVED:That ong>theong> "
            + "minutes ong>ofong> ong>theong> meeting be confirmed as an accurate record.342. APOLOGIES FOR ABSENCEThere were no apologies "
            + "for absence.343. STREET TRADING POLICYRESOLVED:That ong>theong> policy be adopted.________________ong>Minutesong> are subject to "
            + "confirmation at the next meeting.";

        var pack = PackExtractor.Extract(PackText.Source(page), "transcribed.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal(["Ann Lowe", "Bob Fry"], minutes.Present);
        Assert.Equal(["341", "342", "343"], minutes.Items.Select(i => i.Number.ToString()));
        Assert.Equal(["MINUTES OF THE LICENSING COMMITTEE MEETING HELD ON 6 FEBRUARY 2024", "APOLOGIES FOR ABSENCE", "STREET TRADING POLICY"],
            minutes.Items.Select(i => i.Title));
        Assert.Equal(["That the policy be adopted."], minutes.Items[2].Resolutions);
    }

    [Fact]
    public void A_meeting_page_stored_as_a_markdown_table_gives_its_unnumbered_items_and_orders()
    {
        var page = string.Join('\n',
            "Venue: Committee Room 1, Town Hall",
            "Contact: Sam Reid",
            "| No. | Item |",
            "|---|---|",
            "|",
            "Welcome and Fire Evacuation Procedure In the event the fire alarm sounds attendees will leave by the nearest exit. Minutes: The Chair welcomed all present. |",
            "|",
            "|",
            "Declarations of Interest To receive any declarations of interest. Minutes: There were",
            "no declarations of interest. |",
            "|",
            "|",
            "Staffing Arrangements Report for decision. Minutes: The Committee considered the report.",
            "ORDERED that the recommendation contained in the report be approved. |");

        var pack = PackExtractor.Extract(PackText.Source(page), "table.txt");

        Assert.Equal(["Welcome and Fire Evacuation Procedure", "Declarations of Interest", "Staffing Arrangements"], pack.Agenda.Select(a => a.Title));
        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal(["that the recommendation contained in the report be approved."], minutes.Items[2].Resolutions);
        Assert.Equal("Committee Room 1, Town Hall", pack.Meeting!.Venue);
    }

    [Fact]
    public void Attendance_given_as_numbered_minutes_reads_the_lists_under_their_titles()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Minutes of the Community Council Meeting held at the Village Hall on Tuesday, 12th March 2024.

            1          Present

            Councillors, Mr Dai Rees (Chair), Mrs Ann Pugh, Mr Huw Lloyd & Mr Ifor Bell (Clerk). Also: County Councillor Mr Alun Wyn

            2         Apologies

            were received from: Councillors Mrs Eira Hughes & Mr Tom Price. Also: County Councillor Mr Owen Rhys

            3         Welcome:

            The Chair welcomed everyone to the meeting.
            """), "community.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal(["Dai Rees", "Ann Pugh", "Huw Lloyd"], minutes.Present);
        Assert.Equal(["Ifor Bell", "Alun Wyn"], minutes.InAttendance!);
        Assert.Equal(["Eira Hughes", "Tom Price", "Owen Rhys"], minutes.Apologies!);
        Assert.Equal([(1, "Present"), (2, "Apologies"), (3, "Welcome")], minutes.Items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void A_decision_ends_before_the_sentence_that_gives_the_clerk_the_action()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Minutes of the Community Council Meeting held at the Village Hall on Tuesday, 12th March 2024.

            1          Present

            Councillors, Mr Dai Rees (Chair), Mrs Ann Pugh & Mr Huw Lloyd.

            2          Matters arising from the minutes.

            Agreed that the cemetery wall be repaired before winter. Clerk to obtain three quotes and report back by the next meeting.
            """), "community.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal(["that the cemetery wall be repaired before winter."], minutes.Items[1].Resolutions);
    }

    [Fact]
    public void A_markdown_row_whose_title_is_a_sentence_and_a_decision_wrapped_in_its_cell_are_read_whole()
    {
        var page = string.Join('\n',
            "| No. | Item |",
            "|---|---|",
            "|",
            "Declarations of Interest To receive any declarations of interest. Minutes: None. |",
            "|",
            "|",
            "Staffing Arrangements Report for decision. Minutes: The Committee considered the report. ORDERED that the recommendation contained in the",
            "report be approved. |",
            "|",
            "|",
            "Any other urgent items which in the opinion of the Chair, may be considered. Minutes: None. |");

        var pack = PackExtractor.Extract(PackText.Source(page), "table.txt");

        Assert.Equal(["Declarations of Interest", "Staffing Arrangements", "Any other urgent items which in the opinion of the Chair, may be considered"],
            pack.Agenda.Select(a => a.Title));
        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal(["that the recommendation contained in the report be approved."], minutes.Items[1].Resolutions);
        Assert.Equal(3, minutes.Items.Count);
    }

    [Fact]
    public void An_issue_page_gives_one_minute_for_each_meeting_that_took_the_issue()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Issue - meetings

            Minutes of Former Committees

            Meeting: 08/07/2024 - Policy and Resources Committee (Item 82)

            82 Minutes of Planning Sub-Committee pdf icon PDF 226 KB

            Minutes:

            The Committee resolved to agree the minutes of the Planning Sub-Committee as a correct record.

            Meeting: 03/06/2024 - Policy and Resources Committee (Item 62)

            62 Minutes of Former Committees pdf icon PDF 212 KB
            """), "issue.txt");

        Assert.Equal([("Policy and Resources Committee", new LocalDate(2024, 7, 8)), ("Policy and Resources Committee", new LocalDate(2024, 6, 3))],
            pack.Minutes.Select(m => (m.Committee, m.Date!.Value)));
    }

    [Fact]
    public void A_minutes_numbered_paragraphs_under_its_item_are_not_agenda_items()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Venue: Council Chamber

            Items
            No. Item

            1.

            Convener's Remarks.

            Minutes:

            1.1     The Convener congratulated the winners of the Volunteer Awards.

            DECISION

            AGREED that congratulations be passed to those concerned.

            1.2     The Convener read out a letter of thanks.

            DECISION

            NOTED.

            2.

            Minute

            Minutes:

            DECISION

            AGREED that the Minute be approved.
            """), "page.txt");

        Assert.Equal(["1", "2"], pack.Agenda.Select(a => a.Number));
    }

    [Fact]
    public void Prose_minutes_give_attendance_times_and_resolutions()
    {
        var pack = PackExtractor.Extract(PackText.Source(Minutes), "minutes.txt");

        var set = Assert.Single(pack.Minutes);
        Assert.Equal(("Licensing Committee", new LocalDate(2024, 3, 5), new LocalTime(19, 0), new LocalTime(20, 45)),
            (set.Committee, set.Date!.Value, set.Start!.Value, set.Close!.Value));
        Assert.Equal(["Ann Lowe", "Bob Fry", "Cara Díaz", "Dev Patel"], set.Present);
        Assert.Equal(["Fay Hill"], set.Apologies!);
        Assert.Equal(["E Green"], set.InAttendance!);
        Assert.Equal([12, 13, 14, 15], set.Items.Select(i => i.Number));
        Assert.Equal([false, false, false, true], set.Items.Select(i => i.Agreed));
        Assert.Equal(["That the minutes of the meeting held on 6 February 2024 be approved as a correct record."], set.Items[1].Resolutions);
        Assert.Equal(["that the policy be adopted † as amended."], set.Items[2].Resolutions);
        Assert.Empty(pack.Agenda);
        Assert.Null(pack.Meeting?.Committee);
    }

    [Theory]
    [InlineData("utf-16le", "UTF-16 little-endian (with byte-order mark)")]
    [InlineData("utf-16be", "UTF-16 big-endian (with byte-order mark)")]
    [InlineData("windows-1252", "Windows-1252")]
    public void Other_encodings_are_detected_and_named(string encoding, string named)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var chosen = Encoding.GetEncoding(encoding);
        var path = Path.Combine(dir, encoding + ".txt");
        File.WriteAllBytes(path, [.. chosen.GetPreamble(), .. chosen.GetBytes(Minutes)]);

        var pack = PackExtractor.Extract(path);

        // The dagger and the accent survive only when the encoding was read right.
        Assert.Equal(["Ann Lowe", "Bob Fry", "Cara Díaz", "Dev Patel"], pack.Minutes[0].Present);
        Assert.Equal(["that the policy be adopted † as amended."], pack.Minutes[0].Items[2].Resolutions);
        Assert.Contains(pack.Warnings, w => w.Code == "encoding" && w.Message.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_with_no_text_layer_is_refused_by_name()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600);
        var path = Path.Combine(dir, "scanned.pdf");
        File.WriteAllBytes(path, builder.Build());

        var error = Assert.Throws<ImportException>(() => PackExtractor.Extract(path).Agenda.Count);

        Assert.Contains("scanned.pdf", error.Message, StringComparison.Ordinal);
        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_report_with_an_unfilled_cover_invents_no_meeting()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            REPORT FOR:

            Date of Meeting:

            Subject:	Parks Strategy
            Responsible Officer:	Jo Bloggs, Director of Environment

            Section 1 – Summary and Recommendations

            This report sets out the parks strategy.

            Section 3 - Statutory Officer Clearance
            Chief Financial Officer	Name: Sam Lee	Date: 3 March 2024
            """), "lone-report.txt");

        var report = Assert.Single(pack.Reports);
        Assert.Equal("Parks Strategy", report.Subject);
        Assert.Null(report.ReportFor);
        Assert.Null(report.MeetingDate);
        Assert.True(pack.Meeting is null || (pack.Meeting.Committee is null && pack.Meeting.Date is null));
        Assert.Null(pack.Contact);
        Assert.Contains(pack.Warnings, w => w.Code == "lone-report");
    }

    /// <summary>A pack in the common shape of other councils' systems (written for this test, not copied).</summary>
    private const string OtherCouncilPack = """
        Public Document Pack

        Environment Committee

        Date: Tuesday, 12 March 2019
        Time: 7.00 pm
        Venue: Council Chamber, Town Hall, High Street

        Membership: Councillors Amy Webb (Chair), Carl Ross (Vice-Chair), Dina Shah, Eli Moss and Fran Kent
        Quorum: 3

        Contact: Gail Hart, Democratic Services Officer
        Tel: 01234 567890
        Email: gail.hart@example.gov.uk

        AGENDA

        Part I - Public

        1. Apologies for Absence
        To receive apologies for absence.

        2. Declarations of Interest
        To receive any declarations of interest.

        3. Minutes (Pages 1 - 4)
        To approve the minutes of the meeting held on 12 February 2019.

        4. Parking Strategy (Pages 5 - 18)
        Report of the Director of Place

        5. Any Other Business

        Part II - Exempt

        6. Depot Lease (Pages 19 - 24)
        Information under paragraph 3 of Schedule 12A.

        This page is intentionally left blank

        Minutes of the meeting held on Tuesday 12 February 2019 at 7.00 pm

        Present: Councillors Amy Webb (Chair), Carl Ross, Dina Shah and Eli Moss

        Also Present: Hal Ng, Head of Transport

        41. APOLOGIES FOR ABSENCE
        Apologies were received from Councillor Fran Kent.

        42. DECLARATIONS OF INTEREST
        There were none.

        43. TREE PLANTING PROGRAMME
        The committee considered the report.
        RESOLVED: That the programme be approved.

        The meeting ended at 8.15 pm

        This page is intentionally left blank

        Report to: Environment Committee
        Date: 12 March 2019
        Title: Parking Strategy
        Report of: Director of Place
        Wards: All
        Key decision: Yes

        1. Purpose of the report
        This report sets out the draft parking strategy.
        """;

    [Fact]
    public void A_pack_in_another_councils_template_is_read_throughout()
    {
        var pack = PackExtractor.Extract(PackText.Source(OtherCouncilPack), "other-council.txt");

        var meeting = pack.Meeting!;
        Assert.Equal(("Environment Committee", new LocalDate(2019, 3, 12), new LocalTime(19, 0), "Council Chamber, Town Hall, High Street", 3),
            (meeting.Committee, meeting.Date!.Value, meeting.Time!.Value, meeting.Venue, meeting.Quorum!.Value));
        Assert.Equal(("Gail Hart", "Democratic Services Officer", "01234 567890", "gail.hart@example.gov.uk"),
            (pack.Contact!.Name, pack.Contact.Title, pack.Contact.Phone, pack.Contact.Email));
        Assert.Equal(["Amy Webb", "Carl Ross", "Dina Shah", "Eli Moss", "Fran Kent"], pack.Members.Select(m => m.Name!));
        Assert.Equal(["chair", "vice-chair", "member", "member", "member"], pack.Members.Select(m => m.Role));
        Assert.All(pack.Members, m => Assert.Equal("Councillor", m.Title));

        Assert.Equal(["1", "2", "3", "4", "5", "6"], pack.Agenda.Select(i => i.Number));
        Assert.Equal(["I", "I", "I", "I", "I", "II"], pack.Agenda.Select(i => i.Part!));
        Assert.Equal("Parking Strategy", pack.Agenda[3].Title);
        Assert.Equal([5, 18], pack.Agenda[3].Pages!);
        Assert.Equal("Director of Place", pack.Agenda[3].ReportOf);

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal((new LocalDate(2019, 2, 12), new LocalTime(19, 0), new LocalTime(20, 15)), (minutes.Date!.Value, minutes.Start!.Value, minutes.Close!.Value));
        Assert.Equal(["Amy Webb", "Carl Ross", "Dina Shah", "Eli Moss"], minutes.Present);
        Assert.Equal(["Fran Kent"], minutes.Apologies!);
        Assert.Equal(["Hal Ng"], minutes.InAttendance!);
        Assert.Equal([41, 42, 43], minutes.Items.Select(i => i.Number));
        Assert.Equal(["That the programme be approved."], minutes.Items[2].Resolutions);

        var report = Assert.Single(pack.Reports);
        Assert.Equal(("Environment Committee", "Parking Strategy", new LocalDate(2019, 3, 12), true),
            (report.ReportFor, report.Subject, report.MeetingDate!.Value, report.KeyDecision!.Value));
    }
}
