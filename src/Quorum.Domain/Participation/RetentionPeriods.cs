namespace Quorum.Domain.Participation;

/// <summary>
/// How long residents' contact details are kept, per kind, before the scheduled job erases them (UK GDPR storage
/// limitation). A council sets its own in <c>Retention:*</c>; the privacy notice names whatever is in force.
/// </summary>
/// <param name="QuestionContactDays">A questioner's e-mail address, counted from the meeting's day (the name and question stay: they are printed).</param>
/// <param name="AlertDays">An alert subscription, counted from its unsubscribing, or from its request when never confirmed.</param>
/// <param name="SentMailDays">A copy of a mail sent (or given up), counted from then.</param>
/// <param name="PetitionContactDays">A petition starter's address and its signers' names and addresses, counted from its closing date (the count stays).</param>
public sealed record RetentionPeriods(int QuestionContactDays = 90, int AlertDays = 30, int SentMailDays = 30, int PetitionContactDays = 90)
{
    public static readonly RetentionPeriods Default = new();

    /// <summary>"90 days", as the privacy notice says a period.</summary>
    public static string Spoken(int days) => days == 1 ? "1 day" : $"{days} days";
}
