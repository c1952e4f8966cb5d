using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quorum.Data;

namespace Quorum.Application.Mail;

/// <summary>Sends the outbox's due mail for as long as the host runs, every <see cref="MailSettings.Poll"/>.</summary>
public sealed partial class MailOutboxWorker(IServiceScopeFactory scopes, MailSettings settings, DatabaseSettings database, ILogger<MailOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.CanSend)
        {
            Log.NoRelay(logger);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Web nodes sharing one database take turns, so no due row is sent by two of them.
                await OneNodeAtATime.RunAsync(database, OneNodeAtATime.MailOutbox, async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var pass = await scope.ServiceProvider.GetRequiredService<MailOutbox>().SendDueAsync(stoppingToken);
                    if (pass.Sent + pass.Failed > 0)
                    {
                        Log.Pass(logger, pass.Sent, pass.Failed);
                    }
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The database itself failed; the rows are still there for the next pass.
                Log.PassFailed(logger, ex);
            }
            try
            {
                await Task.Delay(settings.Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Mail: {Sent} messages sent, {Failed} failed and kept to try again.")]
        public static partial void Pass(ILogger logger, int sent, int failed);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Mail: no SMTP relay is set (Mail:Host), so no mail is sent.")]
        public static partial void NoRelay(ILogger logger);

        [LoggerMessage(Level = LogLevel.Error, Message = "Mail: the outbox could not be read; trying again shortly.")]
        public static partial void PassFailed(ILogger logger, Exception exception);
    }
}
