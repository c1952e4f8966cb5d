using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Quorum.Search;

/// <summary>
/// Filters as words of the word index (SQLite: a third FTS5 column with bm25 weight 0; PostgreSQL: lexemes of the
/// tsvector no parsed word can equal), so each engine applies them inside its index instead of looking up every
/// text match in the documents table: that lookup made filtered queries 10× slower at a million pages
/// (search-limits.md §2.4). Slugs are hashed so no slug can collide with a date or kind token.
/// </summary>
internal static class MetaTokens
{
    private static readonly LocalDate Earliest = new(1900, 1, 1);
    private static readonly LocalDate Latest = new(2099, 12, 31);

    public static string Kind(SearchDocumentKind kind) => "zk" + (int)kind;
    public static string Committee(string slug) => "zc" + Hash(slug);
    public static string Person(string slug) => "zp" + Hash(slug);
    public static string Council(Guid id) => "zn" + id.ToString("N");

    public static List<string> For(SearchDocument d)
    {
        var tokens = new List<string> { Kind(d.Kind) };
        if (d.CouncilId is { } council)
        {
            tokens.Add(Council(council));
        }
        if (d.Committee is { } committee)
        {
            tokens.Add(Committee(committee.Slug));
        }
        tokens.AddRange(d.PersonSlugs.Distinct(StringComparer.Ordinal).Select(Person));
        if (d.MeetingDate is { } date)
        {
            tokens.Add(Decade(date.Year));
            tokens.Add(Year(date.Year));
            tokens.Add(Month(date));
            tokens.Add(Day(date));
        }
        return tokens;
    }

    /// <summary>The fewest decade, year, month and day tokens that cover the range exactly (inclusive ends).</summary>
    public static List<string> DateRange(LocalDate? from, LocalDate? to)
    {
        var start = from is { } f && f > Earliest ? f : Earliest;
        var end = to is { } t && t < Latest ? t : Latest;
        var tokens = new List<string>();
        var current = start;
        while (current <= end)
        {
            var startOfYear = current.Day == 1 && current.Month == 1;
            if (startOfYear && current.Year % 10 == 0 && new LocalDate(current.Year + 9, 12, 31) <= end)
            {
                tokens.Add(Decade(current.Year));
                current = new LocalDate(current.Year + 10, 1, 1);
            }
            else if (startOfYear && new LocalDate(current.Year, 12, 31) <= end)
            {
                tokens.Add(Year(current.Year));
                current = new LocalDate(current.Year + 1, 1, 1);
            }
            else if (current.Day == 1 && current.PlusMonths(1).PlusDays(-1) <= end)
            {
                tokens.Add(Month(current));
                current = current.PlusMonths(1);
            }
            else
            {
                tokens.Add(Day(current));
                current = current.PlusDays(1);
            }
        }
        return tokens;
    }

    private static string Decade(int year) => "zd" + (year / 10);
    private static string Year(int year) => "zy" + year;
    private static string Month(LocalDate d) => $"zm{d.Year}{d.Month:00}";
    private static string Day(LocalDate d) => $"zz{d.Year}{d.Month:00}{d.Day:00}";

    private static string Hash(string slug) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)).AsSpan(0, 8));
}
