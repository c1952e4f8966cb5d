using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Publication;

namespace Quorum.Application.Agendas;

/// <summary>
/// Builds the packs of published agendas that have no pack file: the demo council (published by its generator,
/// not by the Publish action) and agendas published before packs were kept. Runs in the background after start-up,
/// newest meetings first, so the public site only ever reads pack files. Each pack built re-publishes its meeting,
/// because building records the items' page ranges that the cached pages link to. Off with
/// <c>Documents:BuildMissingPacks=false</c>.
/// </summary>
/// <remarks>
/// A meeting whose save meets a busy database (a clerk publishing, an import) is tried again after the others, with
/// a growing pause, until it is built or the host stops; a meeting that fails for another reason is logged and
/// skipped until the next start. Either way the rest are built.
/// </remarks>
public sealed partial class MissingPacks(IServiceScopeFactory scopes, AgendaPackBuilder builder, PackFiles files, ILogger<MissingPacks> logger)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    /// <summary>Pause before trying busy meetings again; tests shorten it.</summary>
    public TimeSpan RetryPause { get; init; } = FirstPause;

    public async Task<int> BuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<PublicationEvents>();
        var waiting = await db.Meetings.AsNoTracking().Include(m => m.Committee)
            .Where(m => m.AgendaPublishedOn != null)
            .OrderByDescending(m => m.Date)
            .ToListAsync(cancellationToken);
        var built = 0;
        var pause = RetryPause;
        while (true)
        {
            var busy = new List<Meeting>();
            foreach (var meeting in waiting.Where(m => files.PublicPack(m) is null))
            {
                try
                {
                    if (await BuildOneAsync(db, meeting, cancellationToken))
                    {
                        built++;
                        await events.PublishedAsync(new PublishedChange(meeting.Committee!.CouncilId, meeting.Id, PublishedContent.Agenda), cancellationToken);
                    }
                }
                catch (Exception ex) when (TransientErrors.IsTransient(ex))
                {
                    Log.Busy(logger, meeting.Id, ex.Message);
                    busy.Add(meeting);
                }
                catch (Exception ex) when (ex is not OperationCanceledException && ex is not OutOfMemoryException)
                {
                    Log.MeetingFailed(logger, ex, meeting.Id);
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }
            if (busy.Count == 0)
            {
                return built;
            }
            await Task.Delay(pause, cancellationToken);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            waiting = busy;
        }
    }

    /// <summary>Builds one meeting's packs; false when it cannot have a public pack (an enclosure has no file).</summary>
    private async Task<bool> BuildOneAsync(QuorumDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        if (!await AgendaPackBuilder.HasPublicPackAsync(db, meeting.Id, cancellationToken))
        {
            return false;
        }
        try
        {
            await builder.PublishAsync(db, meeting.Id, cancellationToken);
            return true;
        }
        catch (MissingEnclosureException ex)
        {
            Log.PackUnavailable(logger, meeting.Id, ex.Message);
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The agenda pack of meeting {MeetingId} cannot be built: {Reason}")]
        public static partial void PackUnavailable(ILogger logger, Guid meetingId, string reason);

        [LoggerMessage(Level = LogLevel.Information, Message = "The database was busy while the agenda pack of meeting {MeetingId} was saved ({Reason}); it is tried again after the others.")]
        public static partial void Busy(ILogger logger, Guid meetingId, string reason);

        [LoggerMessage(Level = LogLevel.Error, Message = "The agenda pack of meeting {MeetingId} could not be built; it is tried again at the next start.")]
        public static partial void MeetingFailed(ILogger logger, Exception exception, Guid meetingId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Built {Count} missing agenda packs.")]
        public static partial void Built(ILogger logger, int count);

        [LoggerMessage(Level = LogLevel.Error, Message = "Building the missing agenda packs stopped.")]
        public static partial void Failed(ILogger logger, Exception exception);
    }

    /// <summary>
    /// Runs <see cref="BuildAsync"/> once in the background when the host has started; one node at a time, so that
    /// nodes started together do not build the same packs (the second finds them built).
    /// </summary>
    public sealed class AtStart(MissingPacks packs, DatabaseSettings database, ILogger<MissingPacks> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                await OneNodeAtATime.RunAsync(database, OneNodeAtATime.PackBackfill, async () =>
                {
                    var built = await packs.BuildAsync(stoppingToken);
                    Log.Built(logger, built);
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping; the rest are built at the next start.
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log.Failed(logger, ex);
            }
        }
    }
}
