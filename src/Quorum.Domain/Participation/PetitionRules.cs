using NodaTime;

namespace Quorum.Domain.Participation;

/// <summary>What a resident sends to start a petition.</summary>
public sealed record PetitionForm(string? Title, string? Asks, string? Name, string? Email, LocalDate? ClosesOn);

/// <summary>
/// A council's petition scheme (CPR-6, local since the Localism Act 2011): the signatures that bring a debate at full
/// Council (Harrow: more than 2,000) and that call a senior officer to give evidence, and how long after closing the
/// council answers. From <c>Petitions:*</c>.
/// </summary>
public sealed record PetitionThresholds(int Debate = 2000, int Evidence = 750, int ResponseDays = 28)
{
    public static readonly PetitionThresholds Default = new();

    /// <summary>When the response is due: the set number of days after the petition closes.</summary>
    public LocalDate ResponseDue(LocalDate closesOn) => closesOn.PlusDays(ResponseDays);

    /// <summary>What the signatures so far bring about, in words, or null below both thresholds.</summary>
    public string? Reached(int signatures) =>
        signatures > Debate ? $"More than {Debate:N0} people have signed: the petition will be debated at a meeting of the full Council."
        : signatures > Evidence ? $"More than {Evidence:N0} people have signed: a senior officer will be called to give evidence about it at a public meeting."
        : null;
}

/// <summary>The petition form's limits and checks.</summary>
public static class PetitionRules
{
    public const int MaxTitleLength = 150;

    public const int MaxAsksLength = 2000;

    /// <summary>A petition runs for at most six months.</summary>
    public const int LongestRunDays = 183;

    public static IReadOnlyList<QuestionProblem> Check(PetitionForm form, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<QuestionProblem>();
        Text(problems, "title", form.Title, MaxTitleLength, "Enter what your petition is about", "The title");
        Text(problems, "asks", form.Asks, MaxAsksLength, "Enter what you want the council to do", "What you want the council to do");
        Text(problems, "name", form.Name, QuestionRules.MaxNameLength, "Enter your full name", "Your name");
        Email(problems, form.Email);
        if (form.ClosesOn is not { } closes)
        {
            problems.Add(new("closes", "Enter the date the petition closes, like 27 3 2027"));
        }
        else if (closes <= today || closes > today.PlusDays(LongestRunDays))
        {
            problems.Add(new("closes", "The closing date must be after today and no more than six months away"));
        }
        return problems;
    }

    public static IReadOnlyList<QuestionProblem> CheckSignature(string? name, string? email)
    {
        var problems = new List<QuestionProblem>();
        Text(problems, "name", name, QuestionRules.MaxNameLength, "Enter your full name", "Your name");
        Email(problems, email);
        return problems;
    }

    private static void Text(List<QuestionProblem> problems, string field, string? value, int max, string missing, string what)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(new(field, missing));
        }
        else if (text.Length > max)
        {
            problems.Add(new(field, $"{what} must be {max:N0} characters or fewer"));
        }
    }

    private static void Email(List<QuestionProblem> problems, string? value)
    {
        var email = value?.Trim() ?? "";
        if (email.Length == 0)
        {
            problems.Add(new("email", "Enter your email address"));
        }
        else if (email.Length > QuestionRules.MaxEmailLength || !QuestionRules.LooksLikeEmail(email))
        {
            problems.Add(new("email", "Enter an email address in the correct format, like name@example.com"));
        }
    }
}
