using System.Text.RegularExpressions;

namespace Quorum.Search;

/// <summary>The checks at the index boundary: what may enter the public index, and in what shape.</summary>
internal static partial class DocumentRules
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsPublic(SearchDocument document) => document.Visibility == DocumentVisibility.Public;

    public static void CheckSourceKey(string sourceKey)
    {
        if (string.IsNullOrWhiteSpace(sourceKey) || sourceKey.Length > 200)
        {
            throw new SearchDocumentException("Source key must be 1 to 200 characters.");
        }
    }

    /// <summary>Throws naming the document and the field when a document cannot be indexed as given.</summary>
    public static void Check(SearchDocument d)
    {
        string Where(string field) => $"Search document '{d.Id}': {field}";

        if (string.IsNullOrWhiteSpace(d.Id) || d.Id.Length > 200)
        {
            throw new SearchDocumentException("Search document id must be 1 to 200 characters.");
        }
        if (!Enum.IsDefined(d.Kind))
        {
            throw new SearchDocumentException(Where($"kind {(int)d.Kind} is not a known kind."));
        }
        if (!Enum.IsDefined(d.Visibility))
        {
            throw new SearchDocumentException(Where($"visibility {(int)d.Visibility} is not a known visibility."));
        }
        if (string.IsNullOrWhiteSpace(d.Title))
        {
            throw new SearchDocumentException(Where("title is empty."));
        }
        if (d.Committee is { } committee && (!SlugPattern().IsMatch(committee.Slug) || string.IsNullOrWhiteSpace(committee.Name)))
        {
            throw new SearchDocumentException(Where($"committee slug '{committee.Slug}' must be lower-case words joined by hyphens, with a name."));
        }
        foreach (var person in d.PersonSlugs)
        {
            if (person is null || !SlugPattern().IsMatch(person))
            {
                throw new SearchDocumentException(Where($"person slug '{person}' must be lower-case words joined by hyphens."));
            }
        }
        if (string.IsNullOrWhiteSpace(d.Url) || !(d.Url.StartsWith('/') || d.Url.StartsWith("https://", StringComparison.Ordinal) || d.Url.StartsWith("http://", StringComparison.Ordinal)))
        {
            throw new SearchDocumentException(Where($"URL '{d.Url}' must be a site path (/…) or an http(s) address."));
        }
        if (d.PageNumber is < 1)
        {
            throw new SearchDocumentException(Where("page number must be 1 or more."));
        }
        // A link into a PDF must open at the page the hit names; a report whose pack is not yet published links to
        // its HTML view instead, and one whose pages are not known (papers "to follow") has no page number.
        if (d.Kind == SearchDocumentKind.ReportPage && d.PageNumber is { } page && IsPdfLink(d.Url)
            && !d.Url.EndsWith($"#page={page}", StringComparison.Ordinal))
        {
            throw new SearchDocumentException(Where($"a report page's PDF URL must end in #page={page} (see DeepLink.PdfPage)."));
        }
    }

    private static bool IsPdfLink(string url) => url.Split('#', 2)[0].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks every document, then splits off those that are not public.</summary>
    public static (List<SearchDocument> Public, List<string> WithheldIds) Admit(string sourceKey, IReadOnlyCollection<SearchDocument> documents)
    {
        CheckSourceKey(sourceKey);
        var admitted = new List<SearchDocument>(documents.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var withheld = new List<string>();
        foreach (var document in documents)
        {
            Check(document);
            if (!seen.Add(document.Id))
            {
                throw new SearchDocumentException($"Search document '{document.Id}' appears twice in source '{sourceKey}'.");
            }
            if (IsPublic(document))
            {
                admitted.Add(document with
                {
                    Title = TextNormaliser.CleanStoredText(document.Title),
                    Body = TextNormaliser.CleanStoredText(document.Body),
                });
            }
            else
            {
                withheld.Add(document.Id);
            }
        }
        return (admitted, withheld);
    }

    /// <summary>Kinds whose titles are names worth finding by any part ("worth" → "Ashworth").</summary>
    public static string? NameKey(SearchDocument d) =>
        d.Kind is SearchDocumentKind.Person or SearchDocumentKind.Committee or SearchDocumentKind.AgendaItem
            ? TextNormaliser.Fold(d.Title)
            : null;
}
