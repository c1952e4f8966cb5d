using System.Security.Cryptography;
using NodaTime;

namespace Quorum.Domain.Participation;

/// <summary>
/// A resident's e-mail alert about a body, a councillor, a ward, a saved search, petitions or the forward plan:
/// requested, confirmed through the link in the first mail (double opt-in), and ended by the one-click link in every
/// mail. The token in those links is the only key to it; the address is for sending and staff only.
/// </summary>
public sealed class AlertSubscription : Entity
{
    public AlertTarget Target { get; private init; } = AlertTarget.Body;

    /// <summary>What is followed: the body, councillor or ward; for petitions, the forward plan and searches, the council.</summary>
    public Guid TargetId { get; private init; }

    /// <summary>The words of a saved search, as typed; empty for every other kind.</summary>
    public string Query { get; private init; } = "";

    /// <summary>Set for a body, so its subscriptions go with it.</summary>
    public Guid? CommitteeId { get; private init; }

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

    public static AlertSubscription Request(Guid committeeId, string email, AlertFrequency frequency, Instant at) =>
        Request(AlertTarget.Body, committeeId, "", email, frequency, at);

    public static AlertSubscription Request(AlertTarget target, Guid targetId, string query, string email, AlertFrequency frequency, Instant at) => new()
    {
        Target = target,
        TargetId = targetId,
        Query = target is AlertTarget.SavedSearch ? query.Trim() : "",
        CommitteeId = target is AlertTarget.Body ? targetId : null,
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

/// <summary>What an alert follows, and so which published things mail its subscriber.</summary>
public enum AlertTarget
{
    /// <summary>A body's agendas and papers as they are published.</summary>
    Body,

    /// <summary>Agendas of meetings of the bodies the councillor sits on.</summary>
    Councillor,

    /// <summary>Public reports on published agendas, and forward plan entries, that name the ward.</summary>
    Ward,

    /// <summary>Public agenda items and reports matching the words, as each agenda is published.</summary>
    SavedSearch,

    /// <summary>A petition published, or the council's response to one.</summary>
    Petitions,

    /// <summary>A key decision listed on the forward plan, or a listed entry changed.</summary>
    ForwardPlan,
}

public enum AlertFrequency
{
    /// <summary>One mail as each thing happens.</summary>
    Immediately,

    /// <summary>One mail a morning with everything since the last.</summary>
    DailyDigest,
}

/// <summary>
/// What a resident sends from the alerts form: what to follow (<see cref="About"/>: body, councillor, ward, search,
/// petitions or forward-plan; a body when not given) and the body, councillor or ward chosen, or the search words.
/// </summary>
public sealed record AlertForm(string? Email, string? Body, string? Frequency, string? About = null, string? Councillor = null, string? Ward = null, string? Query = null);

/// <summary>The alert rules as pure checks: the form's fields, the digest hour, how many requests one address may make.</summary>
public static class AlertRules
{
    /// <summary>Confirmation mails one address may be sent in a day, so the form cannot be used to flood someone's inbox.</summary>
    public const int MaxRequestsPerAddressPerDay = 3;

    /// <summary>Whether a saved search's words are all in the text, ignoring case: the test a published item must pass to be mailed.</summary>
    public static bool Matches(string query, string text)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(text);
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length > 0 && words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a free-text list of wards ("Pinner; Pinner South", "All wards") names the ward.</summary>
    public static bool NamesWard(string wards, string ward)
    {
        ArgumentNullException.ThrowIfNull(wards);
        return wards.Split([',', ';', '\n', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(w => string.Equals(w, ward, StringComparison.OrdinalIgnoreCase) || string.Equals(w, $"{ward} ward", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Daily digests go out at 7am London time.</summary>
    public static readonly LocalTime DigestHour = new(7, 0);

    /// <summary>The most words a saved search may have, as the search form allows.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The form's choice of what to follow; a form without one asks about a body, as the first form did.</summary>
    public static AlertTarget? ParseTarget(string? about) => about switch
    {
        null or "" or "body" => AlertTarget.Body,
        "councillor" => AlertTarget.Councillor,
        "ward" => AlertTarget.Ward,
        "search" => AlertTarget.SavedSearch,
        "petitions" => AlertTarget.Petitions,
        "forward-plan" => AlertTarget.ForwardPlan,
        _ => null,
    };

    /// <summary>Checks every field; <paramref name="chosenKnown"/> says whether the body, councillor or ward chosen is the council's.</summary>
    public static IReadOnlyList<QuestionProblem> Check(AlertForm form, bool chosenKnown)
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
        switch (ParseTarget(form.About))
        {
            case null:
                problems.Add(new("about", "Choose what you want alerts about"));
                break;
            case AlertTarget.Body when string.IsNullOrWhiteSpace(form.Body) || !chosenKnown:
                problems.Add(new("body", "Choose the committee you want alerts about"));
                break;
            case AlertTarget.Councillor when string.IsNullOrWhiteSpace(form.Councillor) || !chosenKnown:
                problems.Add(new("councillor", "Choose the councillor you want alerts about"));
                break;
            case AlertTarget.Ward when string.IsNullOrWhiteSpace(form.Ward) || !chosenKnown:
                problems.Add(new("ward", "Choose the ward you want alerts about"));
                break;
            case AlertTarget.SavedSearch when string.IsNullOrWhiteSpace(form.Query):
                problems.Add(new("query", "Enter the words to look for"));
                break;
            case AlertTarget.SavedSearch when form.Query!.Trim().Length > MaxQueryLength:
                problems.Add(new("query", $"The words to look for must be {MaxQueryLength} characters or fewer"));
                break;
            default:
                break;
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
