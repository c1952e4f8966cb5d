using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.People;
using Quorum.Domain.Reports;
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
        await QuorumDatabase.MigrateAsync(settings, clock, Cancel);
        var store = Path.Combine(fixture.Directory, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(store, "2026"));

        var council = new Council { Name = "London Borough of Testing", Slug = new Slug("testing"), ContactEmail = "democratic.services@testing.gov.uk" };
        var group = new PartyGroup { CouncilId = council.Id, Name = "Labour", Slug = new Slug("labour") };
        var committee = new Committee
        {
            CouncilId = council.Id,
            Name = "Cabinet",
            Slug = new Slug("cabinet"),
            BodyType = BodyType.Cabinet,
            Quorum = 3,
            ClerkName = "Rhiannon Marsh",
            ClerkTitle = "Senior Democratic and Electoral Services Officer",
            ClerkPhone = "020 8424 1785",
            ClerkEmail = "rhiannon.marsh@testing.gov.uk",
        };
        var chair = new Person { CouncilId = council.Id, GivenName = "Graham", FamilyName = "Henson", Slug = new Slug("graham-henson"), IsCouncillor = true, PartyGroupId = group.Id };
        committee.Memberships.Add(new Membership { CommitteeId = committee.Id, PersonId = chair.Id, Role = MembershipRole.Chair, From = new LocalDate(2025, 5, 20) });
        var date = new LocalDate(2026, 3, 17);
        var meeting = new Meeting { CommitteeId = committee.Id, Date = date, StartTime = new LocalTime(18, 30), AgendaPublishedOn = date.PlusDays(-8) };
        meeting.SetPlace("Committee Room 1, Civic Centre", null);

        AgendaItem Item(int number, string title) => new() { MeetingId = meeting.Id, Number = number, Title = title };
        var declarations = Item(1, "Declarations of Interest");
        var budget = Item(2, "Revenue Budget Monitoring");
        var leisure = Item(3, "Award of the Leisure Centres Contract");
        leisure.TakeInPrivate(new Schedule12AParagraph(3));
        meeting.AgendaItems.AddRange([declarations, budget, leisure]);

        Report Paper(AgendaItem item, string subject, string body)
        {
            var report = new Report
            {
                CouncilId = council.Id,
                AgendaItemId = item.Id,
                ReportFor = "Cabinet",
                DateOfMeeting = date,
                Subject = subject,
                ResponsibleOfficer = "Dawn Calvert, Director of Finance",
                Summary = $"This report sets out the {subject}.",
                Recommendations = "That the report be noted.",
                Body = body,
                ContactOfficer = "Dawn Calvert, Tel: 020 8424 1000",
                BackgroundPapers = "Budget book 2025-26",
                WardCouncillorsNotified = "NO, as it impacts on all Wards",
                ExemptionParagraph = item.ExemptionParagraph,
            };
            report.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", date.PlusDays(-14), "the Chief Financial Officer");
            report.Submit();
            report.Clear();
            report.Publish();
            return report;
        }
        var budgetReport = Paper(budget, "Revenue Budget Monitoring Quarter 3", "The forecast outturn is within budget.\n\nSavings are on track.");
        AddEnclosure(budgetReport, store, "Appendix 1 - Service forecasts", "2026/budget-appendix-1.pdf", "Service forecasts by directorate", null);
        AddEnclosure(budgetReport, store, "Appendix 2 - Depot valuation", "2026/budget-appendix-2.pdf", ExemptAppendixCanary, new Schedule12AParagraph(3));
        var leisureReport = Paper(leisure, "Award of the Leisure Centres Contract", $"The evaluation recommends the preferred bidder. {ExemptReportCanary}.");

        await using var db = QuorumDatabase.CreateContext(settings, clock);
        db.AddRange(council, group, chair, committee, meeting, budgetReport, leisureReport);
        await db.SaveChangesAsync(Cancel);
        var builder = new AgendaPackBuilder(fixture.Compiler, new DocumentStore(store), new PackFolder(Path.Combine(store, "packs")));
        return (settings, meeting.Id, builder);
    }

    private static void AddEnclosure(Report report, string store, string title, string relative, string text, Schedule12AParagraph? exemption)
    {
        var path = PackFixtures.EnclosurePdf(Path.Combine(store, "2026"), text, 2);
        File.Move(path, Path.Combine(store, relative));
        var enclosure = report.AddEnclosure(title, Path.GetFileName(relative), 2, new string('a', 64));
        enclosure.StoragePath = relative;
        enclosure.ExemptionParagraph = exemption;
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
