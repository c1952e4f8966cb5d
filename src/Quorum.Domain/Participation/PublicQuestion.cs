using NodaTime;

namespace Quorum.Domain.Participation;

/// <summary>
/// A question a resident asks for the Public Questions item of a meeting (CPR-4). Numbered per meeting in order of
/// receipt, the order in which the committee takes them. The name and the question are printed once the clerk
/// accepts it; the e-mail address is for Democratic Services only and is never shown publicly.
/// </summary>
public sealed class PublicQuestion : Entity
{
    public required Guid MeetingId { get; init; }

    /// <summary>1, 2, 3 … per meeting, in the order received.</summary>
    public required int Number { get; init; }

    /// <summary>The questioner's name as they gave it; printed on the agenda once accepted.</summary>
    public required string AskedBy { get; init; }

    /// <summary>Where Democratic Services reply; staff only.</summary>
    public required string Email { get; init; }

    /// <summary>The address in the form one person has one question per meeting by (trimmed, lower case).</summary>
    public string EmailKey { get; private init; } = "";

    public required string Text { get; init; }

    /// <summary>When the form reached the council; compared with the deadline on the London wall clock (CAL-4).</summary>
    public required Instant ReceivedAt { get; init; }

    public QuestionStatus Status { get; private set; } = QuestionStatus.Received;

    public QuestionRejection? RejectedBecause { get; private set; }

    /// <summary>The staff account that accepted or rejected it.</summary>
    public string? DecidedBy { get; private set; }

    public Instant? DecidedAt { get; private set; }

    /// <summary>Who answered at the meeting ("Councillor Jo Smith, Portfolio Holder for Housing").</summary>
    public string? AnsweredBy { get; private set; }

    /// <summary>The answer given at the meeting, as the clerk records it; shown under the question on the meeting page.</summary>
    public string? Answer { get; private set; }

    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();

    public static PublicQuestion Receive(Guid meetingId, int number, string askedBy, string email, string text, Instant receivedAt) => new()
    {
        MeetingId = meetingId,
        Number = number,
        AskedBy = askedBy.Trim(),
        Email = email.Trim(),
        EmailKey = KeyOf(email),
        Text = text.Trim(),
        ReceivedAt = receivedAt,
    };

    public void Accept(string by, Instant at) => Decide(QuestionStatus.Accepted, null, by, at);

    public void Reject(QuestionRejection reason, string by, Instant at) => Decide(QuestionStatus.Rejected, reason, by, at);

    /// <summary>Records (or corrects) the answer given at the meeting; only an accepted question was put.</summary>
    public void RecordAnswer(string answeredBy, string answer)
    {
        if (Status is not QuestionStatus.Accepted)
        {
            throw new ProcedureRuleException("CPR-4", $"question {Number} was not accepted, so it was not put at the meeting and has no answer");
        }
        if (string.IsNullOrWhiteSpace(answeredBy) || string.IsNullOrWhiteSpace(answer))
        {
            throw new ProcedureRuleException("CPR-4", "give who answered the question and the answer they gave");
        }
        AnsweredBy = answeredBy.Trim();
        Answer = answer.Trim();
    }

    // A decision is told to the questioner and printed (or not) on the agenda, so it is never changed afterwards.
    private void Decide(QuestionStatus status, QuestionRejection? reason, string by, Instant at)
    {
        if (Status is not QuestionStatus.Received)
        {
            throw new ProcedureRuleException("CPR-4", $"question {Number} has already been {(Status is QuestionStatus.Accepted ? "accepted" : "rejected")}; the decision cannot be changed");
        }
        Status = status;
        RejectedBecause = reason;
        DecidedBy = by;
        DecidedAt = at;
    }
}

public enum QuestionStatus
{
    /// <summary>Waiting for the clerk.</summary>
    Received,

    /// <summary>To be put at the meeting; printed under Public Questions.</summary>
    Accepted,

    /// <summary>Not put, for one of the reasons the rules allow.</summary>
    Rejected,
}

/// <summary>
/// Why a question may be refused. Harrow's CPR 17 text was not retrievable (rules.md §10); these are the grounds
/// councils' procedure rules commonly give, and the one-per-person rule the seed packs print (CPR-4).
/// </summary>
public enum QuestionRejection
{
    Defamatory,
    NotACouncilMatter,
    SameAsRecentQuestion,
    NeedsExemptInformation,
    MoreThanOnePerPerson,
}
