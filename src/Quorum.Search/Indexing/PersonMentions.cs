using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Search.Indexing;

/// <summary>
/// Finds the people a paper names, by full name or a recorded spelling ("Councillor Jerry Miles introduced the
/// report"), so a search can be narrowed to one councillor.
/// </summary>
internal sealed class PersonMentions(IReadOnlyList<(string Name, string Slug, Guid CouncilId)> names)
{
    public static async Task<PersonMentions> LoadAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().ToListAsync(cancellationToken);
        return new PersonMentions([.. people
            .SelectMany(p => p.Aliases.Prepend(p.FullName).Select(name => (Name: name.Trim(), Slug: p.Slug.Value, p.CouncilId)))
            // A bare given name or initial would match strangers.
            .Where(n => n.Name.Contains(' ', StringComparison.Ordinal) && n.Name.Length >= 5)]);
    }

    /// <summary>The people of the paper's own council it names: another council's councillor of the same name is a stranger.</summary>
    public IReadOnlyList<string> In(Guid councilId, string title, string body)
    {
        var found = new List<string>();
        foreach (var (name, slug, council) in names)
        {
            if (council == councilId && !found.Contains(slug) && (title.Contains(name, StringComparison.Ordinal) || body.Contains(name, StringComparison.Ordinal)))
            {
                found.Add(slug);
            }
        }
        return found;
    }
}
