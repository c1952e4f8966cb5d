using Quorum.Domain.Meetings;

namespace Quorum.Domain.Outcomes;

/// <summary>The record of one item of business: "225. Community Safety Strategy", the discussion, and any decision.</summary>
public sealed class Minute : Entity
{
    public required Guid MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    /// <summary>Kept on the minute so the store can hold numbers unique per body.</summary>
    public required Guid CommitteeId { get; set; }

    public Guid? AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public required MinuteNumber Number { get; set; }

    public required string Title { get; set; }

    /// <summary>The narrative: who introduced the report and the points made in discussion.</summary>
    public string Body { get; set; } = "";

    public List<Resolution> Resolutions { get; private set; } = [];

    public Resolution Resolve(ResolutionKind kind, string text, params string[] parts) => Resolve(Guid.NewGuid(), kind, text, parts);

    /// <summary>Records a decision under a known identifier (imports and generated data keep theirs).</summary>
    public Resolution Resolve(Guid id, ResolutionKind kind, string text, params string[] parts)
    {
        var resolution = new Resolution { Id = id, MinuteId = Id, Kind = kind, Text = text, Order = Resolutions.Count + 1 };
        resolution.Parts.AddRange(parts);
        Resolutions.Add(resolution);
        return resolution;
    }
}
