using System.Security.Cryptography;
using NodaTime;

namespace Quorum.Domain.Participation;

/// <summary>
/// A resident's e-mail alert for a body: requested, confirmed through the link in the first mail (double opt-in),
/// and ended by the one-click link in every mail. The token in those links is the only key to it; the address is
/// for sending and staff only.
/// </summary>
public sealed class AlertSubscription : Entity
{
    public required Guid CommitteeId { get; init; }

    public required string Email { get; init; }

    /// <summary>Trimmed, lower case: one subscription per address per body.</summary>
    public string EmailKey { get; private init; } = "";

    public required AlertFrequency Frequency { get; set; }

    /// <summary>A random, unguessable key for the confirm and unsubscribe links.</summary>
    public string Token { get; private init; } = NewToken();

    public required Instant RequestedAt { get; init; }

    public Instant? ConfirmedAt { get; private set; }

    public Instant? UnsubscribedAt { get; private set; }

    /// <summary>Mail goes only to a confirmed subscription that has not been ended.</summary>
    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;

    public static AlertSubscription Request(Guid committeeId, string email, AlertFrequency frequency, Instant at) => new()
    {
        CommitteeId = committeeId,
        Email = email.Trim(),
        EmailKey = PublicQuestion.KeyOf(email),
        Frequency = frequency,
        RequestedAt = at,
    };

    public void Confirm(Instant at)
    {
        ConfirmedAt ??= at;
        UnsubscribedAt = null;
    }

    public void Unsubscribe(Instant at) => UnsubscribedAt ??= at;

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}

public enum AlertFrequency
{
    /// <summary>One mail as each thing happens.</summary>
    Immediately,

    /// <summary>One mail a morning with everything since the last.</summary>
    DailyDigest,
}

/// <summary>What a resident sends from the alerts form.</summary>
public sealed record AlertForm(string? Email, string? Body, string? Frequency);

/// <summary>The alert rules as pure checks: the form's fields, the digest hour, how many requests one address may make.</summary>
public static class AlertRules
{
    /// <summary>Confirmation mails one address may be sent in a day, so the form cannot be used to flood someone's inbox.</summary>
    public const int MaxRequestsPerAddressPerDay = 3;

    /// <summary>Daily digests go out at 7am London time.</summary>
    public static readonly LocalTime DigestHour = new(7, 0);

    public static IReadOnlyList<QuestionProblem> Check(AlertForm form, bool bodyKnown)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<QuestionProblem>();
        var email = form.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            problems.Add(new("email", "Enter your email address"));
        }
        else if (email.Length > QuestionRules.MaxEmailLength || !QuestionRules.LooksLikeEmail(email))
        {
            problems.Add(new("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (string.IsNullOrWhiteSpace(form.Body) || !bodyKnown)
        {
            problems.Add(new("body", "Choose the committee you want alerts about"));
        }
        if (ParseFrequency(form.Frequency) is null)
        {
            problems.Add(new("frequency", "Choose how often you want emails"));
        }
        return problems;
    }

    public static AlertFrequency? ParseFrequency(string? value) => value switch
    {
        "immediately" => AlertFrequency.Immediately,
        "daily" => AlertFrequency.DailyDigest,
        _ => null,
    };

    /// <summary>When a message for a subscription falls due: now, or the next 7am in London for a daily digest.</summary>
    public static Instant DueAt(AlertFrequency frequency, Instant now)
    {
        if (frequency is AlertFrequency.Immediately)
        {
            return now;
        }
        var local = now.InZone(CouncilTime.London).LocalDateTime;
        var day = local.TimeOfDay < DigestHour ? local.Date : local.Date.PlusDays(1);
        return day.At(DigestHour).InZoneLeniently(CouncilTime.London).ToInstant();
    }

    public static string Describe(AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Immediately => "As it happens",
        AlertFrequency.DailyDigest => "Once a day, in one email",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };
}
