using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Outcomes;

/// <summary>Recording that a meeting was held: only on or after its day, never for a cancelled one, announced.</summary>
public abstract class MeetingLifecycleTests : OutcomesDatabase
{
    private readonly List<PublishedChange> heard = [];

    private MeetingLifecycle Lifecycle(QuorumDbContext db) => new(db, Clock, CouncilTime.London, new PublicationEvents([new Listener(heard)]));

    [Fact]
    public async Task A_meeting_on_or_before_today_is_marked_held_with_its_closing_time_and_announced()
    {
        var november = Council.Meeting(November).Id;
        await using (var db = Open())
        {
            // The clock says 18 September 2024: the November meeting has not taken place.
            var early = await Assert.ThrowsAsync<ProcedureRuleException>(() => Lifecycle(db).MarkHeldAsync(november, new LocalTime(21, 0), Cancel));
            Assert.Contains("has not yet taken place", early.Detail, StringComparison.Ordinal);
        }
        await using (var db = Open())
        {
            var scheduled = await db.Meetings.SingleAsync(m => m.Id == november, Cancel);
            scheduled.Date = new LocalDate(2024, 9, 16);
            await db.SaveChangesAsync(Cancel);
        }
        await using (var db = Open())
        {
            var held = await Lifecycle(db).MarkHeldAsync(november, new LocalTime(20, 45), Cancel);
            Assert.Equal((MeetingStatus.Held, new LocalTime(20, 45)), (held.Status, held.ClosedAt!.Value));
        }
        await using (var db = Open())
        {
            var stored = await db.Meetings.SingleAsync(m => m.Id == november, Cancel);
            Assert.Equal(MeetingStatus.Held, stored.Status);
        }
        var change = Assert.Single(heard);
        Assert.Equal((november, PublishedContent.Minutes), (change.MeetingId!.Value, change.Content));
    }

    [Fact]
    public async Task A_cancelled_meeting_cannot_be_marked_held()
    {
        var id = Council.Meeting(November).Id;
        await using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == id, Cancel);
            meeting.Date = new LocalDate(2024, 9, 16);
            meeting.Cancel("Not quorate");
            await db.SaveChangesAsync(Cancel);
        }
        await using (var db = Open())
        {
            var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => Lifecycle(db).MarkHeldAsync(id, new LocalTime(21, 0), Cancel));
            Assert.Contains("cancelled", refused.Detail, StringComparison.Ordinal);
        }
        Assert.Empty(heard);
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

public sealed class SqliteMeetingLifecycleTests : MeetingLifecycleTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresMeetingLifecycleTests : MeetingLifecycleTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
