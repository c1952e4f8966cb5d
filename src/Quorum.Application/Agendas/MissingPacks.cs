using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain.Publication;

namespace Quorum.Application.Agendas;

/// <summary>
/// Builds the packs of published agendas that have no pack file: the demo council (published by its generator,
/// not by the Publish action) and agendas published before packs were kept. Runs in the background after start-up,
/// newest meetings first, so the public site only ever reads pack files. Each pack built re-publishes its meeting,
/// because building records the items' page ranges that the cached pages link to. Off with
/// <c>Documents:BuildMissingPacks=false</c>.
/// </summary>
public sealed partial class MissingPacks(IServiceScopeFactory scopes, AgendaPackBuilder builder, PackFiles files, ILogger<MissingPacks> logger)
{
    public async Task<int> BuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<PublicationEvents>();
        var published = await db.Meetings.AsNoTracking().Include(m => m.Committee)
            .Where(m => m.AgendaPublishedOn != null)
            .OrderByDescending(m => m.Date)
            .ToListAsync(cancellationToken);
        var built = 0;
        foreach (var meeting in published.Where(m => files.PublicPack(m) is null))
        {
            if (!await AgendaPackBuilder.HasPublicPackAsync(db, meeting.Id, cancellationToken))
            {
                continue;
            }
            try
            {
                await builder.PublishAsync(db, meeting.Id, cancellationToken);
            }
            catch (MissingEnclosureException ex)
            {
                Log.PackUnavailable(logger, meeting.Id, ex.Message);
                db.ChangeTracker.Clear();
                continue;
            }
            db.ChangeTracker.Clear();
            built++;
            await events.PublishedAsync(new PublishedChange(meeting.Committee!.CouncilId, meeting.Id, PublishedContent.Agenda), cancellationToken);
        }
        return built;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The agenda pack of meeting {MeetingId} cannot be built: {Reason}")]
        public static partial void PackUnavailable(ILogger logger, Guid meetingId, string reason);

        [LoggerMessage(Level = LogLevel.Information, Message = "Built {Count} missing agenda packs.")]
        public static partial void Built(ILogger logger, int count);

        [LoggerMessage(Level = LogLevel.Error, Message = "Building the missing agenda packs stopped.")]
        public static partial void Failed(ILogger logger, Exception exception);
    }

    /// <summary>Runs <see cref="BuildAsync"/> once in the background when the host has started.</summary>
    public sealed class AtStart(MissingPacks packs, ILogger<MissingPacks> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                var built = await packs.BuildAsync(stoppingToken);
                Log.Built(logger, built);
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
