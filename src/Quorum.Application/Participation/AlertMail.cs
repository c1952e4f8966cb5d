using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Mail;
using Quorum.Data;
using Quorum.Domain.Mail;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Application.Participation;

/// <summary>
/// Puts alert mail for a body's subscribers into the outbox, through the caller's context, so the mail is saved in
/// the same transaction as the publication that causes it (and rolled back with it). Only Part I items are named:
/// exempt business is never in a mail, not even by title.
/// </summary>
public sealed class AlertMail(QuorumDbContext db, MailSettings settings)
{
    /// <summary>The mail for an agenda published (or a supplementary agenda with the public items given).</summary>
    public async Task QueueAgendaAsync(Meeting meeting, IReadOnlyCollection<int>? supplementaryItems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var committee = meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.");
        var subscribers = await db.AlertSubscriptions.AsNoTracking()
            .Where(s => s.CommitteeId == committee.Id && s.ConfirmedAt != null && s.UnsubscribedAt == null)
            .ToListAsync(cancellationToken);
        if (subscribers.Count == 0)
        {
            return;
        }
        var items = meeting.AgendaItems
            .Where(i => i.Part is AgendaPart.PartI && !i.IsDeleted && (supplementaryItems is null || supplementaryItems.Contains(i.Number)))
            .OrderBy(i => i.Number)
            .Select(i => $"{i.Number}. {i.Title}");
        var when = meeting.Date.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture);
        var subject = supplementaryItems is null
            ? $"Agenda published: {committee.Name}, {when}"
            : $"More papers published: {committee.Name}, {when}";
        var opening = supplementaryItems is null
            ? $"The agenda for the meeting of the {committee.Name} on {when} has been published."
            : $"Papers to follow for the meeting of the {committee.Name} on {when} have been published.";
        var text = $"{opening}\n\n{string.Join('\n', items)}\n\nRead the agenda and papers:\n{settings.Link($"/meetings/{meeting.Date:yyyy-MM-dd}/{committee.Slug}")}";
        Queue(subscribers, subject, text);
    }

    private void Queue(IEnumerable<AlertSubscription> subscribers, string subject, string text)
    {
        var now = db.Clock.GetCurrentInstant();
        foreach (var subscriber in subscribers)
        {
            db.OutgoingMail.Add(new OutgoingMail
            {
                To = subscriber.Email,
                Subject = subject.Length > OutgoingMail.MaxSubjectLength ? subject[..OutgoingMail.MaxSubjectLength] : subject,
                Text = text,
                UnsubscribeUrl = settings.Link($"/alerts/unsubscribe/{subscriber.Token}"),
                DigestOf = subscriber.Frequency is AlertFrequency.DailyDigest ? subscriber.Id : null,
                DueAt = AlertRules.DueAt(subscriber.Frequency, now),
            });
        }
    }
}
