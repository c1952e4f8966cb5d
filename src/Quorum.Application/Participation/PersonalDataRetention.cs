using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Participation;

namespace Quorum.Application.Participation;

/// <summary>What one run of the erasure job removed.</summary>
public sealed record Erasure(int QuestionContacts, int AlertSubscriptions, int Mail, int PetitionContacts = 0);

/// <summary>
/// Erases residents' contact details once their <see cref="RetentionPeriods"/> have run: questioners' e-mail
/// addresses, ended or never-confirmed alert subscriptions, copies of mail sent, and petition starters' addresses and
/// signers' names and addresses (the confirmed count stays). Rows are removed or overwritten
/// for good (not tombstoned), and on SQLite with <c>secure_delete</c> and a checkpoint, so the old values are not left
/// in free pages or the write-ahead log for a backup made afterwards to copy.
/// </summary>
public sealed partial class PersonalDataRetention(QuorumDbContext db, RetentionPeriods periods)
{
    public async Task<Erasure> EraseDueAsync(CancellationToken cancellationToken = default)
    {
        var now = db.Clock.GetCurrentInstant();
        var today = now.InZone(CouncilTime.London).Date;
        var meetingsBefore = today.PlusDays(-periods.QuestionContactDays);
        var alertsBefore = now - Duration.FromDays(periods.AlertDays);
        var mailBefore = now - Duration.FromDays(periods.SentMailDays);
        var petitionsBefore = today.PlusDays(-periods.PetitionContactDays);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var sqlite = db.Provider == DatabaseProvider.Sqlite;
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON", cancellationToken);
            }
            var meetings = db.Meetings.IgnoreQueryFilters().Where(m => m.Date < meetingsBefore).Select(m => m.Id);
            // The key keeps one question per person per meeting unique without keeping the address.
            var questions = await db.PublicQuestions.IgnoreQueryFilters()
                .Where(q => q.Email != "" && meetings.Contains(q.MeetingId))
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.Email, "").SetProperty(q => q.EmailKey, q => "erased " + q.Number.ToString()).SetProperty(q => q.Modified, now), cancellationToken);
            var subscriptions = await db.AlertSubscriptions.IgnoreQueryFilters()
                .Where(s => (s.UnsubscribedAt != null && s.UnsubscribedAt < alertsBefore) || (s.ConfirmedAt == null && s.RequestedAt < alertsBefore))
                .ExecuteDeleteAsync(cancellationToken);
            var mail = await db.OutgoingMail.IgnoreQueryFilters()
                .Where(m => m.Deleted != null || (m.SentAt != null && m.SentAt < mailBefore) || (m.GaveUpAt != null && m.GaveUpAt < mailBefore))
                .ExecuteDeleteAsync(cancellationToken);
            var petitions = db.Petitions.IgnoreQueryFilters().Where(p => p.ClosesOn < petitionsBefore);
            var starters = await petitions.Where(p => p.Email != "")
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "").SetProperty(p => p.Modified, now), cancellationToken);
            var closed = petitions.Select(p => p.Id);
            // The signature's random token stands in as its key, so one-per-person stays unique without the address.
            var signers = await db.PetitionSignatures.IgnoreQueryFilters()
                .Where(s => s.Email != "" && closed.Contains(s.PetitionId))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Email, "").SetProperty(x => x.Name, "").SetProperty(x => x.EmailKey, x => x.Token).SetProperty(x => x.Modified, now), cancellationToken);
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
            }
            return new Erasure(questions, subscriptions, mail, starters + signers);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs the erasure at start and every hour for as long as the host runs.</summary>
    public sealed partial class Worker(IServiceScopeFactory scopes, ILogger<Worker> logger) : BackgroundService
    {
        private static readonly TimeSpan Every = TimeSpan.FromHours(1);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var erased = await scope.ServiceProvider.GetRequiredService<PersonalDataRetention>().EraseDueAsync(stoppingToken);
                    if (erased.QuestionContacts + erased.AlertSubscriptions + erased.Mail + erased.PetitionContacts > 0)
                    {
                        Log.Erased(logger, erased.QuestionContacts, erased.AlertSubscriptions, erased.Mail, erased.PetitionContacts);
                    }
                    await Task.Delay(Every, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Tried again at the next hour; nothing is erased by halves (each statement is whole).
                    Log.Failed(logger, ex);
                    await Task.Delay(Every, stoppingToken);
                }
            }
        }

        private static partial class Log
        {
            [LoggerMessage(Level = LogLevel.Information, Message = "Retention: erased {Questions} questioners' addresses, {Subscriptions} alert subscriptions, {Mail} mails and {Petitions} petitioners' details.")]
            public static partial void Erased(ILogger logger, int questions, int subscriptions, int mail, int petitions);

            [LoggerMessage(Level = LogLevel.Error, Message = "Retention: the erasure job failed; it runs again in an hour.")]
            public static partial void Failed(ILogger logger, Exception exception);
        }
    }
}
