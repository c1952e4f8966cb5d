using Quorum.Domain;
using Quorum.Domain.People;

namespace Quorum.Application.Imports;

/// <summary>
/// The council's people as an import sees them: finds the person a printed name refers to, or records a new one,
/// and keeps every printed form as an alias. Matching is deliberately conservative, because linking two different
/// people is worse than leaving one person under two records: the same name once normalised (<see cref="ComparableNames"/>);
/// else the same family name with a given name that is its initial ("N Ransley") or one slip away ("Linda"/"Lynda",
/// "Romzin"/"Rozmin"); else a family name one slip away with the same given name. Only a single candidate links.
/// </summary>
public sealed class PeopleDirectory(Guid councilId, List<Person> people)
{
    private readonly HashSet<string> slugs = [.. people.Select(p => p.Slug.Value)];

    public List<Person> Added { get; } = [];

    /// <summary>The person <paramref name="printed"/> names (title stripped), or null when it is not a person's name
    /// (an unnamed seat, a note that conversion ran into a list, a lone word that could be anyone).</summary>
    public Person? Find(string? printed, string? title = null)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return null;
        }
        var cleaned = ComparableNames.Clean(printed);
        if (!ComparableNames.LooksLikeName(cleaned))
        {
            return null;
        }
        var key = ComparableNames.Key(cleaned);
        var person = Match(key) ?? Create(cleaned);
        if (!string.Equals(person.FullName, cleaned, StringComparison.Ordinal) && !person.Aliases.Contains(cleaned))
        {
            person.Aliases.Add(cleaned);
        }
        if (string.Equals(title, "Councillor", StringComparison.OrdinalIgnoreCase) || printed.TrimStart().StartsWith("Councillor ", StringComparison.OrdinalIgnoreCase) || printed.TrimStart().StartsWith("Cllr ", StringComparison.OrdinalIgnoreCase))
        {
            person.IsCouncillor = true;
        }
        else if (!string.IsNullOrWhiteSpace(title) && person.Title is null)
        {
            person.Title = title.Trim();
        }
        return person;
    }

    private Person? Match(string key)
    {
        var exact = people.Where(p => Keys(p).Contains(key)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }
        if (exact.Count > 1)
        {
            return null;
        }
        var (given, family) = ComparableNames.Split(key);
        var candidates = people.Where(p => Keys(p).Any(k => Resembles(k, given, family))).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool Resembles(string known, string given, string family)
    {
        var (knownGiven, knownFamily) = ComparableNames.Split(known);
        if (given.Length == 0 || knownGiven.Length == 0)
        {
            return false;
        }
        if (knownFamily == family)
        {
            var initial = given.Length == 1 || knownGiven.Length == 1;
            return initial
                ? given[0] == knownGiven[0]
                : given.Length >= 4 && knownGiven.Length >= 4 && given[0] == knownGiven[0] && ComparableNames.Distance(given, knownGiven) <= 1;
        }
        return knownGiven == given && family.Length >= 5 && knownFamily.Length >= 5 && family[0] == knownFamily[0]
            && ComparableNames.Distance(family, knownFamily) <= 1;
    }

    private static IEnumerable<string> Keys(Person person) =>
        person.Aliases.Select(ComparableNames.Key).Prepend(ComparableNames.Key(person.FullName.Trim()));

    private Person Create(string cleaned)
    {
        var (given, family) = ComparableNames.Split(cleaned);
        var baseSlug = Slug.From(cleaned).Value;
        var slug = baseSlug;
        for (var n = 2; !slugs.Add(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }
        var person = new Person { CouncilId = councilId, GivenName = given, FamilyName = family, Slug = new Slug(slug) };
        people.Add(person);
        Added.Add(person);
        return person;
    }
}
