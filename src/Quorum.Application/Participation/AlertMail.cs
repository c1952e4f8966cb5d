using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Mail;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Mail;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Application.Participation;

/// <summary>
/// Puts alert mail into the outbox, through the caller's context, so the mail is saved in the same transaction as the
/// publication that causes it (and rolled back with it). Only Part I items and public reports are named, or matched
/// against a ward or saved search: exempt business and drafts are never in a mail, not even by title, nor decide who
/// is mailed. What mails whom: an agenda published mails the body's subscribers, those following a councillor who
/// sits on the body, those following a ward a public report on it names, and saved searches a public item or report
/// on it matches; a petition published or answered mails those following petitions; a forward plan entry listed or
/// changed mails those following the plan and the wards it names.
/// </summary>
public sealed class AlertMail(QuorumDbContext db, MailSettings settings)
{
    /// <summary>The mail for an agenda published (or a supplementary agenda with the public items given).</summary>
    public async Task QueueAgendaAsync(Meeting meeting, IReadOnlyCollection<int>? supplementaryItems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var committee = meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.");
        var published = meeting.AgendaItems
            .Where(i => i.Part is AgendaPart.PartI && !i.IsDeleted && (supplementaryItems is null || supplementaryItems.Contains(i.Number)))
            .OrderBy(i => i.Number)
            .ToList();
        var itemIds = published.Select(i => i.Id).ToList();
        // Only reports the public may read decide who is mailed: a draft's words or wards would otherwise be told
        // to anyone who saved a search for them. The agenda is published in this transaction, so the rule sees it.
        var reports = await db.Reports.AsNoTracking().WherePublic()
            .Where(r => r.AgendaItemId != null && itemIds.Contains(r.AgendaItemId.Value))
            .Select(r => new { r.Subject, r.Summary, r.WardsAffected }).ToListAsync(cancellationToken);
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommitteeId == committee.Id && m.From <= meeting.Date && (m.To == null || m.To >= meeting.Date))
            .Select(m => m.PersonId).ToListAsync(cancellationToken);
        var wards = await db.Wards.AsNoTracking().Where(w => w.CouncilId == committee.CouncilId).ToListAsync(cancellationToken);
        var namedWards = wards.Where(w => reports.Any(r => AlertRules.NamesWard(r.WardsAffected, w.Name))).Select(w => w.Id).ToList();
        var texts = published.Select(i => $"{i.Title} {i.Description}").Concat(reports.Select(r => $"{r.Subject} {r.Summary}")).ToList();
        // One mail an address, however many of its alerts the agenda falls under.
        var subscribers = (await Active()
            .Where(s => (s.Target == AlertTarget.Body && s.TargetId == committee.Id)
                || (s.Target == AlertTarget.Councillor && members.Contains(s.TargetId))
                || (s.Target == AlertTarget.Ward && namedWards.Contains(s.TargetId))
                || (s.Target == AlertTarget.SavedSearch && s.TargetId == committee.CouncilId))
            .ToListAsync(cancellationToken))
            .Where(s => s.Target is not AlertTarget.SavedSearch || texts.Any(t => AlertRules.Matches(s.Query, t)))
            .DistinctBy(s => s.EmailKey)
            .ToList();
        if (subscribers.Count == 0 || published.Count == 0)
        {
            return;
        }
        var items = published.Select(i => $"{i.Number}. {i.Title}");
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

    /// <summary>The mail for a petition published, or the council's response to it.</summary>
    public async Task QueuePetitionAsync(Petition petition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var subscribers = await Active().Where(s => s.Target == AlertTarget.Petitions && s.TargetId == petition.CouncilId).ToListAsync(cancellationToken);
        var (subject, opening) = petition.Response is null
            ? ($"New petition: {petition.Title}", $"A new petition has been published: \"{petition.Title}\".\n\n{petition.Asks}")
            : ($"Petition answered: {petition.Title}", $"The council has responded to the petition \"{petition.Title}\".\n\n{petition.Response}");
        Queue(subscribers, subject, $"{opening}\n\nRead the petition:\n{settings.Link($"/petitions/{petition.Number}")}");
    }

    /// <summary>
    /// The mail for a forward plan entry listed or changed: what the plan prints (the matter, the decision maker and
    /// date, whether it is likely to be taken in private), never the exemption detail.
    /// </summary>
    public async Task QueueForwardPlanAsync(ForwardPlanEntry entry, string decisionMaker, bool firstListed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var wards = (await db.Wards.AsNoTracking().Where(w => w.CouncilId == entry.CouncilId).ToListAsync(cancellationToken))
            .Where(w => AlertRules.NamesWard(entry.Wards, w.Name)).Select(w => w.Id).ToList();
        var subscribers = await Active()
            .Where(s => (s.Target == AlertTarget.ForwardPlan && s.TargetId == entry.CouncilId) || (s.Target == AlertTarget.Ward && wards.Contains(s.TargetId)))
            .ToListAsync(cancellationToken);
        // One mail an address, however many of its alerts the entry falls under.
        subscribers = [.. subscribers.DistinctBy(s => s.EmailKey)];
        var when = entry.DecisionDate.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
        var subject = firstListed ? $"New key decision on the forward plan: {entry.Matter}" : $"Key decision changed on the forward plan: {entry.Matter}";
        var opening = firstListed
            ? $"A key decision has been added to the forward plan: \"{entry.Matter}\"."
            : $"The forward plan entry for the key decision \"{entry.Matter}\" has changed.";
        Queue(subscribers, subject, $"{opening}\n\nDecision maker: {decisionMaker}\nExpected: {when}\n\nRead the entry:\n{settings.Link($"/forward-plan/{entry.Number}")}");
    }

    private IQueryable<AlertSubscription> Active() =>
        db.AlertSubscriptions.AsNoTracking().Where(s => s.ConfirmedAt != null && s.UnsubscribedAt == null);

    private void Queue(IEnumerable<AlertSubscription> subscribers, string subject, string text)
    {
        var now = db.Clock.GetCurrentInstant();
        foreach (var subscriber in subscribers)
        {
            db.OutgoingMail.Add(new OutgoingMail
            {
                To = subscriber.Email,
                Subject = OutgoingMail.Fitted(subject),
                Text = text,
                UnsubscribeUrl = settings.Link($"/alerts/unsubscribe/{subscriber.Token}"),
                DigestOf = subscriber.Frequency is AlertFrequency.DailyDigest ? subscriber.Id : null,
                DueAt = AlertRules.DueAt(subscriber.Frequency, now),
            });
        }
    }
}
