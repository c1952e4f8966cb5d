using NodaTime;

namespace Quorum.Domain.People;

/// <summary>
/// Anyone named in the record: councillors, co-optees, partner representatives and officers. Councillors have
/// a ward and usually a party group. Aliases hold the spellings packs actually print ("Linda"/"Lynda Seymour").
/// </summary>
public sealed class Person : Entity
{
    public required Guid CouncilId { get; set; }

    /// <summary>Honorific or rank as printed: Mr, Mrs, Ms, Dr, Reverend, Superintendent. Councillors may have one too ("Councillor Ms Pamela Fitzpatrick").</summary>
    public string? Title { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public required Slug Slug { get; set; }

    public bool IsCouncillor { get; set; }

    /// <summary>
    /// A councillor's last day in office (not re-elected, resigned). The person stays a councillor in the record of
    /// what they did while they sat, so this ends their term rather than overwriting it.
    /// </summary>
    public LocalDate? CouncillorUntil { get; set; }

    /// <summary>Whether the person sits as a councillor on <paramref name="date"/>.</summary>
    public bool SitsOn(LocalDate date) => IsCouncillor && (CouncillorUntil is null || date <= CouncillorUntil);

    public Guid? WardId { get; set; }

    public Guid? PartyGroupId { get; set; }

    public string? Email { get; set; }

    public List<string> Aliases { get; private set; } = [];

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>As a minute or front sheet prints it: "Councillor Phillip O'Dell", "Reverend P Reece".</summary>
    public string DisplayName => IsCouncillor
        ? $"Councillor {FullName}"
        : Title is null ? FullName : $"{Title} {FullName}";

    /// <summary>Whether a printed name refers to this person, ignoring case, a leading "Councillor"/title and known spelling variants.</summary>
    public bool IsNamed(string printed)
    {
        var name = printed.Trim();
        foreach (var prefix in new[] { "Councillor ", "Cllr ", Title is null ? null : Title + " " })
        {
            if (prefix is not null && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..].Trim();
            }
        }
        return string.Equals(name, FullName, StringComparison.OrdinalIgnoreCase)
            || Aliases.Any(a => string.Equals(name, a, StringComparison.OrdinalIgnoreCase));
    }

    public void AddAlias(string alias)
    {
        if (!IsNamed(alias))
        {
            Aliases.Add(alias.Trim());
        }
    }
}
