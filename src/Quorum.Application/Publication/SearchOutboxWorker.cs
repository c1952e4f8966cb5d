using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Quorum.Domain.Publication;
using Quorum.Search.Indexing;

namespace Quorum.Application.Publication;

/// <summary>
/// Applies the search outbox in the background for as long as the host runs: at start (what an earlier run left),
/// whenever a publication could not apply its own update at once, when a retry falls due, and every 30 seconds for
/// rows another process wrote (a command's <see cref="PublishedContent.SearchIndex"/> notice among them). Whatever it
/// applies is told to the host's listeners as <see cref="PublishedContent.SearchIndex"/>, so cached search answers
/// (here, and on the other nodes) do not outlive an update that was put off.
/// </summary>
public sealed partial class SearchOutboxWorker(
    SearchOutbox outbox, IClock clock, IEnumerable<IPublicationListener> listeners, ILogger<SearchOutboxWorker> logger) : BackgroundService
{
    private readonly PublicationEvents events = new(listeners);

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WhileBusy = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterError = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                var pass = await outbox.ApplyPendingAsync(cancellationToken: stoppingToken);
                if (pass.Applied + pass.Failed > 0)
                {
                    Log.Pass(logger, pass.Applied, pass.Failed, pass.Pending);
                }
                if (pass.Applied > 0)
                {
                    await events.PublishedAsync(PublicSearch.IndexChanged, stoppingToken);
                }
                if (pass.IndexBusy)
                {
                    wait = WhileBusy;
                }
                else if (pass.NextAttemptAt is { } next)
                {
                    var due = (next - clock.GetCurrentInstant()).ToTimeSpan();
                    wait = due < WhileBusy ? WhileBusy : due < Poll ? due : Poll;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The main database itself failed (the outbox could not be read): try again shortly.
                Log.PassFailed(logger, ex);
                wait = AfterError;
            }
            try
            {
                await outbox.WaitForWorkAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Search outbox: {Applied} updates applied, {Failed} failed, {Pending} waiting.")]
        public static partial void Pass(ILogger logger, int applied, int failed, int pending);

        [LoggerMessage(Level = LogLevel.Error, Message = "The search outbox could not be read; trying again shortly.")]
        public static partial void PassFailed(ILogger logger, Exception exception);
    }
}
