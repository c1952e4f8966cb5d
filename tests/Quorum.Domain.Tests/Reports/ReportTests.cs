using NodaTime;
using Quorum.Domain.Reports;

namespace Quorum.Domain.Tests.Reports;

public class ReportTests
{
    private static Report NewReport() => new()
    {
        CouncilId = Guid.NewGuid(),
        ReportFor = "Corporate Parenting Panel",
        DateOfMeeting = new LocalDate(2020, 10, 7),
        Subject = "Corporate Parenting Update Report",
        ResponsibleOfficer = "Paul Hewitt, Corporate Director of People",
    };

    [Fact]
    public void A_report_goes_from_draft_through_submission_and_clearance_to_publication()
    {
        var report = NewReport();
        var error = Assert.Throws<InvalidOperationException>(report.Publish);
        Assert.Contains("only a Cleared report can become Published", error.Message);
        report.Submit();
        report.Clear();
        report.Publish();
        Assert.Equal(PublicationState.Published, report.State);
    }

    [Fact]
    public void A_report_is_not_ready_for_clearance_until_its_cover_and_Section_1_are_complete()
    {
        var report = NewReport();
        Assert.Equal(["Summary", "Recommendations"], report.MissingForSubmission());
        report.Summary = "The panel is updated on the corporate parenting strategy.";
        report.Recommendations = "The panel is asked to note the report.";
        report.WardsAffected = " ";
        Assert.Equal(["Wards affected"], report.MissingForSubmission());
    }

    [Fact]
    public void A_returned_report_carries_the_reason_until_it_is_submitted_again()
    {
        var report = NewReport();
        report.Submit();
        Assert.Throws<ArgumentException>(() => report.ReturnToDraft(" "));
        report.ReturnToDraft("Add the financial implications.");
        Assert.Equal((PublicationState.Draft, "Add the financial implications."), (report.State, report.ReturnReason!));
        report.Submit();
        Assert.Null(report.ReturnReason);
    }

    [Fact]
    public void Section_2_parts_come_in_the_template_order_and_empty_ones_are_left_out()
    {
        var report = NewReport();
        report.CouncilPriorities = "Making a difference for families";
        report.OptionsConsidered = "None";
        report.Background = " ";
        Assert.Equal(["Options considered", "Council Priorities"], report.ReportSections().Select(s => s.Heading));
    }

    [Fact]
    public void Clearance_rows_record_who_signed_on_whose_behalf()
    {
        var report = NewReport();
        var row = report.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Amarita Kalsi", new LocalDate(2020, 9, 24), onBehalfOf: "Jo Frost");
        report.AddClearance(ClearanceRole.MonitoringOfficer, "", null);
        Assert.Equal((report.Id, "Jo Frost"), (row.ReportId, row.OnBehalfOf!));
        Assert.Null(report.Clearances[1].ClearedOn);
    }

    [Fact]
    public void Enclosures_are_numbered_hashed_and_versioned_when_replaced()
    {
        var report = NewReport();
        var enclosure = report.AddEnclosure("CLA Performance Report", "cla-performance.pdf", 21, new string('0', 64));
        Assert.Equal((1, 1), (enclosure.Number, enclosure.Version));
        enclosure.Replace("cla-performance-v2.pdf", 22, new string('f', 64));
        Assert.Equal((2, 22), (enclosure.Version, enclosure.PageCount));
        var error = Assert.Throws<ArgumentException>(() => enclosure.Replace("x.pdf", 3, "not-a-hash"));
        Assert.Contains("is not a SHA-256 hash", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => enclosure.Replace("x.pdf", 0, new string('0', 64)));
    }

    [Fact]
    public void Removing_an_enclosure_renumbers_the_rest_without_a_gap()
    {
        var report = NewReport();
        var hash = new string('0', 64);
        var first = report.AddEnclosure("Appendix 1 – Action plan", "plan.pdf", 4, hash);
        var wrong = report.AddEnclosure("Appendix 2 – wrong file", "draft.pdf", 2, hash);
        var third = report.AddEnclosure("Appendix 3 – Consultation", "consultation.pdf", 9, hash);

        Assert.Same(wrong, report.RemoveEnclosure(wrong.Id));

        Assert.Equal([(first, 1), (third, 2)], report.Enclosures.OrderBy(e => e.Number).Select(e => (e, e.Number)));
        var error = Assert.Throws<ArgumentException>(() => report.RemoveEnclosure(wrong.Id));
        Assert.Contains("has no enclosure", error.Message);
    }
}
