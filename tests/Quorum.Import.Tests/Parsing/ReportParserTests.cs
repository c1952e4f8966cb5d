using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;
using Quorum.Import.Segmenting;

namespace Quorum.Import.Tests.Parsing;

public class ReportParserTests
{
    private static ReportEntry Parse(string text)
    {
        var context = new ExtractionContext();
        var segment = Segmenter.Split(PackText.Clean(text, context), context).First(s => s.Kind == SegmentKind.Report);
        return ReportParser.Parse(segment, context);
    }

    private static readonly ReportEntry Sample = Parse(SyntheticPacks.Committee);

    [Fact]
    public void Cover_fields_are_read()
    {
        Assert.Equal("Street Trading Review", Sample.Subject);
        Assert.Equal(new LocalDate(2026, 3, 4), Sample.MeetingDate);
        Assert.Equal("Lee Grant, Director of Environment", Sample.ResponsibleOfficer);
        Assert.Equal((false, "All"), (Sample.Exempt, Sample.WardsAffected));
        Assert.Null(Sample.KeyDecision);
        Assert.Equal(["Draft policy", "Consultation responses"], Sample.Enclosures);
    }

    [Fact]
    public void A_lone_paper_whose_cover_gives_only_the_body_and_date_is_read_as_a_report()
    {
        // No "Report to:" label and no meeting around it: the item box, "BODY: DATE" and a title in capitals.
        var report = Parse("""
            Agenda Item No.

            WESTBRIDGE BOROUGH COUNCIL

            PLANNING COMMITTEE: 3RD MARCH, 2015

            REPORT OF THE HEAD OF REGENERATION

            RIVERSIDE CAR PARK CHARGES -

            The Committee is asked to consider the charges set out below.
            """);

        Assert.Equal(("PLANNING COMMITTEE", new LocalDate(2015, 3, 3), "RIVERSIDE CAR PARK CHARGES"), (report.ReportFor, report.MeetingDate, report.Subject));
        Assert.Null(report.AgendaItem);
    }

    [Fact]
    public void Clearance_rows_with_a_blank_name_are_omitted()
    {
        var row = Assert.Single(Sample.Clearance!);
        Assert.Equal(("Chief Financial Officer", "Ann Cole", new LocalDate(2026, 2, 20), true), (row.Role, row.Name, row.Date!.Value, row.OnBehalf));
        Assert.Equal("NO", Sample.WardCouncillorsNotified);
    }

    [Fact]
    public void The_contact_is_the_reports_own_not_an_appendix_one() =>
        Assert.Equal("Lee Grant, Director of Environment, Tel 020 1111 2222", Sample.Contact);

    [Fact]
    public void Vertical_clearance_and_a_value_printed_before_its_label_are_read()
    {
        var report = Parse("""
            REPORT FOR: PANEL

            Subject:	X

            Section 3 - Statutory Officer Clearance

            Name: Simon George

            Chief Financial Officer

            Date: 26th November 2014

            Name: Linda Cohen

            on behalf of the*
            Monitoring Officer

            Date: 26th November 2014

            NO

            Ward Councillors notified:

            Section 4 - Contact Details and Background Papers
            """);

        Assert.Equal(
            [("Chief Financial Officer", "Simon George", false), ("Monitoring Officer", "Linda Cohen", true)],
            report.Clearance!.Select(c => (c.Role!, c.Name!, c.OnBehalf)));
        Assert.Equal("NO", report.WardCouncillorsNotified);
    }

    [Fact]
    public void Not_required_clearance_is_empty_and_no_clearance_section_is_null()
    {
        Assert.Empty(Parse("REPORT FOR: P\n\nSubject:\tX\n\nSection 3 - Statutory Officer Clearance\n\nNot Required").Clearance!);
        Assert.Null(Parse("REPORT FOR: P\n\nSubject:\tX").Clearance);
    }

    [Fact]
    public void The_call_in_waived_box_keeps_only_an_option_left_undeleted()
    {
        Assert.Equal("NOT APPLICABLE", Parse("REPORT FOR: P\n\nSubject:\tX\n\nCall-In Waived by the Chair\n\n~~YES/NO/~~ NOT APPLICABLE*\n\n** Delete as appropriate").CallInWaived);
        Assert.Null(Parse("REPORT FOR: P\n\nSubject:\tX\n\nCall-In Waived by the Chair\tYES/NO/ NOT APPLICABLE* Delete as appropriate").CallInWaived);
    }

    [Fact]
    public void Several_people_in_a_contact_are_separated_by_semicolons()
    {
        Assert.Equal("Ann Ali, Head of Audit; Bob Best, Audit Manager", ReportParser.JoinContact(["Ann Ali, Head of Audit", "Bob Best, Audit Manager"]));
        Assert.Equal("Ann Ali, Head of Audit, Tel 0123", ReportParser.JoinContact(["Ann Ali", "Head of Audit", "Tel 0123"]));
    }

    [Fact]
    public void Enclosures_run_together_are_split_by_their_numbers() =>
        Assert.Equal(["February Report", "Action Plan"], ReportParser.SplitNumbered("1. February Report2. Action Plan"));
}
