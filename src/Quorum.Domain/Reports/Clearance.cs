using NodaTime;

namespace Quorum.Domain.Reports;

/// <summary>A signatory row of "Section 3 - Statutory Officer Clearance": "Name: Jo Frost, on behalf of the Chief Financial Officer, Date: 23/09/2020".</summary>
public sealed class Clearance : Entity
{
    public required Guid ReportId { get; set; }

    public required ClearanceRole Role { get; set; }

    public required string Name { get; set; }

    /// <summary>Whom the signatory signed for ("the Chief Financial Officer" or a named officer); null when cleared directly.</summary>
    public string? OnBehalfOf { get; set; }

    /// <summary>Blank rows exist in real packs: a row printed but never dated.</summary>
    public LocalDate? ClearedOn { get; set; }
}
