using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Participation;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Participation;

/// <summary>
/// Deputations to a meeting, stored: asked for on an item of the published agenda up to the deadline, numbered in
/// order of receipt, the chair's decision recorded with its reason and the time allowed, and the accepted ones
/// printed under their item without the requester's e-mail address.
/// </summary>
public abstract class DeputationsTests : IAsyncLifetime
{
    private const string Panel = "Housing Scrutiny Panel";

    // Tuesday 10 December 2024: requests close at 3pm on Thursday 5 December (Harrow's question deadline).
    private static readonly LocalDate MeetingDay = new(2024, 12, 10);
    private static readonly Instant Deadline = new LocalDateTime(2024, 12, 5, 15, 0).InZoneStrictly(CouncilTime.London).ToInstant();

    private readonly List<PublishedChange> heard = [];
    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2024, 12, 2, 10, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Fernbridge District Council")
        .WithCouncillor("Ann Chair", "Independent")
        .WithCommittee(Panel, c => c.Chair("Ann Chair"))
        .WithMeeting(Panel, MeetingDay, m => m
            .AgendaPublished(new LocalDate(2024, 12, 2))
            .Item(1, "Declarations of Interest", i => i.Edit(item => item.Standing = Domain.Meetings.StandingItem.DeclarationsOfInterest))
            .Item(2, "Temporary Accommodation")
            .PartII(3, "Hostel lease", paragraph: 3))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Guid MeetingId => Council.Meeting(MeetingDay).Id;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);

    private Deputations Deputations(QuorumDbContext db) => new(db, ProcedureRulebook.Harrow, new PublicationEvents([new Listener(heard)]));

    private async Task<Deputation> RequestAsync(string name, int? item, string subject = "Please keep the hostel open.")
    {
        await using var db = Open();
        return await Deputations(db).RequestAsync(MeetingId, new DeputationForm(name, "Tenants' Association", $"{name.Split(' ')[0].ToLowerInvariant()}@example.org", item, subject), Cancel);
    }

    [Fact]
    public async Task Only_Part_I_business_may_be_chosen_and_requests_are_taken_up_to_the_deadline_in_order_of_receipt()
    {
        await using (var db = Open())
        {
            Assert.Equal([new DeputationItem(2, "Temporary Accommodation")], await Deputations(db).ItemsAsync(MeetingId, Cancel));
        }
        var wrongItem = await Assert.ThrowsAsync<DeputationRefusedException>(() => RequestAsync("Ruth Resident", 3));
        Assert.Equal("item", Assert.Single(wrongItem.Problems).Field);

        Clock.Advance(Deadline - Clock.Now);
        var first = await RequestAsync("Ruth Resident", 2);
        var second = await RequestAsync("Sam Speaker", 2);
        Assert.Equal((1, 2), (first.Number, second.Number));

        Clock.Advance(Duration.FromSeconds(1));
        var late = await Assert.ThrowsAsync<DeputationRefusedException>(() => RequestAsync("Late Larry", 2));
        Assert.Null(Assert.Single(late.Problems).Field);
        await using var check = Open();
        Assert.Equal(2, await check.Deputations.CountAsync(Cancel));
    }

    [Fact]
    public async Task The_chairs_decision_is_recorded_and_an_accepted_deputation_is_printed_under_its_item()
    {
        var heardOne = await RequestAsync("Ruth Resident", 2);
        var refusedOne = await RequestAsync("Sam Speaker", 2);
        await using (var db = Open())
        {
            var tooLong = await Assert.ThrowsAsync<ProcedureRuleException>(() => Deputations(db).AcceptAsync(heardOne.Id, 15, null, "clerk", Cancel));
            Assert.Equal("CPR-7", tooLong.Rule);
            await Deputations(db).AcceptAsync(heardOne.Id, 5, "Directly affected by item 2", "clerk", Cancel);
            await Assert.ThrowsAsync<ProcedureRuleException>(() => Deputations(db).RefuseAsync(refusedOne.Id, " ", "clerk", Cancel));
            await Deputations(db).RefuseAsync(refusedOne.Id, "The same points are made by the first deputation.", "clerk", Cancel);
        }
        await using (var db = Open())
        {
            var printed = Assert.Single(await Application.Participation.Deputations.Printed(db, MeetingId, Cancel));
            Assert.Equal(("Ruth Resident", "Tenants' Association", 5, Council.Item(MeetingDay, 2).Id), (printed.Speaker, printed.Organisation, printed.Minutes, printed.AgendaItemId));
            var refused = await db.Deputations.SingleAsync(d => d.Id == refusedOne.Id, Cancel);
            Assert.Equal((DeputationStatus.Refused, "The same points are made by the first deputation.", "clerk"), (refused.Status, refused.ChairsReason!, refused.RecordedBy!));

        }
        Assert.Equal(1, heard.Count(c => c.Content == PublishedContent.Deputations && c.MeetingId == MeetingId));
    }

    private sealed class Listener(List<PublishedChange> heard) : IPublicationListener
    {
        public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
        {
            heard.Add(change);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteDeputationsTests : DeputationsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresDeputationsTests : DeputationsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
