using Microsoft.EntityFrameworkCore;
using Quorum.Application.Documents;
using Quorum.Application.Reports;
using Quorum.Application.Tests.Outcomes;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Publishing.Packs;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Reports;

/// <summary>Taking enclosures off a draft: the rest close up 1..n and the removed ones stay as tombstones out of the way.</summary>
public sealed class ReportEnclosuresTests : OutcomesDatabase
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());

    [Fact]
    public async Task Removing_the_first_enclosure_renumbers_every_other_one_and_keeps_a_tombstone_each_time()
    {
        Guid reportId;
        await using (var db = Open())
        {
            var report = new Report
            {
                CouncilId = Council.Council.Id,
                ReportFor = "Overview and Scrutiny Committee",
                DateOfMeeting = Council.Meeting(September).Date,
                Subject = "Enclosures",
                ResponsibleOfficer = "Director",
            };
            foreach (var title in new[] { "One", "Two", "Three", "Four" })
            {
                report.AddEnclosure(title, $"{title}.pdf", 1, new string('a', 64));
            }
            db.Reports.Add(report);
            await db.SaveChangesAsync(Cancel);
            reportId = report.Id;
        }

        foreach (var expected in new[] { new[] { "Two", "Three", "Four" }, ["Three", "Four"] })
        {
            await using var db = Open();
            var report = await db.Reports.Include(r => r.Enclosures).SingleAsync(r => r.Id == reportId, Cancel);
            var first = report.Enclosures.Single(e => e.Number == 1);
            await using var browser = new WarmChromium();
            var enclosures = new ReportEnclosures(db, new EnclosureStore(new DocumentStore(Path.GetTempPath()), new EnclosureRules(1024)), browser);

            Assert.Same(first, await enclosures.RemoveAsync(report, first.Id, Cancel));

            await using var check = Open();
            var live = await check.Enclosures.Where(e => e.ReportId == reportId).OrderBy(e => e.Number).Select(e => new { e.Number, e.Title }).ToListAsync(Cancel);
            Assert.Equal(expected.Select((title, i) => new { Number = i + 1, Title = title }), live);
        }
        await using (var db = Open())
        {
            var tombstones = await db.Enclosures.IgnoreQueryFilters().Where(e => e.ReportId == reportId && e.Deleted != null).OrderBy(e => e.Number).Select(e => new { e.Number, e.Title }).ToListAsync(Cancel);
            Assert.Equal([new { Number = 1_000_001, Title = "One" }, new { Number = 1_000_002, Title = "Two" }], tombstones);
        }
    }

    [Fact]
    public async Task An_enclosure_no_longer_on_the_report_is_not_removed_again()
    {
        await using var db = Open();
        var report = new Report { CouncilId = Council.Council.Id, ReportFor = "Committee", DateOfMeeting = Council.Meeting(September).Date, Subject = "None", ResponsibleOfficer = "Director" };
        db.Reports.Add(report);
        await db.SaveChangesAsync(Cancel);
        await using var browser = new WarmChromium();
        var enclosures = new ReportEnclosures(db, new EnclosureStore(new DocumentStore(Path.GetTempPath()), new EnclosureRules(1024)), browser);

        Assert.Null(await enclosures.RemoveAsync(report, Guid.NewGuid(), Cancel));
    }
}
