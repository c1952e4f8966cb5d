using Microsoft.EntityFrameworkCore;
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

/// <summary>
/// A subscription as its confirm and unsubscribe pages show it; <see cref="About"/> reads after "alerts about"
/// ("the Planning Committee", "Councillor Ann Chair", "petitions").
/// </summary>
public sealed record AlertShown(string About, AlertFrequency Frequency, bool Confirmed, bool Unsubscribed);

/// <summary>
/// E-mail alerts about a body, a councillor, a ward, a saved search, petitions or the forward plan: a resident asks
/// with their address, confirms through the link mailed to them (the request and that mail are saved together), and
/// ends them with the link in every mail. An address is sent at most <see cref="AlertRules.MaxRequestsPerAddressPerDay"/>
/// confirmation mails a day, whatever it asks for.
/// </summary>
public sealed class Alerts(QuorumDbContext db, MailSettings settings)
{
    public bool CanSend => settings.CanSend;

    /// <summary>The council's bodies in being, by name.</summary>
    public async Task<List<AlertBody>> BodiesAsync(Guid councilId, CancellationToken cancellationToken = default) =>
        (await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId && c.RetiredOn == null)
            .Select(c => new { c.Slug, c.Name }).ToListAsync(cancellationToken))
        .Select(c => new AlertBody(c.Slug.Value, c.Name)).OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The council's councillors, by name, for the form: slug and name as shown.</summary>
    public async Task<List<AlertBody>> CouncillorsAsync(Guid councilId, CancellationToken cancellationToken = default) =>
        (await db.People.AsNoTracking().Where(p => p.CouncilId == councilId && p.IsCouncillor).ToListAsync(cancellationToken))
        .OrderBy(p => p.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase)
        .Select(p => new AlertBody(p.Slug.Value, p.DisplayName)).ToList();

    /// <summary>The council's wards, by name, for the form.</summary>
    public async Task<List<AlertBody>> WardsAsync(Guid councilId, CancellationToken cancellationToken = default) =>
        (await db.Wards.AsNoTracking().Where(w => w.CouncilId == councilId).ToListAsync(cancellationToken))
        .Select(w => new AlertBody(w.Slug.Value, w.Name)).OrderBy(w => w.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Takes a request and queues the confirmation mail, or refuses it naming the field at fault.</summary>
    public async Task SubscribeAsync(Guid councilId, AlertForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var target = AlertRules.ParseTarget(form.About);
        var chosen = target is null ? null : await ChosenAsync(councilId, target.Value, form, cancellationToken);
        if (AlertRules.Check(form, chosen is not null) is { Count: > 0 } problems)
        {
            throw new AlertRefusedException(problems);
        }
        var (targetId, about) = chosen!.Value;
        var now = db.Clock.GetCurrentInstant();
        var email = form.Email!.Trim();
        var key = PublicQuestion.KeyOf(email);
        if (await ConfirmationMails.SentTodayAsync(db, email, cancellationToken) >= AlertRules.MaxRequestsPerAddressPerDay)
        {
            throw new AlertRefusedException([new("email", "This email address has been sent the most confirmation emails allowed in a day. Try again tomorrow.")]);
        }
        var frequency = AlertRules.ParseFrequency(form.Frequency)!.Value;
        var query = target is AlertTarget.SavedSearch ? form.Query!.Trim() : "";
        var subscription = await db.AlertSubscriptions.SingleOrDefaultAsync(
            s => s.Target == target && s.TargetId == targetId && s.Query == query && s.EmailKey == key, cancellationToken);
        if (subscription is null)
        {
            subscription = AlertSubscription.Request(target!.Value, targetId, query, email, frequency, now);
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
            Subject = OutgoingMail.Fitted($"Confirm your email alerts: {about}"),
            Text = $"Someone, we hope you, asked {council} for email alerts about {about}, {AlertRules.Describe(frequency).ToLowerInvariant()}.\n\n"
                + $"To start them, open this link and select Confirm:\n{settings.Link($"/alerts/confirm/{subscription.Token}")}\n\n"
                + "If you did not ask for these alerts, ignore this email. You will not be sent any more.",
            DueAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The subscription a link's token names, or null.</summary>
    public async Task<AlertShown?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var found = await db.AlertSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        return found is null ? null : new AlertShown(await AboutAsync(found, cancellationToken), found.Frequency, found.IsActive, found.UnsubscribedAt is not null);
    }

    /// <summary>What a subscription follows, in the words its mails and pages use after "alerts about".</summary>
    public async Task<string> AboutAsync(AlertSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var id = subscription.TargetId;
        return subscription.Target switch
        {
            AlertTarget.Body => $"the {await db.Committees.Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)}",
            AlertTarget.Councillor => (await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken))?.DisplayName ?? "a councillor",
            AlertTarget.Ward => $"{await db.Wards.Where(w => w.Id == id).Select(w => w.Name).SingleOrDefaultAsync(cancellationToken)} ward",
            _ => Describe(subscription.Target, subscription.Query),
        };
    }

    private static string Describe(AlertTarget target, string query) => target switch
    {
        AlertTarget.SavedSearch => $"new papers matching \"{query}\"",
        AlertTarget.Petitions => "petitions",
        AlertTarget.ForwardPlan => "the forward plan of key decisions",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    // The thing the form chose, as its id and words, or null when it is not the council's.
    private async Task<(Guid Id, string About)?> ChosenAsync(Guid councilId, AlertTarget target, AlertForm form, CancellationToken cancellationToken)
    {
        switch (target)
        {
            case AlertTarget.Body:
                var body = (await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId && c.RetiredOn == null).ToListAsync(cancellationToken))
                    .SingleOrDefault(c => c.Slug.Value == form.Body);
                return body is null ? null : (body.Id, $"the {body.Name}");
            case AlertTarget.Councillor:
                var councillor = (await db.People.AsNoTracking().Where(p => p.CouncilId == councilId && p.IsCouncillor).ToListAsync(cancellationToken))
                    .SingleOrDefault(p => p.Slug.Value == form.Councillor);
                return councillor is null ? null : (councillor.Id, councillor.DisplayName);
            case AlertTarget.Ward:
                var ward = (await db.Wards.AsNoTracking().Where(w => w.CouncilId == councilId).ToListAsync(cancellationToken))
                    .SingleOrDefault(w => w.Slug.Value == form.Ward);
                return ward is null ? null : (ward.Id, $"{ward.Name} ward");
            default:
                return (councilId, Describe(target, form.Query?.Trim() ?? ""));
        }
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
