using NodaTime;

namespace Quorum.Domain.Mail;

/// <summary>
/// A message waiting in the outbox: written in the same transaction as what causes it (a subscription, a published
/// agenda), sent by the background worker through the council's SMTP relay and retried with backoff until sent or
/// given up. The text is what happened; the sender adds the unsubscribe footer and headers when it sends. Rows that
/// share a <see cref="DigestOf"/> and fall due together go out as one daily digest.
/// </summary>
public sealed class OutgoingMail : Entity
{
    public const int MaxSubjectLength = 200;

    /// <summary>A subject cut to what the outbox holds: a committee's or petition's name can run long.</summary>
    public static string Fitted(string subject) => subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject;

    public required string To { get; init; }

    public required string Subject { get; init; }

    /// <summary>The plain-text body; the HTML part is made from it, escaped, when sent.</summary>
    public required string Text { get; init; }

    /// <summary>The one-click unsubscribe address for the subscription it belongs to; null for a confirmation request.</summary>
    public string? UnsubscribeUrl { get; init; }

    /// <summary>The subscription whose daily digest this joins; null for a message sent on its own.</summary>
    public Guid? DigestOf { get; init; }

    /// <summary>Not sent before this (now, or the next digest hour); moved on after each failed attempt.</summary>
    public required Instant DueAt { get; set; }

    public int Attempts { get; private set; }

    public Instant? SentAt { get; private set; }

    /// <summary>Set when the relay refused it for good or every attempt failed; it is not tried again.</summary>
    public Instant? GaveUpAt { get; private set; }

    public string? LastError { get; private set; }

    public void Sent(Instant at)
    {
        SentAt = at;
        LastError = null;
    }

    /// <summary>Records a failed attempt and when to try again (<see cref="MailRetry"/>), or gives up.</summary>
    public void Failed(string error, Instant at, bool permanent)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (permanent || MailRetry.Next(Attempts) is not { } wait)
        {
            GaveUpAt = at;
            return;
        }
        DueAt = at + wait;
    }
}

/// <summary>When a message that could not be sent is tried again: 1, 2, 4 … minutes, capped at six hours, ten tries in all.</summary>
public static class MailRetry
{
    public const int MaxAttempts = 10;

    private static readonly Duration Longest = Duration.FromHours(6);

    /// <summary>The wait after the given number of failed attempts, or null when it is time to give up.</summary>
    public static Duration? Next(int failedAttempts)
    {
        if (failedAttempts >= MaxAttempts)
        {
            return null;
        }
        var wait = Duration.FromMinutes(Math.Pow(2, Math.Max(0, failedAttempts - 1)));
        return wait > Longest ? Longest : wait;
    }
}
