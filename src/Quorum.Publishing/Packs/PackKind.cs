namespace Quorum.Publishing.Packs;

/// <summary>The packs a meeting's agenda is published as.</summary>
public enum PackKind
{
    /// <summary>The public pack: every item listed, Part I papers only.</summary>
    Main,

    /// <summary>Members only: the Part II papers and exempt appendices.</summary>
    PartII,

    /// <summary>Papers that were "To Follow" when the agenda went out.</summary>
    Supplementary,
}
