using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Mail;
using Quorum.Data;
using Quorum.Domain.Mail;
using Quorum.Domain.Participation;

namespace Quorum.Application.Participation;

/// <summary>An alert request that was not taken: each problem names its field, in plain words.</summary>
public sealed class AlertRefusedException(IReadOnlyList<QuestionProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<QuestionProblem> Problems { get; } = problems;
}

/// <summary>A body a resident may follow, as the alerts form lists it.</summary>
public sealed record AlertBody(string Slug, string Name);

/// <summary>A subscription as its confirm and unsubscribe pages show it.</summary>
public sealed record AlertShown(string Body, AlertFrequency Frequency, bool Confirmed, bool Unsubscribed);

/// <summary>
/// E-mail alerts about a body: a resident asks with their address, confirms through the link mailed to them (the
/// request and that mail are saved together), and ends them with the link in every mail. An address is sent at most
/// <see cref="AlertRules.MaxRequestsPerAddressPerDay"/> confirmation mails a day, whatever it asks for.
/// </summary>
public sealed class Alerts(QuorumDbContext db, MailSettings settings)
{
    public bool CanSend => settings.CanSend;

    /// <summary>The council's bodies in being, by name.</summary>
    public async Task<List<AlertBody>> BodiesAsync(Guid councilId, CancellationToken cancellationToken = default) =>
        (await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId && c.RetiredOn == null)
            .Select(c => new { c.Slug, c.Name }).ToListAsync(cancellationToken))
        .Select(c => new AlertBody(c.Slug.Value, c.Name)).OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Takes a request and queues the confirmation mail, or refuses it naming the field at fault.</summary>
    public async Task SubscribeAsync(Guid councilId, AlertForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var bodies = await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId && c.RetiredOn == null).ToListAsync(cancellationToken);
        var committee = bodies.SingleOrDefault(c => c.Slug.Value == form.Body);
        if (AlertRules.Check(form, committee is not null) is { Count: > 0 } problems)
        {
            throw new AlertRefusedException(problems);
        }
        var now = db.Clock.GetCurrentInstant();
        var email = form.Email!.Trim();
        var key = PublicQuestion.KeyOf(email);
        var since = now - Duration.FromDays(1);
        // Confirmation mails are the ones without an unsubscribe link.
        // ToLower becomes SQL lower() on both engines; string.Equals with a comparison would not translate.
#pragma warning disable CA1862
        var asked = await db.OutgoingMail.CountAsync(m => m.To.ToLower() == key && m.UnsubscribeUrl == null && m.Created > since, cancellationToken);
#pragma warning restore CA1862
        if (asked >= AlertRules.MaxRequestsPerAddressPerDay)
        {
            throw new AlertRefusedException([new("email", "This email address has been sent the most confirmation emails allowed in a day. Try again tomorrow.")]);
        }
        var frequency = AlertRules.ParseFrequency(form.Frequency)!.Value;
        var subscription = await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.CommitteeId == committee!.Id && s.EmailKey == key, cancellationToken);
        if (subscription is null)
        {
            subscription = AlertSubscription.Request(committee!.Id, email, frequency, now);
            db.AlertSubscriptions.Add(subscription);
        }
        else
        {
            // Asked again: the frequency chosen now counts once confirmed; the same link confirms it.
            subscription.Frequency = frequency;
        }
        var council = await db.Councils.AsNoTracking().Where(c => c.Id == councilId).Select(c => c.Name).SingleAsync(cancellationToken);
        db.OutgoingMail.Add(new OutgoingMail
        {
            To = email,
            Subject = $"Confirm your email alerts: {committee!.Name}",
            Text = $"Someone, we hope you, asked {council} for email alerts about the {committee.Name}, {AlertRules.Describe(frequency).ToLowerInvariant()}.\n\n"
                + $"To start them, open this link and select Confirm:\n{settings.Link($"/alerts/confirm/{subscription.Token}")}\n\n"
                + "If you did not ask for these alerts, ignore this email. You will not be sent any more.",
            DueAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The subscription a link's token names, or null.</summary>
    public async Task<AlertShown?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var found = await db.AlertSubscriptions.AsNoTracking().Where(s => s.Token == token)
            .Join(db.Committees, s => s.CommitteeId, c => c.Id, (s, c) => new { c.Name, s.Frequency, s.ConfirmedAt, s.UnsubscribedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new AlertShown(found.Name, found.Frequency, found.ConfirmedAt is not null && found.UnsubscribedAt is null, found.UnsubscribedAt is not null);
    }

    /// <summary>Starts the alerts the token names; false for a token that names none.</summary>
    public Task<bool> ConfirmAsync(string token, CancellationToken cancellationToken = default) =>
        ChangeAsync(token, s => s.Confirm(db.Clock.GetCurrentInstant()), cancellationToken);

    /// <summary>Ends the alerts the token names (and any digest not yet sent); false for a token that names none.</summary>
    public async Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken = default)
    {
        var subscription = await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (subscription is null)
        {
            return false;
        }
        subscription.Unsubscribe(db.Clock.GetCurrentInstant());
        var unsent = await db.OutgoingMail.Where(m => m.DigestOf == subscription.Id && m.SentAt == null).ToListAsync(cancellationToken);
        db.OutgoingMail.RemoveRange(unsent);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> ChangeAsync(string token, Action<AlertSubscription> change, CancellationToken cancellationToken)
    {
        var subscription = await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (subscription is null)
        {
            return false;
        }
        change(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
