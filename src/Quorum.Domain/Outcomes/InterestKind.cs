namespace Quorum.Domain.Outcomes;

/// <summary>The kind of interest a member declares.</summary>
public enum InterestKind
{
    /// <summary>Disclosable pecuniary interest (Localism Act 2011 s.30; SI 2012/1464).</summary>
    DisclosablePecuniary,
    /// <summary>Other registrable interest under the council's code of conduct.</summary>
    OtherRegistrable,
    /// <summary>Non-registrable (non-pecuniary) interest.</summary>
    NonRegistrable,
}
