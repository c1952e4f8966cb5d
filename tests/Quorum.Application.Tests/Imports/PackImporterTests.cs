using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Imports;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Publication;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Imports;

/// <summary>Importing legacy agenda packs into a real SQLite file and a real PostgreSQL database.</summary>
public class PackImporterTests
{
    private static readonly string[] Samples = ["000_3e448eb3eb3f3234", "002_a355e7290101a6f1", "003_c501b68c03b2d938"];

    private readonly TestClock clock = new(Instant.FromUtc(2026, 11, 23, 20, 0));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "quorum-import-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_three_samples_become_meetings_agenda_items_reports_and_minutes(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var listener = new RecordingListener();
        var importer = new PackImporter(settings, clock, new PublicationEvents([listener]));

        var results = new List<PackImportResult>();
        foreach (var sample in Samples)
        {
            results.Add(await importer.ImportAsync(SamplePath(sample), TestContext.Current.CancellationToken));
        }

        Assert.All(results, r => Assert.Equal(PackImportOutcome.Imported, r.Outcome));
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var council = Assert.Single(await db.Councils.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Harrow Council", council.Name);
        Assert.Equal(["Corporate Parenting Panel", "Overview and Scrutiny Committee"], (await db.Committees.Select(c => c.Name).ToListAsync(TestContext.Current.CancellationToken)).Order());
        var scrutiny = await db.Meetings.Include(m => m.Committee).SingleAsync(m => m.Date == new LocalDate(2017, 9, 19), TestContext.Current.CancellationToken);
        Assert.Equal(new LocalTime(19, 30), scrutiny.StartTime);
        Assert.Equal(new LocalDate(2017, 9, 11), scrutiny.AgendaPublishedOn);
        Assert.Equal(4, scrutiny.Committee!.Quorum);
        var items = await db.AgendaItems.Where(i => i.MeetingId == scrutiny.Id).OrderBy(i => i.Number).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(9, items.Count);
        Assert.Equal(new PageRange(21, 82), items[6].Pages);
        Assert.All(items, i => Assert.Equal(AgendaPart.PartI, i.Part));
        // Minutes printed in the 2017 pack: 219-227 on 27 June and 228-230 on 17 July, numbered per committee.
        var minutes = await db.Minutes.Where(m => m.CommitteeId == scrutiny.CommitteeId).OrderBy(m => m.Number).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(219, 12), minutes.Select(m => m.Number.Value));
        var june = await db.Meetings.SingleAsync(m => m.CommitteeId == scrutiny.CommitteeId && m.Date == new LocalDate(2017, 6, 27), TestContext.Current.CancellationToken);
        Assert.Equal(MeetingStatus.Held, june.Status);
        Assert.Equal(new LocalTime(21, 50), june.ClosedAt);
        Assert.Equal(9, minutes.Count(m => m.MeetingId == june.Id));
        var appointment = await db.Minutes.Include(m => m.Resolutions).SingleAsync(m => m.CommitteeId == scrutiny.CommitteeId && m.Number == new MinuteNumber(220), TestContext.Current.CancellationToken);
        Assert.StartsWith("To approve the appointment of Mr Neville Ransley", Assert.Single(appointment.Resolutions).Text);
        var attendance = await db.Attendances.Include(a => a.Person).Where(a => a.MeetingId == june.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(attendance, a => a.Person!.FullName == "Phillip O'Dell" && a.Mark == AttendanceMark.Present);
        Assert.Contains(attendance, a => a.Person!.FullName == "Barry Kendler" && a.Mark == AttendanceMark.Absent);
        // Reports keep their cover sheets and are public, as the printed pack was.
        var ofsted = await db.Reports.Include(r => r.Clearances).Include(r => r.AgendaItem).ThenInclude(i => i!.Meeting)
            .SingleAsync(r => r.AgendaItemId == items[6].Id, TestContext.Current.CancellationToken);
        Assert.Equal("Chris Spencer, Corporate Director, People Services", ofsted.ResponsibleOfficer);
        Assert.Equal(2, ofsted.Clearances.Count);
        Assert.True(Visibility.IsPublic(ofsted));
        Assert.Equal(6, await db.Reports.CountAsync(r => r.AgendaItem!.Meeting!.Date == new LocalDate(2020, 10, 7), TestContext.Current.CancellationToken));
        // Full text page by page, and the original bytes under their hash.
        var pack = await db.ImportedPacks.SingleAsync(p => p.MeetingId == scrutiny.Id, TestContext.Current.CancellationToken);
        Assert.Equal(Samples[0] + ".txt", pack.FileName);
        var pages = await db.ImportedPages.Where(p => p.PackId == pack.Id).OrderBy(p => p.Number).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(pack.PageCount, pages.Count);
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(p => p.Number));
        Assert.Contains(pages, p => p.Text.Contains("YOUTH JUSTICE PARTNERSHIP PLAN", StringComparison.Ordinal));
        var original = await db.StoredPackFiles.SingleAsync(f => f.ContentHash == pack.ContentHash, TestContext.Current.CancellationToken);
        Assert.Equal(await File.ReadAllBytesAsync(SamplePath(Samples[0]), TestContext.Current.CancellationToken), original.Content);
        // Each committed pack told the listeners about every meeting it touched, the pack's own meeting included.
        Assert.Contains(new PublishedChange(council.Id, scrutiny.Id, PublishedContent.ImportedPack), listener.Changes);
        Assert.Contains(new PublishedChange(council.Id, june.Id, PublishedContent.ImportedPack), listener.Changes);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task People_are_one_record_across_packs_whatever_the_spelling(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var importer = new PackImporter(settings, clock, Publications.Unheard);
        foreach (var sample in Samples)
        {
            await importer.ImportAsync(SamplePath(sample), TestContext.Current.CancellationToken);
        }
        // The same panel a year later prints its chair with an initial and its member with a slip of the pen.
        var first = LicensingPanelPacks.Write(folder, "2026-03.txt", LicensingPanelPacks.Pack(new LocalDate(2026, 3, 4), new LocalDate(2025, 12, 2), 41));
        var second = LicensingPanelPacks.Write(folder, "2027-03.txt", LicensingPanelPacks.Pack(new LocalDate(2027, 3, 3), new LocalDate(2026, 3, 4), 45, chair: "A Brooks", member: "Sam  Pattel"));
        Assert.Equal(PackImportOutcome.Imported, (await importer.ImportAsync(first, TestContext.Current.CancellationToken)).Outcome);
        Assert.Equal(PackImportOutcome.Imported, (await importer.ImportAsync(second, TestContext.Current.CancellationToken)).Outcome);

        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var people = await db.People.ToListAsync(TestContext.Current.CancellationToken);
        // Councillor Jerry Miles chairs the 2014 committee and sits on it in 2017: one person.
        var miles = Assert.Single(people, p => p.FullName == "Jerry Miles");
        Assert.True(miles.IsCouncillor);
        Assert.Equal(2, await db.Memberships.CountAsync(m => m.PersonId == miles.Id, TestContext.Current.CancellationToken));
        var brooks = Assert.Single(people, p => p.FamilyName == "Brooks");
        Assert.Contains("A Brooks", brooks.Aliases);
        var patel = Assert.Single(people, p => p.FullName == "Sam Patel");
        Assert.Contains("Sam Pattel", patel.Aliases);
        Assert.Single(people, p => p.FamilyName == "Ransley");
        // Different people who share a family name (Chris Mote in 2017, Janet Mote in 2020) are not merged.
        Assert.Equal(2, people.Count(p => p.FamilyName == "Mote"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Importing_the_same_pack_again_changes_nothing(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var importer = new PackImporter(settings, clock, Publications.Unheard);
        foreach (var sample in Samples)
        {
            await importer.ImportAsync(SamplePath(sample), TestContext.Current.CancellationToken);
        }
        Dictionary<string, (long, string)> before;
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            before = await DatabaseSnapshot.TakeAsync(db);
        }
        clock.Advance(Duration.FromDays(1));

        // The same bytes under another name are the same pack.
        var copy = Path.Combine(folder, "renamed.txt");
        Directory.CreateDirectory(folder);
        File.Copy(SamplePath(Samples[2]), copy);
        var again = new List<PackImportResult>();
        foreach (var path in Samples.Select(SamplePath).Append(copy))
        {
            again.Add(await importer.ImportAsync(path, TestContext.Current.CancellationToken));
        }

        Assert.All(again, r => Assert.Equal(PackImportOutcome.Unchanged, r.Outcome));
        await using var after = QuorumDatabase.CreateContext(settings, clock);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(after));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_newer_version_of_a_pack_updates_the_meeting_and_keeps_the_earlier_version(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var importer = new PackImporter(settings, clock, Publications.Unheard);
        var meeting = new LocalDate(2026, 3, 4);
        var original = LicensingPanelPacks.Write(folder, "pack.txt", LicensingPanelPacks.Pack(meeting, new LocalDate(2025, 12, 2), 41));
        var first = await importer.ImportAsync(original, TestContext.Current.CancellationToken);
        clock.Advance(Duration.FromDays(2));

        // The supplementary agenda retitles item 4 and is published as a revised pack.
        var revised = LicensingPanelPacks.Write(folder, "pack-revised.txt", LicensingPanelPacks.Pack(meeting, new LocalDate(2025, 12, 2), 41, item4: "Hackney Carriage Fares"));
        var second = await importer.ImportAsync(revised, TestContext.Current.CancellationToken);

        Assert.Equal(PackImportOutcome.Imported, first.Outcome);
        Assert.Equal(PackImportOutcome.NewVersion, second.Outcome);
        Assert.Equal(first.MeetingId, second.MeetingId);
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var versions = await db.ImportedPacks.OrderBy(p => p.Version).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(versions[1].Id, versions[0].SupersededById);
        Assert.Equal(versions[0].Id, versions[1].PreviousVersionId);
        Assert.Equal("pack.txt", versions[0].FileName);
        // Both originals and both versions' pages are kept; only the current version's pages are public.
        Assert.Equal(2, await db.StoredPackFiles.CountAsync(TestContext.Current.CancellationToken));
        Assert.True(await db.ImportedPages.AnyAsync(p => p.PackId == versions[0].Id, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await db.ImportedPages.WherePublic().Select(p => p.PackId).Distinct().ToListAsync(TestContext.Current.CancellationToken), id => id == versions[0].Id);
        // The records were updated in place: one meeting, one item 4 with the new title, no duplicated minutes.
        Assert.Equal(2, await db.Meetings.CountAsync(TestContext.Current.CancellationToken));
        var item4 = await db.AgendaItems.SingleAsync(i => i.MeetingId == second.MeetingId && i.Number == 4, TestContext.Current.CancellationToken);
        Assert.Equal("Hackney Carriage Fares", item4.Title);
        Assert.Equal(2, await db.Minutes.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failing_pack_writes_nothing_and_the_others_import(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var importer = new PackImporter(settings, clock, Publications.Unheard);
        await importer.ImportAsync(SamplePath(Samples[1]), TestContext.Current.CancellationToken);
        Dictionary<string, (long, string)> before;
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            // The panel's December meeting was cancelled; a pack whose minutes say it was held is refused whole.
            var setUp = await importer.ImportAsync(
                LicensingPanelPacks.Write(folder, "earlier.txt", LicensingPanelPacks.Pack(new LocalDate(2025, 12, 2), new LocalDate(2025, 9, 9), 30)),
                TestContext.Current.CancellationToken);
            var december = await db.Meetings.SingleAsync(m => m.Id == setUp.MeetingId, TestContext.Current.CancellationToken);
            december.Cancel("Insufficient business");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            before = await DatabaseSnapshot.TakeAsync(db);
        }
        var garbage = Path.Combine(folder, "garbage.pdf");
        await File.WriteAllBytesAsync(garbage, [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))], TestContext.Current.CancellationToken);
        var contradicts = LicensingPanelPacks.Write(folder, "contradicts.txt", LicensingPanelPacks.Pack(new LocalDate(2026, 3, 4), new LocalDate(2025, 12, 2), 41));

        var failedGarbage = await importer.ImportAsync(garbage, TestContext.Current.CancellationToken);
        var failedContradiction = await importer.ImportAsync(contradicts, TestContext.Current.CancellationToken);
        var missing = await importer.ImportAsync(Path.Combine(folder, "missing.txt"), TestContext.Current.CancellationToken);

        Assert.Equal(PackImportOutcome.Failed, failedGarbage.Outcome);
        Assert.StartsWith("garbage.pdf: ", failedGarbage.Reason);
        Assert.Equal(PackImportOutcome.Failed, failedContradiction.Outcome);
        Assert.StartsWith("contradicts.txt: ", failedContradiction.Reason);
        Assert.Contains("cancelled", failedContradiction.Reason);
        Assert.Equal("missing.txt: file not found.", missing.Reason);
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            Assert.Equal(before, await DatabaseSnapshot.TakeAsync(db));
        }
        // The next good pack goes ahead.
        var next = await importer.ImportAsync(SamplePath(Samples[2]), TestContext.Current.CancellationToken);
        Assert.Equal(PackImportOutcome.Imported, next.Outcome);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Part_II_business_stays_private_while_the_rest_of_the_pack_is_public(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var importer = new PackImporter(settings, clock, Publications.Unheard);
        var result = await importer.ImportAsync(
            LicensingPanelPacks.Write(folder, "pack.txt", LicensingPanelPacks.Pack(new LocalDate(2026, 3, 4), new LocalDate(2025, 12, 2), 41)),
            TestContext.Current.CancellationToken);

        Assert.Equal(PackImportOutcome.Imported, result.Outcome);
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var item5 = await db.AgendaItems.SingleAsync(i => i.MeetingId == result.MeetingId && i.Number == 5, TestContext.Current.CancellationToken);
        Assert.Equal(AgendaPart.PartII, item5.Part);
        Assert.Equal(new Schedule12AParagraph(3), item5.ExemptionParagraph);
        // The item's title is public (the agenda prints it); its report and its pages are not.
        Assert.True(await db.AgendaItems.WherePublic().AnyAsync(i => i.Id == item5.Id, TestContext.Current.CancellationToken));
        var reports = await db.Reports.Where(r => r.AgendaItem!.MeetingId == result.MeetingId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, reports.Count);
        var publicReports = await db.Reports.WherePublic().Select(r => r.Subject).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Street Trading Review"], publicReports);
        var pages = await db.ImportedPages.Where(p => p.PackId == result.PackId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(pages, p => p.IsExempt && p.Text.Contains(LicensingPanelPacks.ExemptWords, StringComparison.Ordinal));
        var publicPages = await db.ImportedPages.WherePublic().Select(p => p.Text).ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(publicPages);
        Assert.DoesNotContain(publicPages, t => t.Contains(LicensingPanelPacks.ExemptWords, StringComparison.Ordinal));
        Assert.Contains(publicPages, t => t.Contains("street trading policy is reviewed", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sub_items_decisions_and_appendices_are_stored_as_printed(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var importer = new PackImporter(settings, clock, Publications.Unheard);
        const string subItems = """
            4a. Pedlars' Certificates (Pages 21 - 22)

            4b. Street Collections (Pages 23 - 24)
            """;
        const string appendices = """
            Appendix 1 - Map of Trading Pitches

            The pitches on the High Street are shown in blue.

            This page is intentionally left blank

            APPENDIX 2

            Consultation Responses

            Forty-one traders answered the consultation.
            """;
        var result = await importer.ImportAsync(
            LicensingPanelPacks.Write(folder, "pack.txt", LicensingPanelPacks.Pack(
                new LocalDate(2026, 3, 4), new LocalDate(2025, 12, 2), 41, subItems: subItems, decision: "AGREED",
                enclosures: "Appendix 1 - Map of Trading Pitches\n\tAppendix 2 - Consultation Responses\n\tAppendix 3 - Equality Impact Assessment", appendices: appendices)),
            TestContext.Current.CancellationToken);

        Assert.Equal(PackImportOutcome.Imported, result.Outcome);
        var ct = TestContext.Current.CancellationToken;
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        // Items 4a and 4b are two items, each with its printed number.
        var items = await db.AgendaItems.Where(i => i.MeetingId == result.MeetingId).OrderBy(i => i.Number).ThenBy(i => i.Suffix).ToListAsync(ct);
        Assert.Equal(["1", "2", "3", "4", "4a", "4b", "5"], items.Select(i => i.Label));
        Assert.Equal("Street Collections", items[5].Title);
        Assert.Equal(new PageRange(23, 24), items[5].Pages);
        // "AGREED" stays AGREED; the other minute's RESOLVED stays RESOLVED.
        var cafes = await db.Minutes.Include(m => m.Resolutions).SingleAsync(m => m.Number == new MinuteNumber(42), ct);
        Assert.Equal(ResolutionKind.Agreed, Assert.Single(cafes.Resolutions).Kind);
        var reserves = await db.Minutes.Include(m => m.Resolutions).SingleAsync(m => m.Number == new MinuteNumber(41), ct);
        Assert.Equal(ResolutionKind.Resolved, Assert.Single(reserves.Resolutions).Kind);
        // The appendices printed after the report are its enclosures, with the pages they span; the third is not in the pack.
        var report = await db.Reports.Include(r => r.Enclosures).SingleAsync(r => r.Subject == "Street Trading Review", ct);
        var enclosures = report.Enclosures.OrderBy(e => e.Number).ToList();
        Assert.Equal(["Appendix 1 - Map of Trading Pitches", "Appendix 2 - Consultation Responses"], enclosures.Select(e => e.Title));
        Assert.All(enclosures, e => Assert.Equal(("pack.txt", 1), (e.FileName, e.PageCount)));
        Assert.NotEqual(enclosures[0].Sha256, enclosures[1].Sha256);
        Assert.Equal(2, await db.Enclosures.WherePublic().CountAsync(e => e.ReportId == report.Id, ct));
        var pack = await db.ImportedPacks.SingleAsync(p => p.Id == result.PackId, ct);
        Assert.Contains("lists 'Appendix 3 - Equality Impact Assessment', whose pages are not in the pack", pack.Warnings, StringComparison.Ordinal);
    }

    private static string SamplePath(string sample) => Path.Combine(RepoPaths.SamplesOrSkip(), sample + ".txt");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Membership_is_kept_as_printed_groups_reserve_lists_and_seats_that_end(DatabaseProvider provider)
    {
        var settings = await NewDatabaseAsync(provider);
        var importer = new PackImporter(settings, clock, Publications.Unheard);
        const string reserves = """
            Labour Reserve Members:

            1. Uma Hale
            2. Vic Lamb
            """;
        // 2026: Sam Patel sits on the panel; 2027: Lena Fox has taken the seat. The 2027 pack arrives first.
        var later = LicensingPanelPacks.Write(folder, "2027-03.txt", LicensingPanelPacks.Pack(new LocalDate(2027, 3, 3), new LocalDate(2026, 3, 4), 45, member: "Lena Fox"));
        var earlier = LicensingPanelPacks.Write(folder, "2026-03.txt", LicensingPanelPacks.Pack(new LocalDate(2026, 3, 4), new LocalDate(2025, 12, 2), 41, reserves: reserves));
        Assert.Equal(PackImportOutcome.Imported, (await importer.ImportAsync(later, TestContext.Current.CancellationToken)).Outcome);
        Assert.Equal(PackImportOutcome.Imported, (await importer.ImportAsync(earlier, TestContext.Current.CancellationToken)).Outcome);
        // A new version of the later pack, imported after the earlier one, ends the seat it no longer lists.
        Assert.Equal(PackImportOutcome.NewVersion, (await importer.ImportAsync(
            LicensingPanelPacks.Write(folder, "2027-03-v2.txt", LicensingPanelPacks.Pack(new LocalDate(2027, 3, 3), new LocalDate(2026, 3, 4), 45, member: "Lena Fox", item4: "Taxi Fares")),
            TestContext.Current.CancellationToken)).Outcome);

        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var ct = TestContext.Current.CancellationToken;
        var seats = await db.Memberships.Include(m => m.Person).ToListAsync(ct);
        var patel = Assert.Single(seats, m => m.Person!.FullName == "Sam Patel");
        Assert.Equal((new LocalDate(2026, 3, 4), new LocalDate(2027, 3, 2)), (patel.From, patel.To!.Value));
        var fox = Assert.Single(seats, m => m.Person!.FullName == "Lena Fox");
        Assert.Equal(new LocalDate(2027, 3, 3), fox.From);
        Assert.Null(fox.To);
        Assert.Null(Assert.Single(seats, m => m.Person!.FullName == "Rita Osei").To);

        var groups = await db.PartyGroups.OrderBy(g => g.Name).Select(g => g.Name).ToListAsync(ct);
        Assert.Equal(["Conservative", "Labour"], groups);
        var osei = Assert.Single(await db.People.ToListAsync(ct), p => p.FullName == "Rita Osei");
        Assert.Equal("Labour", (await db.PartyGroups.SingleAsync(g => g.Id == osei.PartyGroupId, ct)).Name);

        var list = await db.ReserveLists.Include(l => l.Entries).ThenInclude(e => e.Person).SingleAsync(ct);
        Assert.Equal(["Uma Hale", "Vic Lamb"], list.InOrder().Select(e => e.Person!.FullName));
        var year = await db.MunicipalYears.SingleAsync(y => y.Id == list.MunicipalYearId, ct);
        Assert.True(year.Contains(new LocalDate(2026, 3, 4)));
    }

    private async Task<DatabaseSettings> NewDatabaseAsync(DatabaseProvider provider)
    {
        var settings = provider == DatabaseProvider.Sqlite
            ? DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath())
            : DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
        await TestDatabases.MigrateAsync(settings, clock, TestContext.Current.CancellationToken);
        return settings;
    }

    private sealed class RecordingListener : IPublicationListener
    {
        public List<PublishedChange> Changes { get; } = [];

        public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
        {
            Changes.Add(change);
            return Task.CompletedTask;
        }
    }
}
