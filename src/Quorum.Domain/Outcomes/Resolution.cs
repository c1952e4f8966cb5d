namespace Quorum.Domain.Outcomes;

/// <summary>
/// A decision as minuted: "RESOLVED: That the report be noted.", "AGREED: …", or "Resolved to RECOMMEND: …".
/// Multi-part decisions keep their parts in order ("(1) to endorse …; and (2) to acknowledge …").
/// </summary>
public sealed class Resolution : Entity
{
    public required Guid MinuteId { get; set; }

    public required ResolutionKind Kind { get; set; }

    /// <summary>The whole decision, or the lead-in ("That") when it has parts.</summary>
    public required string Text { get; set; }

    /// <summary>Order of this decision within its minute (a minute may both RECOMMEND and RESOLVE).</summary>
    public int Order { get; set; } = 1;

    public List<string> Parts { get; private set; } = [];

    /// <summary>The vote that carried the motion; null when the meeting agreed it without a vote.</summary>
    public Guid? VoteId { get; set; }

    /// <summary>The decision as the minutes print it.</summary>
    public string ToMinuteText()
    {
        var label = Kind switch
        {
            ResolutionKind.Resolved => "RESOLVED:",
            ResolutionKind.Agreed => "AGREED:",
            ResolutionKind.Recommend => "Resolved to RECOMMEND:",
            _ => "NOTED:",
        };
        if (Parts.Count == 0)
        {
            return $"{label} {Text}";
        }
        var lines = Parts.Select((p, i) => $"({i + 1}) {p}{(i < Parts.Count - 2 ? ";" : i == Parts.Count - 2 ? "; and" : "")}");
        return $"{label} {Text}\n" + string.Join("\n", lines);
    }
}
