using System.Security.Cryptography;
using NodaTime;

namespace Quorum.Domain.Participation;

/// <summary>
/// A resident's petition to the council (CPR-6): received, checked by Democratic Services and published (or
/// rejected with a reason), signed until its closing date, then answered. The starter's e-mail address is for staff
/// only; the count of confirmed signatures, the response and the link to what answered it are public.
/// </summary>
public sealed class Petition : Entity
{
    public required Guid CouncilId { get; init; }

    /// <summary>1, 2, 3 … per council in order received: the petition's public address.</summary>
    public required int Number { get; init; }

    public required string Title { get; init; }

    /// <summary>What the petition asks the council to do.</summary>
    public required string Asks { get; init; }

    public required string StartedBy { get; init; }

    public required string Email { get; init; }

    public required LocalDate ClosesOn { get; init; }

    public required Instant ReceivedAt { get; init; }

    public PetitionStatus Status { get; private set; } = PetitionStatus.Received;

    public string? RejectedBecause { get; private set; }

    public string? DecidedBy { get; private set; }

    public Instant? DecidedAt { get; private set; }

    /// <summary>The council's response, once given.</summary>
    public string? Response { get; private set; }

    public LocalDate? RespondedOn { get; private set; }

    /// <summary>The agenda item that answers the petition, chosen from the council's records; shown only while public.</summary>
    public Guid? AnsweredByItemId { get; private set; }

    /// <summary>The report that answers it; shown only while public (never an exempt report).</summary>
    public Guid? AnsweredByReportId { get; private set; }

    /// <summary>The executive decision that answers it; shown only once its notice is published.</summary>
    public Guid? AnsweredByDecisionId { get; private set; }

    public bool IsPublished => Status is PetitionStatus.Published;

    public void Publish(string by, Instant at) => Decide(PetitionStatus.Published, null, by, at);

    public void Reject(string reason, string by, Instant at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ProcedureRuleException("CPR-6", "give the reason the petition cannot be published");
        }
        Decide(PetitionStatus.Rejected, reason.Trim(), by, at);
    }

    /// <summary>Records (or corrects) the council's response and, optionally, the records that answer the petition.</summary>
    public void Respond(string response, PetitionAnswers answeredBy, LocalDate on)
    {
        if (Status is not PetitionStatus.Published)
        {
            throw new ProcedureRuleException("CPR-6", "only a published petition is answered");
        }
        if (string.IsNullOrWhiteSpace(response))
        {
            throw new ProcedureRuleException("CPR-6", "enter the council's response");
        }
        Response = response.Trim();
        ArgumentNullException.ThrowIfNull(answeredBy);
        (AnsweredByItemId, AnsweredByReportId, AnsweredByDecisionId) = (answeredBy.ItemId, answeredBy.ReportId, answeredBy.DecisionId);
        RespondedOn = on;
    }

    // The decision is told to the starter and shown (or not) publicly, so it is not changed afterwards.
    private void Decide(PetitionStatus status, string? reason, string by, Instant at)
    {
        if (Status is not PetitionStatus.Received)
        {
            throw new ProcedureRuleException("CPR-6", $"petition {Number} has already been {(Status is PetitionStatus.Published ? "published" : "rejected")}; the decision cannot be changed");
        }
        Status = status;
        RejectedBecause = reason;
        DecidedBy = by;
        DecidedAt = at;
    }
}

public enum PetitionStatus
{
    Received,
    Published,
    Rejected,
}

/// <summary>A signature: counted once its signer follows the link mailed to them.</summary>
public sealed class PetitionSignature : Entity
{
    public required Guid PetitionId { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    /// <summary>Trimmed, lower case: one signature per address per petition.</summary>
    public required string EmailKey { get; init; }

    public string Token { get; init; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public required Instant SignedAt { get; init; }

    public Instant? ConfirmedAt { get; private set; }

    public void Confirm(Instant at) => ConfirmedAt ??= at;
}

/// <summary>The records that answer a petition, each optional: an agenda item, a report, an executive decision.</summary>
public sealed record PetitionAnswers(Guid? ItemId = null, Guid? ReportId = null, Guid? DecisionId = null)
{
    public static readonly PetitionAnswers None = new();
}
