using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Quorum.Search;

namespace Quorum.Web.Pages.Search;

/// <summary>
/// A search as the address spells it (<c>q</c>, <c>committee</c>, <c>type</c>, <c>person</c>, <c>from</c>, <c>to</c>,
/// <c>sort</c>, <c>page</c>), shared by the search page and <c>/api/search</c> so both read and link the same way.
/// Every value the index cannot use becomes a problem naming the parameter, never an exception.
/// </summary>
public sealed record SearchQuery
{
    public const int PageSize = 10;

    private static readonly Dictionary<string, SearchDocumentKind> Kinds =
        Enum.GetValues<SearchDocumentKind>().ToDictionary(WindowedSearchIndex.KindKey, StringComparer.Ordinal);

    public string Text { get; init; } = "";
    public string? Committee { get; init; }
    public string? Type { get; init; }
    public string? Person { get; init; }
    public LocalDate? From { get; init; }
    public LocalDate? To { get; init; }
    public string FromText { get; init; } = "";
    public string ToText { get; init; } = "";
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;

    /// <summary>Whether anything was asked at all; a bare <c>/search</c> shows the form without complaint.</summary>
    public bool IsBlank => Text.Length == 0 && Committee is null && Type is null && Person is null && FromText.Length == 0 && ToText.Length == 0;

    public static (SearchQuery Query, List<SearchProblem> Problems) Parse(IQueryCollection values)
    {
        var problems = new List<SearchProblem>();
        string? One(string name) => values[name].Count > 0 ? values[name][^1] : null;
        string? Optional(string name) => string.IsNullOrWhiteSpace(One(name)) ? null : One(name)!.Trim();

        var fromText = One("from")?.Trim() ?? "";
        var toText = One("to")?.Trim() ?? "";
        var query = new SearchQuery
        {
            Text = One("q")?.Trim() ?? "",
            Committee = Optional("committee"),
            Type = Optional("type"),
            Person = Optional("person"),
            FromText = Shorten(fromText, 40),
            ToText = Shorten(toText, 40),
            From = Date("from", fromText, problems),
            To = Date("to", toText, problems),
        };
        if (query.Type is { } type && !Kinds.ContainsKey(type))
        {
            problems.Add(new SearchProblem("type", $"Choose a document type from the list, not '{Shorten(type, 40)}'."));
        }
        switch (Optional("sort"))
        {
            case null or "relevance":
                break;
            case "date":
                query = query with { Sort = SearchSort.Date };
                break;
            case var other:
                problems.Add(new SearchProblem("sort", $"Sort by 'relevance' or 'date', not '{Shorten(other, 40)}'."));
                break;
        }
        if (Optional("page") is { } page)
        {
            if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 100_000)
            {
                query = query with { Page = number };
            }
            else
            {
                problems.Add(new SearchProblem("page", $"'page' must be a page number from 1, not '{Shorten(page, 40)}'."));
            }
        }
        return (query, problems);
    }

    /// <summary>The index's request, confined to the council the site serves.</summary>
    public SearchRequest ToRequest(Guid? council) => new()
    {
        Council = council,
        Text = Text,
        Committees = Committee is null ? [] : [Committee],
        Kinds = Type is not null && Kinds.TryGetValue(Type, out var kind) ? [kind] : [],
        People = Person is null ? [] : [Person],
        From = From,
        To = To,
        Sort = Sort,
        Page = Page,
        PageSize = PageSize,
    };

    /// <summary>The same search at another page (or, with no page, the first), for links and pagination.</summary>
    public string Link(string path, int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
        Add("q", Text);
        Add("committee", Committee);
        Add("type", Type);
        Add("person", Person);
        Add("from", From is { } from ? LocalDatePattern.Iso.Format(from) : null);
        Add("to", To is { } to ? LocalDatePattern.Iso.Format(to) : null);
        Add("sort", Sort == SearchSort.Date ? "date" : null);
        Add("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? path : path + "?" + string.Join("&", parts);
    }

    private static LocalDate? Date(string name, string text, List<SearchProblem> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && parsed.Value.Year is >= 1900 and <= 2099)
        {
            return parsed.Value;
        }
        problems.Add(new SearchProblem(name, $"'{name}' must be a date in the form 2017-09-19, not '{Shorten(text, 40)}'."));
        return null;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
