using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Participation;

/// <summary>What a resident sends to ask for a deputation: checked for size and shape before anything is stored.</summary>
public sealed record DeputationForm(string? Name, string? Organisation, string? Email, int? ItemNumber, string? Subject);

/// <summary>A deputation request that cannot be taken: the field at fault (null for the meeting itself) and plain words.</summary>
public sealed record DeputationProblem(string? Field, string Message);

/// <summary>
/// The deputation rules (CPR-7) as pure checks: which bodies hear them, the request deadline from the body's settings
/// (on time up to and including it, CAL-4), that a deputation is about an item of the meeting's business, and the form's limits.
/// </summary>
public static class DeputationRules
{
    public const int MaxOrganisationLength = 200;
    public const int MaxSubjectLength = 1500;
    public const int MaxReasonLength = 1000;

    /// <summary>Why the meeting takes no deputation request now, or null when it does.</summary>
    public static string? Closed(Meeting meeting, BodyType body, DeputationRule rule, Deadlines deadlines, LocalDateTime now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (!rule.AtCouncilAndCabinet && body is BodyType.Council or BodyType.Cabinet)
        {
            return $"Deputations are not heard at meetings of the {(body is BodyType.Council ? "full Council" : "Cabinet")}.";
        }
        if (QuestionRules.NotScheduled(meeting, "deputations") is { } notScheduled)
        {
            return notScheduled;
        }
        if (meeting.AgendaPublishedOn is null)
        {
            return "A deputation must be about an item on the agenda. You can ask for one once the agenda is published.";
        }
        var deadline = Deadline(meeting.Date, rule, deadlines);
        return now <= deadline
            ? null
            : $"The deadline for asking to address this meeting was {QuestionRules.Spoken(deadline)}. Requests can no longer be sent for it.";
    }

    // CPR-7: requests by the set time on the n-th working day before the meeting (Harrow's question deadline by default).
    public static LocalDateTime Deadline(LocalDate meeting, DeputationRule rule, Deadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(deadlines);
        return deadlines.Calendar.NthWorkingDayBefore(meeting, rule.WorkingDaysBefore).At(rule.At);
    }

    /// <summary>The problems with the form's fields, in the order the form shows them; empty when it may be taken.</summary>
    public static IReadOnlyList<DeputationProblem> Check(DeputationForm form, IReadOnlyCollection<int> itemNumbers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(itemNumbers);
        var problems = QuestionRules.Check(new QuestionForm(form.Name, form.Email, "-"))
            .Select(p => new DeputationProblem(p.Field, p.Message)).ToList();
        if ((form.Organisation?.Trim().Length ?? 0) > MaxOrganisationLength)
        {
            problems.Add(new("organisation", $"The organisation's name must be {MaxOrganisationLength} characters or fewer"));
        }
        if (form.ItemNumber is not { } number || !itemNumbers.Contains(number))
        {
            problems.Add(new("item", "Choose the agenda item your deputation is about"));
        }
        var subject = form.Subject?.Trim() ?? "";
        if (subject.Length == 0)
        {
            problems.Add(new("subject", "Enter what your deputation wants to say to the committee"));
        }
        else if (subject.Length > MaxSubjectLength)
        {
            problems.Add(new("subject", $"What you want to say must be {MaxSubjectLength:N0} characters or fewer; it has {subject.Length:N0}"));
        }
        return problems;
    }
}
