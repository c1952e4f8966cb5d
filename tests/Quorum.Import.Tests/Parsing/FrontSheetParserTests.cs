using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Parsing;

public class FrontSheetParserTests
{
    private static ExtractedPack Parse(string text)
    {
        var pack = new ExtractedPack();
        FrontSheetParser.Parse(PackText.Clean(text), pack, new ExtractionContext());
        return pack;
    }

    private static readonly ExtractedPack Sample = Parse(SyntheticPacks.Committee.Split("AGENDA - PART I")[0]);

    [Fact]
    public void Meeting_details_are_read_with_a_wrapped_venue()
    {
        var meeting = Sample.Meeting!;
        Assert.Equal("Licensing Panel", meeting.Committee);
        Assert.Equal(new LocalDate(2026, 3, 4), meeting.Date);
        Assert.Equal(new LocalTime(18, 30), meeting.Time);
        Assert.Equal("Committee Room 3, Town Hall", meeting.Venue);
        Assert.Equal(3, meeting.Quorum);
        Assert.Equal(new LocalDate(2026, 2, 23), meeting.AgendaPublished);
    }

    [Fact]
    public void Party_headings_give_groups_and_reserves_keep_their_printed_number_and_title()
    {
        var members = Sample.Members.ToDictionary(m => m.Name!);
        Assert.Equal((MemberRoles.Chair, "Councillor", (string?)null), (members["Ada Brooks"].Role, members["Ada Brooks"].Title, members["Ada Brooks"].Group));
        Assert.Equal("Labour", members["Rita Osei"].Group);
        Assert.Equal(MemberRoles.ViceChair, members["Tom Reed"].Role);
        Assert.Equal((MemberRoles.Advisory, (string?)null), (members["Carol Dean"].Role, members["Carol Dean"].Title));
        Assert.Equal((MemberRoles.Reserve, "Dr", 1, "Labour"), (members["Ian Fox"].Role, members["Ian Fox"].Title, members["Ian Fox"].Order!.Value, members["Ian Fox"].Group!));
    }

    [Fact]
    public void The_contact_is_split_into_name_title_phone_and_email()
    {
        var contact = Sample.Contact!;
        Assert.Equal(("Pat Jones", "Democratic Services Officer", "020 1234 5678", "pat.jones@example.gov.uk"), (contact.Name, contact.Title, contact.Phone, contact.Email));
    }

    [Fact]
    public void Two_unlabelled_columns_are_read_column_by_column()
    {
        var pack = Parse("Scrutiny Committee\n\nCouncillors:\n\nAnn Ali\tBob Best\nCal Cox\tDee Dunn (VC)\n\nContact: X");

        Assert.Equal(["Ann Ali", "Cal Cox", "Bob Best", "Dee Dunn"], pack.Members.Select(m => m.Name));
        Assert.Equal(MemberRoles.ViceChair, pack.Members[^1].Role);
    }

    [Fact]
    public void Co_optees_with_a_vacancy_and_an_unnamed_seat_are_read()
    {
        var pack = Parse("""
            Scrutiny Committee

            Representatives of Voluntary Aided Sector: Mr N Ransley / Reverend P Reece **Representatives of Parent Governors:** 2 Vacancies

            (Note: representatives have attendance, speaking and voting rights on education matters.)

            Representative of Harrow Youth Parliament
            """);

        Assert.Equal(["N Ransley", "P Reece", null], pack.Members.Select(m => m.Name));
        Assert.All(pack.Members.Take(2), m => Assert.Equal((MemberRoles.CoOptedVoting, "Voluntary Aided Sector"), (m.Role, m.Organisation)));
        Assert.Equal((MemberRoles.Representative, "Harrow Youth Parliament"), (pack.Members[2].Role, pack.Members[2].Organisation));
    }

    [Fact]
    public void A_partnership_table_gives_one_member_a_row_with_position_and_organisation_and_no_councillor_title_unless_printed()
    {
        var pack = Parse("""
            Community Safety Partnership Board

            THURSDAY 7 MARCH 2024
            6.00 PM
            COMMITTEE ROOM 5, CIVIC CENTRE

            Members:
            Councillor Ann Lowe (Chairman)	Cabinet Member for Community Safety	Example Borough Council
            Chief Superintendent Dal Rao	Borough Commander	Metropolitan Police
            Mr Peter Gale	Chief Executive	Example Voluntary Action

            Substitute Members:
            Metropolitan Police:
            Chief Inspector Sue Park
            """);

        var members = pack.Members.ToDictionary(m => m.Name!);
        Assert.Equal(4, members.Count);
        Assert.Equal((MemberRoles.Chair, "Councillor", "Cabinet Member for Community Safety", "Example Borough Council"),
            (members["Ann Lowe"].Role, members["Ann Lowe"].Title, members["Ann Lowe"].Position, members["Ann Lowe"].Organisation));
        Assert.Equal(("Chief Superintendent", "Borough Commander", "Metropolitan Police"),
            (members["Dal Rao"].Title, members["Dal Rao"].Position, members["Dal Rao"].Organisation));
        Assert.Equal(("Mr", MemberRoles.Member), (members["Peter Gale"].Title, members["Peter Gale"].Role));
        Assert.Equal((MemberRoles.Substitute, "Chief Inspector", "Metropolitan Police"),
            (members["Sue Park"].Role, members["Sue Park"].Title, members["Sue Park"].Organisation));
        Assert.Equal((new LocalDate(2024, 3, 7), new LocalTime(18, 0), "COMMITTEE ROOM 5, CIVIC CENTRE"), (pack.Meeting!.Date!.Value, pack.Meeting.Time!.Value, pack.Meeting.Venue));
    }

    [Fact]
    public void A_one_line_header_and_a_summons_sentence_give_body_date_time_and_venue()
    {
        var header = Parse("""
            Agenda and minutes

            Cabinet - Wednesday, 21st October, 2020 9.30 am

            Venue: Council Chamber, Town Hall. View directions

            Contact: Jo Bloggs  01234 567890
            """);
        Assert.Equal(("Cabinet", new LocalDate(2020, 10, 21), new LocalTime(9, 30), "Council Chamber, Town Hall"),
            (header.Meeting!.Committee, header.Meeting.Date!.Value, header.Meeting.Time!.Value, header.Meeting.Venue));
        Assert.Equal(("Jo Bloggs", "01234 567890"), (header.Contact!.Name, header.Contact.Phone));

        var summons = Parse("""
            Agenda July 2024
            EXAMPLE PARISH COUNCIL
            Chairman: Mr S Green, Vice Chairman: Mrs D Brown
            Clerk: Mr C Hall.  Telephone: 01476 552053 Email: clerk@example.org
            A Meeting of Example Parish Council will take place on Tuesday 2nd July 2024 @ 7.30pm in the Village Hall
            """);
        Assert.Equal(("EXAMPLE PARISH COUNCIL", new LocalDate(2024, 7, 2), new LocalTime(19, 30), "Village Hall"),
            (summons.Meeting!.Committee, summons.Meeting.Date!.Value, summons.Meeting.Time!.Value, summons.Meeting.Venue));
        Assert.Equal(("C Hall", "Clerk"), (summons.Contact!.Name, summons.Contact.Title));
        Assert.Equal([MemberRoles.Chair, MemberRoles.ViceChair], summons.Members.Select(m => m.Role));
    }
}
