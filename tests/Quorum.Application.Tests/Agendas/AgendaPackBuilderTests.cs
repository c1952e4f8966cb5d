using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Reports;
using Quorum.Domain.Rules;
using Quorum.Publishing.Packs;
using Quorum.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Application.Tests.Agendas;

/// <summary>Packs built from a meeting stored in a real SQLite file, with enclosures in a real document store.</summary>
public sealed class AgendaPackBuilderTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private const string ExemptReportCanary = "QUILLCANARY bid prices of the three tenderers";
    private const string ExemptAppendixCanary = "MARLINCANARY valuation of the depot site";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    private async Task<(DatabaseSettings Settings, Guid MeetingId, AgendaPackBuilder Builder)> StoredMeetingAsync()
    {
        var settings = DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath("packs"));
        var clock = new TestClock();
        await TestDatabases.MigrateAsync(settings, clock, Cancel);
        var store = Path.Combine(fixture.Directory, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(store, "2026"));

        var date = new LocalDate(2026, 3, 17);
        CreateEnclosureFile(store, "2026/budget-appendix-1.pdf", "Service forecasts by directorate");
        CreateEnclosureFile(store, "2026/budget-appendix-2.pdf", ExemptAppendixCanary);
        ReportBuilder Paper(ReportBuilder report, string body) => report
            .Officer("Dawn Calvert, Director of Finance")
            .Summary($"This report sets out the {report.Report.Subject}.")
            .Body(body)
            .Clearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", date.PlusDays(-14), "the Chief Financial Officer")
            .Edit(r => (r.ContactOfficer, r.BackgroundPapers, r.WardCouncillorsNotified) = ("Dawn Calvert, Tel: 020 8424 1000", "Budget book 2025-26", "NO, as it impacts on all Wards"));

        var council = TestCouncil.Named("London Borough of Testing")
            .WithYear(new LocalDate(2025, 5, 20), new LocalDate(2026, 5, 19))
            .WithCouncillor("Graham Henson", party: "Labour")
            .WithCommittee("Cabinet", c => c
                .Clerk("Rhiannon Marsh", "Senior Democratic and Electoral Services Officer", "020 8424 1785", "rhiannon.marsh@testing.gov.uk")
                .Chair("Graham Henson"))
            .WithMeeting("Cabinet", date, m => m
                .At(new LocalTime(18, 30))
                .AgendaPublished(date.PlusDays(-8))
                .Item(1, "Declarations of Interest")
                .Item(2, "Revenue Budget Monitoring", i => i.Report("Revenue Budget Monitoring Quarter 3", r =>
                    Paper(r, "The forecast outturn is within budget.\n\nSavings are on track.")
                        .Enclosure("Appendix 1 - Service forecasts", "budget-appendix-1.pdf", 2, storagePath: "2026/budget-appendix-1.pdf")
                        .Enclosure("Appendix 2 - Depot valuation", "budget-appendix-2.pdf", 2, exemptParagraph: 3, storagePath: "2026/budget-appendix-2.pdf")))
                .PartII(3, "Award of the Leisure Centres Contract", paragraph: 3, i => i.Report("Award of the Leisure Centres Contract", r =>
                    Paper(r, $"The evaluation recommends the preferred bidder. {ExemptReportCanary}."))));

        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var meeting = (await council.SaveAsync(db, Cancel)).Meeting(date);
        var builder = new AgendaPackBuilder(fixture.Compiler, new DocumentStore(store), new PackFolder(Path.Combine(store, "packs")));
        return (settings, meeting.Id, builder);
    }

    private static void CreateEnclosureFile(string store, string relative, string text)
    {
        var path = PackFixtures.EnclosurePdf(Path.Combine(store, "2026"), text, 2);
        File.Move(path, Path.Combine(store, relative));
    }

    [Fact]
    public async Task The_public_pack_of_a_stored_meeting_prints_its_clerk_reports_clearances_and_public_enclosures()
    {
        var (settings, meetingId, builder) = await StoredMeetingAsync();
        using var _ = builder;
        await using var db = QuorumDatabase.CreateContext(settings, new TestClock());

        var pack = (await builder.BuildAsync(db, meetingId, PackKind.Main, Cancel))!;
        var text = Text(pack.Pdf);

        Assert.Contains("CABINET AGENDA", text);
        Assert.Contains("Rhiannon Marsh", text);
        Assert.Contains("Chair: Councillor Graham Henson", text);
        Assert.Contains("Revenue Budget Monitoring Quarter 3", text);
        Assert.Contains("Jo Frost", text);
        Assert.Contains("Background Papers: Budget book 2025-26", text);
        Assert.Contains("Ward Councillors notified: NO, as it impacts on all Wards", text);
        Assert.Contains("Service forecasts by directorate", text);
        // The Part II item is listed by title, as the agenda is public, but carries no papers here.
        Assert.Contains("AWARD OF THE LEISURE CENTRES CONTRACT", text);
        Assert.Equal([2], pack.Contents.Select(c => c.ItemNumber));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_previous_meetings_draft_minutes_are_printed_under_the_Minutes_item_only_where_the_council_makes_drafts_public(bool draftsPublic)
    {
        var settings = DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath("packs"));
        var clock = new TestClock();
        await TestDatabases.MigrateAsync(settings, clock, Cancel);
        var (before, date) = (new LocalDate(2026, 2, 10), new LocalDate(2026, 3, 10));
        var council = TestCouncil.Named("Fernbridge District Council")
            .WithYear(new LocalDate(2025, 5, 20), new LocalDate(2026, 5, 19))
            .WithCommittee("Licensing Committee", c => c.Chair("Ann Wells"))
            .WithMeeting("Licensing Committee", before, m => m.AgendaPublished(before.PlusDays(-8)).Held(new LocalTime(20, 15)).Item(1, "Apologies for Absence"))
            .WithMeeting("Licensing Committee", date, m => m.AgendaPublished(date.PlusDays(-8))
                .Item(1, "Apologies for Absence").Item(2, "Minutes").Item(3, "Taxi Licensing Policy"));
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var built = await council.SaveAsync(db, Cancel);
        var minutes = new MeetingMinutes { MeetingId = built.Meeting(before).Id };
        minutes.Draft("LICENSING COMMITTEE\n\nMINUTES OF 10 FEBRUARY 2026\n\n1.\tHACKNEY CARRIAGE FARES\nRESOLVED: That the fares be held.", "<p>minutes</p>", byClerk: true);
        db.Add(minutes);
        await db.SaveChangesAsync(Cancel);
        var store = Path.Combine(fixture.Directory, Guid.NewGuid().ToString("N"));
        using var builder = new AgendaPackBuilder(fixture.Compiler, new DocumentStore(store), new PackFolder(Path.Combine(store, "packs")))
        {
            Rulebook = (_, _) => ProcedureRulebook.Harrow.WithCouncilSettings(s => s with { PublishDraftMinutes = draftsPublic }),
        };

        var pack = (await builder.BuildAsync(db, built.Meeting(date).Id, PackKind.Main, Cancel))!;

        var text = Text(pack.Pdf);
        if (draftsPublic)
        {
            Assert.Contains("RESOLVED: That the fares be held.", text);
            Assert.Equal([2], pack.Contents.Select(c => c.ItemNumber));
        }
        else
        {
            Assert.DoesNotContain("HACKNEY CARRIAGE FARES", text);
            Assert.Empty(pack.Contents);
        }
    }

    [Fact]
    public async Task Part_II_reports_and_exempt_appendices_never_reach_the_public_pack_but_do_reach_the_members_pack()
    {
        var (settings, meetingId, builder) = await StoredMeetingAsync();
        using var _ = builder;
        await using var db = QuorumDatabase.CreateContext(settings, new TestClock());

        var main = Text((await builder.BuildAsync(db, meetingId, PackKind.Main, Cancel))!.Pdf);
        var partII = Text((await builder.BuildAsync(db, meetingId, PackKind.PartII, Cancel))!.Pdf);

        Assert.DoesNotContain("QUILLCANARY", main);
        Assert.DoesNotContain("MARLINCANARY", main);
        Assert.DoesNotContain("Depot valuation", main);
        Assert.Contains("QUILLCANARY", partII);
        Assert.Contains("MARLINCANARY", partII);
    }

    [Fact]
    public async Task Publishing_writes_the_packs_apart_and_records_each_items_page_range()
    {
        var (settings, meetingId, builder) = await StoredMeetingAsync();
        using var _ = builder;
        await using var db = QuorumDatabase.CreateContext(settings, new TestClock());

        var published = await builder.PublishAsync(db, meetingId, Cancel);

        Assert.Null(published.Supplementary);
        Assert.True(File.Exists(published.Files[PackKind.Main]));
        Assert.StartsWith(Path.Combine(builder.Folder.Root, "members"), published.Files[PackKind.PartII], StringComparison.Ordinal);
        await using var check = QuorumDatabase.CreateContext(settings, new TestClock());
        var items = await check.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Number).ToListAsync(Cancel);
        Assert.Null(items[0].Pages);
        Assert.Equal(published.Main.Contents.Single().Pages, items[1].Pages);
        Assert.Null(items[2].Pages);
        var meeting = await check.Meetings.Include(m => m.Committee).SingleAsync(m => m.Id == meetingId, Cancel);
        Assert.Equal(builder.Folder.PathFor(meeting.Date, meeting.Committee!.Slug, PackKind.Main), published.Files[PackKind.Main]);
    }

    [Fact]
    public async Task A_missing_enclosure_file_is_named_with_its_item_and_path()
    {
        var (settings, meetingId, builder) = await StoredMeetingAsync();
        using var _ = builder;
        File.Delete(Path.Combine(Path.GetDirectoryName(builder.Folder.Root)!, "2026", "budget-appendix-1.pdf"));
        await using var db = QuorumDatabase.CreateContext(settings, new TestClock());

        var error = await Assert.ThrowsAsync<MissingEnclosureException>(() => builder.BuildAsync(db, meetingId, PackKind.Main, Cancel));

        Assert.Contains("Item 2 (Revenue Budget Monitoring)", error.Message);
        Assert.Contains("budget-appendix-1.pdf", error.Message);
    }
}
