using NodaTime;

namespace Quorum.Domain.Participation;

/// <summary>
/// A request by residents to address a meeting on an item of its business (CPR-7). The chair decides; the clerk
/// records the decision, its reason and the time allowed. An accepted deputation is printed under its item with the
/// speaker's name, any organisation and the time allowed; the e-mail address is for Democratic Services only.
/// </summary>
public sealed class Deputation : Entity
{
    public required Guid MeetingId { get; init; }

    /// <summary>The agenda item the deputation is about: it must be business of the meeting.</summary>
    public required Guid AgendaItemId { get; init; }

    /// <summary>1, 2, 3 … per meeting, in the order received.</summary>
    public required int Number { get; init; }

    /// <summary>Who will speak.</summary>
    public required string Speaker { get; init; }

    /// <summary>The group or organisation the deputation speaks for, if any.</summary>
    public string? Organisation { get; init; }

    /// <summary>Where Democratic Services reply; staff only.</summary>
    public required string Email { get; init; }

    /// <summary>What the deputation wants to say to the committee.</summary>
    public required string Subject { get; init; }

    public required Instant ReceivedAt { get; init; }

    public DeputationStatus Status { get; private set; } = DeputationStatus.Received;

    /// <summary>The chair's reason, as the clerk recorded it.</summary>
    public string? ChairsReason { get; private set; }

    /// <summary>Minutes the chair allowed the deputation to speak.</summary>
    public int? MinutesAllowed { get; private set; }

    /// <summary>The staff account that recorded the chair's decision.</summary>
    public string? RecordedBy { get; private set; }

    public Instant? DecidedAt { get; private set; }

    public static Deputation Receive(Guid meetingId, Guid agendaItemId, int number, DeputationForm form, Instant receivedAt)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new()
        {
            MeetingId = meetingId,
            AgendaItemId = agendaItemId,
            Number = number,
            Speaker = form.Name!.Trim(),
            Organisation = string.IsNullOrWhiteSpace(form.Organisation) ? null : form.Organisation.Trim(),
            Email = form.Email!.Trim(),
            Subject = form.Subject!.Trim(),
            ReceivedAt = receivedAt,
        };
    }

    /// <summary>Records the chair's agreement, the time allowed (within the council's limit) and the chair's reason, if given.</summary>
    public void Accept(int minutes, int maxMinutes, string? reason, string by, Instant at)
    {
        if (minutes < 1 || minutes > maxMinutes)
        {
            throw new ProcedureRuleException("CPR-7", $"a deputation may be allowed from 1 to {maxMinutes} minutes");
        }
        Decide(DeputationStatus.Accepted, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), by, at);
        MinutesAllowed = minutes;
    }

    /// <summary>Records the chair's refusal, which always gives the reason the requester is told.</summary>
    public void Refuse(string reason, string by, Instant at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ProcedureRuleException("CPR-7", "give the chair's reason for refusing the deputation");
        }
        Decide(DeputationStatus.Refused, reason.Trim(), by, at);
    }

    // The requester is told the chair's decision, so it is never changed afterwards.
    private void Decide(DeputationStatus status, string? reason, string by, Instant at)
    {
        if (Status is not DeputationStatus.Received)
        {
            throw new ProcedureRuleException("CPR-7", $"the chair's decision on deputation {Number} has already been recorded and cannot be changed");
        }
        if (reason is { Length: > DeputationRules.MaxReasonLength })
        {
            throw new ProcedureRuleException("CPR-7", $"the chair's reason must be {DeputationRules.MaxReasonLength:N0} characters or fewer");
        }
        Status = status;
        ChairsReason = reason;
        RecordedBy = by;
        DecidedAt = at;
    }
}

public enum DeputationStatus
{
    /// <summary>Waiting for the chair's decision.</summary>
    Received,

    /// <summary>Agreed by the chair: printed under its item with the time allowed.</summary>
    Accepted,

    Refused,
}
