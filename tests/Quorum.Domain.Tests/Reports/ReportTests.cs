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
}
