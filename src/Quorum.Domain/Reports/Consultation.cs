using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Reports;

/// <summary>
/// A further consideration of a report at a later meeting of any body of the same council: the paper that went to
/// Overview and Scrutiny for comment goes on to Cabinet for decision and to Council as a recommendation, and stays
/// one record. The meeting the report was written and cleared for is <see cref="Report.AgendaItemId"/> (it governs
/// clearance, publication and that meeting's pack); these rows are the steps after it. Made through
/// <see cref="Report.TakeTo"/>, which refuses a step that cannot be right.
/// </summary>
public sealed class Consultation : Entity
{
    public required Guid ReportId { get; init; }

    public Report? Report { get; set; }

    /// <summary>The item of business at the later meeting that considers the report.</summary>
    public required Guid AgendaItemId { get; init; }

    public AgendaItem? AgendaItem { get; set; }

    public required ConsultationPurpose Purpose { get; set; }

    /// <summary>The recommendation put to that meeting ("That Cabinet adopts the strategy").</summary>
    public required string Recommendation { get; set; }

    /// <summary>What the meeting did with it, once known ("Adopted", "Recommended to Council with an amendment").</summary>
    public string? Outcome { get; private set; }

    /// <summary>The minute that records the outcome, when the clerk links it.</summary>
    public Guid? MinuteId { get; private set; }

    public Minute? Minute { get; set; }

    public void RecordOutcome(string outcome, Guid? minuteId = null)
    {
        if (string.IsNullOrWhiteSpace(outcome))
        {
            throw new ConsultationRefusedException("Enter what the meeting decided about the report.");
        }
        Outcome = outcome.Trim();
        MinuteId = minuteId;
    }
}

/// <summary>Why a report goes to a meeting. Shown to people in <see cref="ConsultationPurposes.Words"/>, never by name.</summary>
public enum ConsultationPurpose
{
    ForDecision,
    ForComment,
    RecommendationToCouncil,
    ForInformation,
}

public static class ConsultationPurposes
{
    /// <summary>The purpose in plain words, as the journey shows it: "for decision".</summary>
    public static string Words(this ConsultationPurpose purpose) => purpose switch
    {
        ConsultationPurpose.ForDecision => "for decision",
        ConsultationPurpose.ForComment => "for comment",
        ConsultationPurpose.RecommendationToCouncil => "recommendation to Council",
        ConsultationPurpose.ForInformation => "for information",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown consultation purpose."),
    };

    /// <summary>Whether the meeting decides (OParl's "authoritative"), rather than comments, recommends or notes.</summary>
    public static bool Decides(this ConsultationPurpose purpose) => purpose == ConsultationPurpose.ForDecision;
}

/// <summary>A step of a report's journey was refused for a reason the clerk can act on; the message says which.</summary>
public sealed class ConsultationRefusedException(string message) : Exception(message);
