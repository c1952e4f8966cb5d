using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Interests;

/// <summary>
/// The heading an entry sits under in a member's register: the seven disclosable pecuniary interest categories of
/// the Schedule to SI 2012/1464 (INT-2), then the local code's other registrable interests and gifts and hospitality.
/// </summary>
public enum InterestCategory
{
    EmploymentOfficeTradeProfessionOrVocation,
    Sponsorship,
    Contracts,
    Land,
    Licences,
    CorporateTenancies,
    Securities,
    OtherRegistrable,
    GiftsAndHospitality,
}

public static class InterestCategories
{
    /// <summary>Whether the category is one of the seven statutory DPI categories (Localism Act 2011 s30; SI 2012/1464).</summary>
    public static bool IsDisclosablePecuniary(this InterestCategory category) => category <= InterestCategory.Securities;

    /// <summary>The kind of interest a declaration arising from an entry in this category is.</summary>
    public static InterestKind DeclaredAs(this InterestCategory category)
        => category.IsDisclosablePecuniary() ? InterestKind.DisclosablePecuniary : InterestKind.OtherRegistrable;

    /// <summary>The heading as the register prints it.</summary>
    public static string Heading(this InterestCategory category) => category switch
    {
        InterestCategory.EmploymentOfficeTradeProfessionOrVocation => "Employment, office, trade, profession or vocation",
        InterestCategory.Sponsorship => "Sponsorship",
        InterestCategory.Contracts => "Contracts",
        InterestCategory.Land => "Land",
        InterestCategory.Licences => "Licences",
        InterestCategory.CorporateTenancies => "Corporate tenancies",
        InterestCategory.Securities => "Securities",
        InterestCategory.OtherRegistrable => "Other registrable interests",
        _ => "Gifts and hospitality",
    };
}
