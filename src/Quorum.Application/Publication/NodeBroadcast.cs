using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.Search.Indexing;

namespace Quorum.Application.Publication;

/// <summary>
/// What a web node keeps of public material in its own memory (the page cache), which a publication on another node
/// sharing the database makes stale.
/// </summary>
public interface INodeLocalCopy
{
    Task OnPublishedElsewhereAsync(PublishedChange change, CancellationToken cancellationToken);
}

/// <summary>
/// Several web nodes on one PostgreSQL database: each publication is told to every other node with PostgreSQL's
/// <c>NOTIFY</c> (after the cache and the search index of the node that published have heard it), and each node
/// <c>LISTEN</c>s, evicts its cached pages and wakes its search outbox worker. The index itself is shared tables, so
/// the worker only matters when the publishing node could not apply its update at once.
/// </summary>
public static class NodeBroadcast
{
    public const string Channel = "quorum_publication";

    /// <summary>On PostgreSQL: the sender, registered after the other listeners, and the receiver. Nothing on SQLite.</summary>
    public static IServiceCollection AddNodeBroadcast(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return services;
        }
        services.AddSingleton<PublicationBroadcast>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicationListener, PublicationBroadcast>(sp => sp.GetRequiredService<PublicationBroadcast>()));
        services.AddHostedService<PublicationReceiver>();
        return services;
    }

    internal static string Payload(Guid node, PublishedChange change) =>
        JsonSerializer.Serialize(new Message(node, change.CouncilId, change.MeetingId, change.Content));

    internal static Message? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Message>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A non-pooled connection: LISTEN belongs to the session, and a NOTIFY must not wait on a busy pool.</summary>
    internal static NpgsqlConnection Connect(DatabaseSettings database) =>
        new(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);

    internal sealed record Message(Guid Node, Guid CouncilId, Guid? MeetingId, PublishedContent Content)
    {
        public PublishedChange Change => new(CouncilId, MeetingId, Content);
    }
}

/// <summary>Tells the other nodes of each publication on this one (or of a command's, such as <c>quorum import</c>).</summary>
public sealed partial class PublicationBroadcast(DatabaseSettings database, ILogger<PublicationBroadcast> logger) : IPublicationListener
{
    /// <summary>This process, so that its own notices are not acted on twice.</summary>
    public Guid Node { get; } = Guid.NewGuid();

    public async Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = NodeBroadcast.Connect(database);
            await connection.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify($1, $2)", connection);
            notify.Parameters.AddWithValue(NodeBroadcast.Channel);
            notify.Parameters.AddWithValue(NodeBroadcast.Payload(Node, change));
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // The publication has committed; other nodes' pages catch up when their cache entries expire.
            Log.NotSent(logger, ex, change.Content, change.MeetingId);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The other nodes could not be told of {Content} of meeting {MeetingId}; their pages refresh within five minutes.")]
        public static partial void NotSent(ILogger logger, Exception exception, PublishedContent content, Guid? meetingId);
    }
}

/// <summary>
/// Listens for other nodes' publications for as long as the host runs. After a lost connection it reconnects and
/// evicts everything once, since notices sent meanwhile were missed.
/// </summary>
public sealed partial class PublicationReceiver(
    DatabaseSettings database, PublicationBroadcast sender, IEnumerable<INodeLocalCopy> copies, SearchOutbox outbox,
    ILogger<PublicationReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var missed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(missed, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException)
            {
                Log.Lost(logger, ex);
                missed = true;
                try
                {
                    await Task.Delay(Reconnect, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(bool missed, CancellationToken stoppingToken)
    {
        await using var connection = NodeBroadcast.Connect(database);
        await connection.OpenAsync(stoppingToken);
        var heard = new List<PublishedChange>();
        connection.Notification += (_, notice) =>
        {
            if (NodeBroadcast.Read(notice.Payload) is { } message && message.Node != sender.Node)
            {
                heard.Add(message.Change);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {NodeBroadcast.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        if (missed)
        {
            // Any council will do: the page cache evicts everything whatever the change.
            await TellAsync(new PublishedChange(Guid.Empty, null, PublishedContent.Membership), stoppingToken);
        }
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            var changes = heard.ToList();
            heard.Clear();
            foreach (var change in changes)
            {
                await TellAsync(change, stoppingToken);
            }
        }
    }

    private async Task TellAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        foreach (var copy in copies)
        {
            try
            {
                await copy.OnPublishedElsewhereAsync(change, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.CopyFailed(logger, ex, change.Content);
            }
        }
        outbox.Notify();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears other nodes' publications; reconnecting.")]
        public static partial void Lost(ILogger logger, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "A copy of public material on this node could not be refreshed after {Content} was published on another node.")]
        public static partial void CopyFailed(ILogger logger, Exception exception, PublishedContent content);
    }
}
