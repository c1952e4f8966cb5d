using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Backups;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Mail;
using Quorum.Domain.Participation;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Participation;

/// <summary>
/// The erasure job, with the clock moved on: a questioner's address is kept until the question period after the
/// meeting has run and then gone, from the database and from a backup made afterwards (SQLite's free pages and log
/// included); ended alert subscriptions and old copies of mail go after theirs, and petitioners' details after the
/// petition's; the name and question stay printed and the signature stays counted.
/// </summary>
public abstract class RetentionTests : IAsyncLifetime
{
    private const string Panel = "Housing Scrutiny Panel";

    private const string Address = "ruth.erasable@example.org";

    private static readonly LocalDate MeetingDay = new(2024, 12, 10);

    private static readonly RetentionPeriods Periods = new(QuestionContactDays: 90, AlertDays: 30, SentMailDays: 30, PetitionContactDays: 90);

    private TestClock Clock { get; } = new(Instant.FromUtc(2024, 12, 2, 10, 0));

    private DatabaseSettings? settings;

    private BuiltCouncil Council { get; } = TestCouncil.Named("Fernbridge District Council")
        .WithCouncillor("Ann Chair", "Independent")
        .WithCommittee(Panel, c => c.Chair("Ann Chair"))
        .WithMeeting(Panel, MeetingDay, m => m
            .AgendaPublished(new LocalDate(2024, 12, 2))
            .Item(1, "Public Questions")
            .Question("Ruth Resident", "When will the library reopen?", Instant.FromUtc(2024, 12, 1, 8, 0), email: Address))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
        var subscription = AlertSubscription.Request(Council.Committee(Panel).Id, "una.erasable@example.org", AlertFrequency.Immediately, Clock.Now);
        subscription.Confirm(Clock.Now);
        subscription.Unsubscribe(Clock.Now);
        db.AlertSubscriptions.Add(subscription);
        var sent = new OutgoingMail { To = "una.erasable@example.org", Subject = "Confirm", Text = "Confirm.", DueAt = Clock.Now };
        sent.Sent(Clock.Now);
        db.OutgoingMail.Add(sent);
        // A petition closing on the meeting's day, with one confirmed signature.
        var petition = new Petition { CouncilId = Council.Council.Id, Number = 1, Title = "Reopen the library", Asks = "Reopen it.", StartedBy = "Petra Starter", Email = "petra.erasable@example.org", ClosesOn = MeetingDay, ReceivedAt = Clock.Now };
        petition.Publish("clerk", Clock.Now);
        var signature = new PetitionSignature { PetitionId = petition.Id, Name = "Sid Signer", Email = "sid.erasable@example.org", EmailKey = "sid.erasable@example.org", SignedAt = Clock.Now };
        signature.Confirm(Clock.Now);
        db.Petitions.Add(petition);
        db.PetitionSignatures.Add(signature);
        await db.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);

    private async Task<Erasure> EraseAsync()
    {
        await using var db = Open();
        return await new PersonalDataRetention(db, Periods).EraseDueAsync(Cancel);
    }

    [Fact]
    public async Task Contact_details_are_kept_for_their_periods_then_erased_from_the_database_and_later_backups()
    {
        // 30 days on: the alert subscription and the mail copy go; the question's address is kept (90 days after the meeting).
        Clock.Advance(Duration.FromDays(30) + Duration.FromSeconds(1));
        Assert.Equal(new Erasure(0, 1, 1), await EraseAsync());
        await using (var db = Open())
        {
            Assert.Equal(Address, (await db.PublicQuestions.SingleAsync(Cancel)).Email);
            Assert.Equal(0, await db.AlertSubscriptions.IgnoreQueryFilters().CountAsync(Cancel));
            Assert.Equal(0, await db.OutgoingMail.IgnoreQueryFilters().CountAsync(Cancel));
        }

        // The 90th day after the meeting: still kept. The 91st: gone, the printed name and question stay.
        Clock.Advance(MeetingDay.PlusDays(90).AtStartOfDayInZone(CouncilTime.London).ToInstant() - Clock.Now + Duration.FromHours(12));
        Assert.Equal(new Erasure(0, 0, 0), await EraseAsync());
        Clock.Advance(Duration.FromDays(1));
        Assert.Equal(new Erasure(1, 0, 0, 2), await EraseAsync());
        Assert.Equal(new Erasure(0, 0, 0), await EraseAsync());
        await using (var db = Open())
        {
            var question = await db.PublicQuestions.SingleAsync(Cancel);
            Assert.Equal(("", "Ruth Resident", "When will the library reopen?"), (question.Email, question.AskedBy, question.Text));
            Assert.Equal(("", "Petra Starter"), await db.Petitions.Select(p => new ValueTuple<string, string>(p.Email, p.StartedBy)).SingleAsync(Cancel));
            var signature = await db.PetitionSignatures.SingleAsync(Cancel);
            Assert.Equal(("", ""), (signature.Name, signature.Email));
            Assert.NotNull(signature.ConfirmedAt);
        }

        // A backup made now holds no trace of the addresses.
        var archive = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqlitePath())!, "backup.zip");
        await QuorumBackup.CreateAsync(settings!, null, archive, Clock, Cancel);
        var bytes = new List<byte>();
        using (var zip = ZipFile.OpenRead(archive))
        {
            foreach (var entry in zip.Entries)
            {
                await using var stream = entry.Open();
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, Cancel);
                bytes.AddRange(copy.ToArray());
            }
        }
        var text = Encoding.Latin1.GetString([.. bytes]);
        Assert.DoesNotContain("erasable@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sid Signer", text, StringComparison.Ordinal);
        if (settings!.SqlitePath is { } file)
        {
            Assert.DoesNotContain("erasable@example.org", Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, Cancel)), StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteRetentionTests : RetentionTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresRetentionTests : RetentionTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
