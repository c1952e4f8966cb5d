namespace Quorum.Domain.Imports;

/// <summary>
/// One version of a legacy agenda pack as imported: which file (by name and SHA-256 of its bytes), what it was read
/// as, and the meeting it set up. Re-importing the same bytes finds this row and changes nothing; a different file
/// for the same meeting becomes the next version, and this row stays as history with <see cref="SupersededById"/>.
/// </summary>
public sealed class ImportedPack : Entity
{
    public required Guid CouncilId { get; set; }

    public required Guid CommitteeId { get; set; }

    /// <summary>The meeting the pack is the agenda for (a lone report's meeting is the one its cover names).</summary>
    public required Guid MeetingId { get; set; }

    /// <summary>The file name as imported, for messages and for the officer who asks "which file was that?".</summary>
    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex: the pack's identity and the key of its stored original.</summary>
    public required string ContentHash { get; set; }

    public required long SizeBytes { get; set; }

    /// <summary>"text" (a text conversion) or "pdf".</summary>
    public required string Format { get; set; }

    /// <summary>1 for the first pack imported for the meeting, then 2, 3 … for each newer version.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The version this one replaced, if any.</summary>
    public Guid? PreviousVersionId { get; set; }

    /// <summary>The newer version that replaced this one; null while this is the current version.</summary>
    public Guid? SupersededById { get; set; }

    public int PageCount { get; set; }

    /// <summary>What the extractor flagged rather than fixed, one "code: message (line, page)" per line.</summary>
    public string Warnings { get; set; } = "";

    public int WarningCount { get; set; }

    public bool IsCurrent => SupersededById is null;
}
