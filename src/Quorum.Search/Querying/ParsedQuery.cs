namespace Quorum.Search.Querying;

/// <summary>
/// One thing to look for. <see cref="Words"/> are folded and hold only letters and digits, so no engine's query
/// syntax can ever be spelled by the user: one word is a term, several are a phrase.
/// </summary>
internal sealed record QueryClause(IReadOnlyList<string> Words, bool IsPrefix, bool IsExcluded)
{
    public bool IsPhrase => Words.Count > 1;
}

internal sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses)
{
    public static ParsedQuery Empty { get; } = new([]);

    public IEnumerable<QueryClause> Required => Clauses.Where(c => !c.IsExcluded);
    public IEnumerable<QueryClause> Excluded => Clauses.Where(c => c.IsExcluded);
    public bool HasText => Clauses.Count > 0;
}
