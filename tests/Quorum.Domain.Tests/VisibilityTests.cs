using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Reports;

namespace Quorum.Domain.Tests;

public class VisibilityTests
{
    private static readonly Instant Now = Instant.FromUtc(2020, 10, 1, 9, 0);

    private static (Meeting Meeting, AgendaItem Item, Report Report) PublishedReport()
    {
        var meeting = new Meeting { CommitteeId = Guid.NewGuid(), Date = new LocalDate(2020, 10, 7), StartTime = new LocalTime(18, 0), AgendaPublishedOn = new LocalDate(2020, 9, 28) };
        var item = new AgendaItem { MeetingId = meeting.Id, Meeting = meeting, Number = 8, Title = "Corporate Parenting Update" };
        var report = new Report
        {
            CouncilId = Guid.NewGuid(),
            AgendaItemId = item.Id,
            AgendaItem = item,
            ReportFor = "Corporate Parenting Panel",
            DateOfMeeting = meeting.Date,
            Subject = "Corporate Parenting Update",
            ResponsibleOfficer = "Paul Hewitt",
        };
        return (meeting, item, report);
    }

    [Fact]
    public void A_report_is_public_only_once_published()
    {
        var (_, _, report) = PublishedReport();
        Assert.False(Visibility.IsPublic(report));
        report.Submit();
        report.Clear();
        Assert.False(Visibility.IsPublic(report));
        report.Publish();
        Assert.True(Visibility.IsPublic(report));
        report.MarkDeleted(Now);
        Assert.False(Visibility.IsPublic(report));
    }

    [Fact]
    public void A_published_report_stays_private_while_its_agenda_is_unpublished()
    {
        var (meeting, _, report) = PublishedReport();
        report.Submit();
        report.Clear();
        report.Publish();
        var appendix = report.AddEnclosure("Placement data", "placements.pdf", 6, new string('d', 64));
        appendix.Report = report;
        meeting.AgendaPublishedOn = null;
        Assert.False(Visibility.IsPublic(report));
        Assert.False(Visibility.IsPublic(appendix));
    }

    [Fact]
    public void Exempt_reports_part_two_papers_and_exempt_appendices_are_never_public()
    {
        var (_, item, report) = PublishedReport();
        report.Submit();
        report.Clear();
        report.Publish();
        var appendix = report.AddEnclosure("Tender evaluation", "tender.pdf", 4, new string('b', 64));
        var exemptAppendix = report.AddEnclosure("Bidders' prices", "prices.pdf", 2, new string('c', 64));
        exemptAppendix.ExemptionParagraph = new Schedule12AParagraph(3);
        appendix.Report = report;
        exemptAppendix.Report = report;
        Assert.True(Visibility.IsPublic(appendix));
        Assert.False(Visibility.IsPublic(exemptAppendix));

        item.TakeInPrivate(new Schedule12AParagraph(3));
        Assert.False(Visibility.IsPublic(report));
        Assert.False(Visibility.IsPublic(appendix));
        Assert.True(Visibility.IsPublic(item), "a Part II item's title is still on the published agenda");
    }

    [Fact]
    public void Agenda_items_wait_for_the_agenda_and_minutes_for_the_minutes()
    {
        var (meeting, item, _) = PublishedReport();
        var minute = new Minute { MeetingId = meeting.Id, Meeting = meeting, CommitteeId = meeting.CommitteeId, AgendaItemId = item.Id, AgendaItem = item, Number = new MinuteNumber(75), Title = item.Title };
        meeting.Committee = new Domain.Committees.Committee { CouncilId = Guid.NewGuid(), Name = "Corporate Parenting Panel", Slug = new Slug("corporate-parenting-panel"), BodyType = Domain.Committees.BodyType.Panel };
        Assert.True(Visibility.IsPublic(meeting));
        Assert.True(Visibility.IsPublic(item));
        Assert.False(Visibility.IsPublic(minute));
        meeting.MinutesPublishedOn = new LocalDate(2020, 10, 15);
        Assert.True(Visibility.IsPublic(minute));
        meeting.AgendaPublishedOn = null;
        Assert.False(Visibility.IsPublic(item));
    }

    [Fact]
    public void The_public_filters_apply_to_queries()
    {
        var (_, _, draft) = PublishedReport();
        var (_, _, published) = PublishedReport();
        published.Submit();
        published.Clear();
        published.Publish();
        var visible = new[] { draft, published }.AsQueryable().WherePublic().ToList();
        Assert.Equal([published], visible);
    }
}
