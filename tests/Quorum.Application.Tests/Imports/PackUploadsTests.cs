using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Documents;
using Quorum.Application.Imports;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Imports;

/// <summary>
/// The staff page's way in for past papers, on a real SQLite file and a real PostgreSQL database: an upload kept under
/// a random name, read for a preview, imported into the page's council (not the one the paper's e-mail names) once,
/// announced and audited; the same file again changes nothing.
/// </summary>
public sealed class PackUploadsTests : IDisposable
{
    /// <summary>Kent's Cabinet agenda of 4 March 2025 from the importer's corpus; its contact is at kent.gov.uk.</summary>
    private static readonly string Kent = Path.Combine(RepoPaths.Root, "tests", "Quorum.Import.Tests", "Corpus", "mg-kent-cabinet-agenda-2025-03-04.txt");

    private readonly TestClock clock = new(Instant.FromUtc(2026, 6, 1, 8, 0));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "quorum-uploads-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_upload_is_previewed_then_imported_into_the_pages_council_once_announced_and_audited(DatabaseProvider provider)
    {
        var settings = provider == DatabaseProvider.Sqlite
            ? DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath())
            : DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
        await TestDatabases.MigrateAsync(settings, clock, Cancel);
        Guid councilId;
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            councilId = (await TestCouncil.Named("Fernbridge District Council").WithCommittee("Cabinet", c => c.Purpose("The executive.")).SaveAsync(db, Cancel)).Council.Id;
        }
        var listener = new RecordedPublications();
        var uploads = new PackUploads(settings, clock, listener.Events, new DocumentStore(folder), new PackUploadRules(1024 * 1024));
        var waiting = Path.Combine(folder, "imports");

        var (upload, preview) = await StageAsync(uploads, "C:\\Users\\jo\\..\\Kent cabinet.txt", councilId);
        Assert.Equal("Kent cabinet.txt", upload.FileName);
        Assert.Equal([$"{upload.Id:N}.json", $"{upload.Id:N}.pack"], Directory.GetFiles(waiting).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Printed "CABINET": the council's own Cabinet, which the importer finds by its slug.
        Assert.Equal(("CABINET", "Cabinet"), (preview.Body, preview.ExistingBody));
        Assert.Equal(("Agenda", "CABINET", new LocalDate(2025, 3, 4), (LocalTime?)new LocalTime(10, 0), "Council Chamber, Sessions House, County Hall, Maidstone"), (preview.Kind, preview.Body, preview.Date, preview.Time, preview.Venue));
        Assert.Equal(8, preview.Agenda.Count);
        Assert.Null(preview.Before);
        Assert.Null(await uploads.FindAsync(upload.Id, Guid.NewGuid(), Cancel));
        Assert.Null(await uploads.ImportAsync(upload.Id, Guid.NewGuid(), "someone.else", Cancel));

        var imported = await uploads.ImportAsync(upload.Id, councilId, "jo.frost", Cancel);
        Assert.NotNull(imported);
        Assert.Equal(PackImportOutcome.Imported, imported.Result.Outcome);
        Assert.Equal("/meetings/2025-03-04/cabinet", imported.MeetingPage);
        Assert.Empty(Directory.GetFiles(waiting));
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            Assert.Equal(["Fernbridge District Council"], await db.Councils.Select(c => c.Name).ToListAsync(Cancel));
            var meeting = await db.Meetings.SingleAsync(m => m.Id == imported.Result.MeetingId, Cancel);
            Assert.Equal(councilId, (await db.Committees.SingleAsync(c => c.Id == meeting.CommitteeId, Cancel)).CouncilId);
            var entry = await db.AuditEntries.SingleAsync(Cancel);
            Assert.Equal(("jo.frost", "Imported past papers", "Meeting", (Guid?)meeting.Id), (entry.Actor, entry.Action, entry.EntityType, entry.EntityId));
            Assert.Contains("Kent cabinet.txt", entry.After, StringComparison.Ordinal);
            Assert.Contains(new PublishedChange(councilId, meeting.Id, PublishedContent.ImportedPack), listener.Changes);
        }
        var before = await CountsAsync(settings);

        var (again, second) = await StageAsync(uploads, "kent-again.txt", councilId);
        Assert.Equal("Kent cabinet.txt", second.Before?.FileName);
        var unchanged = await uploads.ImportAsync(again.Id, councilId, "jo.frost", Cancel);
        Assert.Equal(PackImportOutcome.Unchanged, unchanged?.Result.Outcome);
        Assert.Equal(before, await CountsAsync(settings));
        Assert.Empty(Directory.GetFiles(waiting));

        // Another council on the same install imports the same file (a joint body's papers are published by each of
        // its councils): it is new to that council, and the first council's import is neither named nor touched.
        Guid otherId;
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            otherId = (await TestCouncil.Named("Ashcombe Borough Council").WithCommittee("Cabinet", c => c.Purpose("The executive.")).SaveAsync(db, Cancel)).Council.Id;
        }
        var (theirs, theirPreview) = await StageAsync(uploads, "kent.txt", otherId);
        Assert.Null(theirPreview.Before);
        var theirImport = await uploads.ImportAsync(theirs.Id, otherId, "sam.lee", Cancel);
        Assert.Equal(PackImportOutcome.Imported, theirImport?.Result.Outcome);
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            Assert.Equal([councilId, otherId], (await db.ImportedPacks.Select(p => p.CouncilId).ToListAsync(Cancel)).OrderBy(id => id == otherId));
            Assert.Equal(otherId, await db.Meetings.Where(m => m.Id == theirImport!.Result.MeetingId).Select(m => m.Committee!.CouncilId).SingleAsync(Cancel));
            Assert.Equal(1, await db.StoredPackFiles.CountAsync(Cancel));
        }
    }

    [Fact]
    public async Task A_paper_that_names_no_meeting_is_refused_at_upload_naming_the_file_and_nothing_is_kept()
    {
        var settings = DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
        await TestDatabases.MigrateAsync(settings, clock, Cancel);
        var uploads = new PackUploads(settings, clock, Publications.Unheard, new DocumentStore(folder), new PackUploadRules(1024 * 1024));
        var undated = Path.Combine(RepoPaths.Root, "tests", "Quorum.Import.Tests", "Corpus", "ot-kidsgrove-tc-agenda-undated.txt");
        await using var content = File.OpenRead(undated);

        var refused = await Assert.ThrowsAsync<PackUploadRefusedException>(() => uploads.StageAsync(content, "kidsgrove.txt", content.Length, Guid.NewGuid(), "jo.frost", Cancel));

        Assert.Equal("kidsgrove.txt: the pack names no meeting (committee and date); nothing was imported.", refused.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "imports")));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(StagedPack, PackPreview)> StageAsync(PackUploads uploads, string name, Guid councilId)
    {
        await using var content = File.OpenRead(Kent);
        return await uploads.StageAsync(content, name, content.Length, councilId, "jo.frost", Cancel);
    }

    private async Task<(int, int, int, int, int)> CountsAsync(DatabaseSettings settings)
    {
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        return (await db.Meetings.CountAsync(Cancel), await db.AgendaItems.CountAsync(Cancel), await db.People.CountAsync(Cancel),
            await db.ImportedPacks.CountAsync(Cancel), await db.AuditEntries.CountAsync(Cancel));
    }
}
