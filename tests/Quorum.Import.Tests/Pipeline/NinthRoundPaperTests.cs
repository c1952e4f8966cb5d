using NodaTime;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>Layouts the ninth first-sight round met: a parish clerk's minutes ("DRAFT MINUTES OF X MEETING", "PRESENT
/// (6 Councillors): -", "Clerk: -", decisions as "It was agreed that …", minutes that open with their subject and a colon)
/// and a CMIS agenda PDF stored with its paragraphs joined (box labels without colons, items run into their wording,
/// a heading or page footer run into the next item, the contact in a sentence).</summary>
public class NinthRoundPaperTests
{
    [Fact]
    public void A_parish_clerks_minutes_give_the_body_start_attendance_and_agreements()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            **DRAFT MINUTES OF FERNBRIDGE PARISH COUNCIL MEETING**

            **HELD AT FERNBRIDGE VILLAGE HALL at 7.30 pm**

            **THURSDAY 7 MAY 2015**

            **PRESENT (4 Councillors)**: - Ann Ashton (AA), Bill Bell (BB) – Chairman, Cath Carter (CC), Dan Davies (DD)

            Clerk: - Eve Evans

            1. **Apologies for Absence.** Apologies were received from Cllr Fay Fox.

            2. **Finance.** The payments were considered. This was agreed by all. It was agreed that the grass contract be renewed. It was also agreed by all to adopt the new regulations.

            3. **Planning Applications.** After a vote by a majority it was agreed that the Council would make no observations.

            The Chairman thanked everyone and final closure of the meeting was at 8.54pm.
            """), "parish-minutes.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal("Fernbridge Parish Council", minutes.Committee);
        Assert.Equal(new LocalDate(2015, 5, 7), minutes.Date);
        Assert.Equal(new LocalTime(19, 30), minutes.Start);
        Assert.Equal(new LocalTime(20, 54), minutes.Close);
        Assert.Equal(["Ann Ashton", "Bill Bell", "Cath Carter", "Dan Davies"], minutes.Present);
        Assert.Equal(["Eve Evans"], minutes.InAttendance!);
        Assert.Equal(["that the grass contract be renewed.", "to adopt the new regulations."], minutes.Items[1].Resolutions);
        Assert.Equal(["that the Council would make no observations."], minutes.Items[2].Resolutions);
    }

    [Fact]
    public void Unnumbered_minutes_open_with_their_subject_and_a_colon_and_end_when_the_meeting_closed()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Minutes of Fernbridge Parish Council Meeting
            Held in the Church Room on Monday 9 March 2020
            Present: Councillors Ann Ashton, Bill Bell
            Clerk: Eve Evans    e-mail: clerk@fernbridge.example
            Apologies:  Councillor Cath Carter
            Minutes of the last meeting:
            The minutes of the previous meeting were agreed as a true record and signed by the Chair.
            Footpaths:  Councillor Ann Ashton reported that the stile by the church has been repaired, and thanked the volunteers.
            Play area, benches and bins: The new bin has been put in place by the gate and will be emptied weekly.
            Any other business:
            There being no further business the meeting closed at 9.15 pm
            Date of next meeting: the Annual Parish Meeting in April.
            """), "parish-minutes.txt");

        var minutes = Assert.Single(pack.Minutes);
        Assert.Equal("Fernbridge Parish Council", minutes.Committee);
        Assert.Equal(["Ann Ashton", "Bill Bell"], minutes.Present);
        Assert.Equal(["Eve Evans"], minutes.InAttendance!);
        Assert.Equal(["Cath Carter"], minutes.Apologies!);
        Assert.Equal(["Minutes of the last meeting", "Footpaths", "Play area, benches and bins", "Any other business"], minutes.Items.Select(i => i.Title));
        Assert.Equal(new LocalTime(21, 15), minutes.Close);
    }

    [Fact]
    public void A_flattened_agenda_reads_colonless_labels_items_run_into_their_wording_and_the_contact_sentence()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            COUNCIL Agenda

            Place Council Chamber, Civic Centre, High Street, FB1 2AA

            Date Monday, 14 June 2021

            Time 7:30 PM

            Members are hereby summoned to attend a Meeting of the Council for the business as set out in the agenda below.

            Agenda 1 Apologies for Absence To receive apologies from Members of the Council.

            2 Minutes To agree the Minutes of the Council Meeting held on 29 March 2021 and the Annual Meeting held on 17 May 2021 No motion or discussion may take place upon the Minutes except as to their accuracy, and any question on this point will be determined by a majority of the Members of the body attending who were present when the matter in question was decided. Once confirmed, the person presiding will sign the Minutes.

            If you require further information about this meeting please contact the Committee Officer: Jo Frost Telephone: 01632 960123

            Page 1 3 Leader's Announcements

            4 Submission of Petitions Presentation to the Council of petitions from residents

            5 Notice of Members wishing to speak on motions
            """), "agenda.txt");

        Assert.Equal(new LocalDate(2021, 6, 14), pack.Meeting!.Date);
        Assert.Equal(new LocalTime(19, 30), pack.Meeting.Time);
        Assert.Equal("Council Chamber, Civic Centre, High Street, FB1 2AA", pack.Meeting.Venue);
        Assert.Equal([("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Leader's Announcements"), ("4", "Submission of Petitions"),
            ("5", "Notice of Members wishing to speak on motions")], pack.Agenda.Select(a => (a.Number, a.Title)));
        Assert.Equal(("Jo Frost", "Committee Officer", "01632 960123"), (pack.Contact!.Name, pack.Contact.Title, pack.Contact.Phone));
    }

    [Theory]
    [InlineData("Petition responses Response to petitions presented previously to Council", "Petition responses")]
    [InlineData("Declarations of Interest Members to declare any personal interests in items on the agenda", "Declarations of Interest")]
    [InlineData("Annual Safety Health and Environment Annual Report 2023/24 and the year ahead", null)]
    [InlineData("Report on school bus service from Fernbridge Travel from Fernbridge to the High School", null)]
    [InlineData("Urgent Business - To receive any urgent business from Members of the Cabinet", null)]
    public void A_title_ends_only_where_a_sentence_restating_it_begins(string line, string? title) =>
        Assert.Equal(title, AgendaParser.TitleBeforeRestatement(line));
}
