using System.Globalization;
using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Participation;

/// <summary>What a resident sends: checked for size and shape before anything is stored.</summary>
public sealed record QuestionForm(string? Name, string? Email, string? Question);

/// <summary>A form that cannot be taken, with the field at fault (null for the meeting itself) and plain words.</summary>
public sealed record QuestionProblem(string? Field, string Message);

/// <summary>
/// The public question rules (CPR-4) as pure checks: the form's limits, the deadline from the body's procedure
/// settings (CAL-4: on time up to and including the deadline), one question per person, order of receipt.
/// </summary>
public static class QuestionRules
{
    public const int MaxNameLength = 100;

    /// <summary>RFC 5321's longest usable address.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>About 250 words: a question, not a speech, within the item's 15 minutes.</summary>
    public const int MaxQuestionLength = 1500;

    public const int MaxAnsweredByLength = 200;

    public const int MaxAnswerLength = 4000;

    public static readonly IReadOnlyList<QuestionRejection> Reasons = Enum.GetValues<QuestionRejection>();

    /// <summary>The problems with the form's fields, in the order the form shows them; empty when it may be taken.</summary>
    public static IReadOnlyList<QuestionProblem> Check(QuestionForm form)
    {
        var problems = new List<QuestionProblem>();
        var name = form.Name?.Trim() ?? "";
        var email = form.Email?.Trim() ?? "";
        var question = form.Question?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(new("name", "Enter your full name"));
        }
        else if (name.Length > MaxNameLength)
        {
            problems.Add(new("name", $"Your name must be {MaxNameLength} characters or fewer"));
        }
        if (email.Length == 0)
        {
            problems.Add(new("email", "Enter your email address"));
        }
        else if (email.Length > MaxEmailLength || !LooksLikeEmail(email))
        {
            problems.Add(new("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (question.Length == 0)
        {
            problems.Add(new("question", "Enter your question"));
        }
        else if (question.Length > MaxQuestionLength)
        {
            problems.Add(new("question", $"Your question must be {MaxQuestionLength:N0} characters or fewer; it has {question.Length:N0}"));
        }
        return problems;
    }

    /// <summary>
    /// Why the meeting takes no question now, or null when it does: only a scheduled meeting, and only up to the
    /// deadline the body's settings give (CPR-4), compared on the London wall clock.
    /// </summary>
    public static string? Closed(Meeting meeting, Deadlines deadlines, LocalDateTime now)
    {
        if (NotScheduled(meeting, "public questions") is { } notScheduled)
        {
            return notScheduled;
        }
        var deadline = deadlines.PublicQuestionDeadline(meeting.Date);
        return deadlines.QuestionInTime(now, meeting.Date)
            ? null
            : $"The deadline for public questions to this meeting was {Spoken(deadline)}. Questions can no longer be sent for it.";
    }

    /// <summary>Why a meeting held, cancelled or postponed takes nothing more from residents (<paramref name="what"/>: "deputations"), or null.</summary>
    public static string? NotScheduled(Meeting meeting, string what)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Status is MeetingStatus.Scheduled
            ? null
            : $"This meeting has been {(meeting.Status is MeetingStatus.Held ? "held" : meeting.Status.ToString().ToLowerInvariant())}, so it takes no {what}.";
    }

    /// <summary>CPR-4: no person may submit more than one question to a meeting (known by their e-mail address).</summary>
    public static bool AlreadyAsked(IEnumerable<string> emailKeysAsked, string email) => emailKeysAsked.Contains(PublicQuestion.KeyOf(email));

    /// <summary>The number the next question (or deputation request) receives: each is taken in the order notice of it was received.</summary>
    public static int NextNumber(IEnumerable<int> numbersTaken) => numbersTaken.DefaultIfEmpty().Max() + 1;

    /// <summary>The agenda item accepted questions print under: the template's Public Questions item, or one so titled.</summary>
    public static AgendaItem? PublicQuestionsItem(IEnumerable<AgendaItem> items) => AgendaTemplate.Find(items, StandingItem.PublicQuestions);

    /// <summary>The reason as the clerk chooses it and the questioner is told it.</summary>
    public static string Describe(QuestionRejection reason) => reason switch
    {
        QuestionRejection.Defamatory => "It is defamatory, frivolous or offensive",
        QuestionRejection.NotACouncilMatter => "It is not about a matter the council is responsible for or that affects its area",
        QuestionRejection.SameAsRecentQuestion => "It is substantially the same as a question put at a meeting in the past six months",
        QuestionRejection.NeedsExemptInformation => "It could not be answered without disclosing confidential or exempt information",
        QuestionRejection.MoreThanOnePerPerson => "The questioner has already asked a question for this meeting (one question per person)",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>"3pm on Thursday 14 September 2017", as the public site writes a deadline.</summary>
    public static string Spoken(LocalDateTime at)
    {
        var time = at.TimeOfDay;
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var clock = time == LocalTime.Noon ? "midday"
            : time.Minute == 0 ? $"{hour}{(time.Hour < 12 ? "am" : "pm")}"
            : $"{hour}:{time.Minute:D2}{(time.Hour < 12 ? "am" : "pm")}";
        return $"{clock} on {at.Date.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture)}";
    }

    // Enough to catch a slip; the reply is what proves an address.
    internal static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        // Brackets, quotes, commas and the like start comments, lists or quoted parts in a mail header: an address
        // that holds one is not what the resident meant, and one the outbox could not send.
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.')
            && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "()<>[],;:\\\"".Contains(c));
    }
}
