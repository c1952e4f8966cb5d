namespace Quorum.Domain.Meetings;

/// <summary>Part I is public business; Part II is taken with press and public excluded (Schedule 12A exempt information).</summary>
public enum AgendaPart
{
    PartI,
    PartII,
}
