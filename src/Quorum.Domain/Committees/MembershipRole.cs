namespace Quorum.Domain.Committees;

/// <summary>The seat a person holds on a body.</summary>
public enum MembershipRole
{
    Chair,
    ViceChair,
    Member,
    /// <summary>A co-opted member (e.g. a church or parent-governor representative on scrutiny).</summary>
    CoOpted,
    /// <summary>A non-voting advisory member (e.g. a foster carer on a corporate parenting panel).</summary>
    Advisory,
    /// <summary>Represents an outside organisation on a partnership body.</summary>
    Representative,
    /// <summary>An officer listed as part of the body (e.g. a partnership board's statutory officers).</summary>
    Officer,
}
