using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Quorum.Application.Reports;

/// <summary>
/// Finds what in a PDF could act when it is opened rather than just be read: JavaScript, launch, submit and import
/// actions, automatic actions (<c>/AA</c>), embedded files, rich media and XFA forms. Enclosures are published to
/// anyone; a council paper needs none of these, so an upload carrying one is refused with what was found.
/// </summary>
public static partial class PdfActiveContent
{
    private static readonly HashSet<string> ActiveKeys = ["JS", "JavaScript", "AA", "EmbeddedFiles", "EmbeddedFile", "RichMedia", "XFA", "Launch"];

    private static readonly HashSet<string> ActiveActions = ["JavaScript", "Launch", "SubmitForm", "ImportData", "RichMediaExecute", "Rendition", "GoToE"];

    private const int MaxDepth = 32;

    /// <summary>A plain description of the first active part found ("JavaScript", "an embedded file"), or null.</summary>
    public static string? Find(PdfDocument pdf, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(bytes);
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            IToken? token;
            try
            {
                token = pdf.Structure.GetObject(reference)?.Data;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                continue;
            }
            if (Inspect(token, 0) is { } found)
            {
                return found;
            }
        }
        // Objects the cross-reference table does not list are still read by some viewers: look at the raw names too.
        return RawNames(bytes);
    }

    private static string? Inspect(IToken? token, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }
        switch (token)
        {
            case StreamToken stream:
                return Inspect(stream.StreamDictionary, depth + 1);
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                {
                    if (ActiveKeys.Contains(key))
                    {
                        return Describe(key);
                    }
                    if (key == "S" && value is NameToken action && ActiveActions.Contains(action.Data))
                    {
                        return Describe(action.Data);
                    }
                    if (Inspect(value, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    if (Inspect(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static string? RawNames(byte[] bytes)
    {
        // Latin-1 keeps one character per byte; "#4A" escapes in names are decoded before matching. Stream bodies
        // (compressed page content, images) are left out: their bytes can spell a name by chance.
        var text = StreamBody().Replace(Encoding.Latin1.GetString(bytes), " ");
        foreach (var name in new[] { "JavaScript", "JS", "Launch", "EmbeddedFile", "RichMedia", "XFA", "AA", "SubmitForm", "ImportData" })
        {
            if (ContainsName(text, name))
            {
                return Describe(name);
            }
        }
        return null;
    }

    private static bool ContainsName(string text, string name)
    {
        var index = 0;
        while ((index = text.IndexOf('/', index)) >= 0)
        {
            var end = index + 1;
            var decoded = new StringBuilder();
            while (end < text.Length && decoded.Length <= name.Length && !IsDelimiter(text[end]))
            {
                if (text[end] == '#' && end + 2 < text.Length && Uri.IsHexDigit(text[end + 1]) && Uri.IsHexDigit(text[end + 2]))
                {
                    decoded.Append((char)Convert.ToInt32(text.Substring(end + 1, 2), 16));
                    end += 3;
                }
                else
                {
                    decoded.Append(text[end]);
                    end++;
                }
            }
            if (decoded.Length == name.Length && decoded.ToString() == name && (end >= text.Length || IsDelimiter(text[end])))
            {
                return true;
            }
            index = end;
        }
        return false;
    }

    [GeneratedRegex(@"stream\r?\n.*?endstream", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex StreamBody();

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is '/' or '<' or '>' or '[' or ']' or '(' or ')' or '{' or '}' or '%' or '\0';

    private static string Describe(string key) => key switch
    {
        "JS" or "JavaScript" => "JavaScript",
        "AA" => "actions that run automatically when it is opened or read",
        "Launch" => "an action that starts another program",
        "EmbeddedFiles" or "EmbeddedFile" => "an embedded file",
        "RichMedia" or "RichMediaExecute" or "Rendition" => "embedded media",
        "XFA" => "an XFA form",
        "SubmitForm" => "a form that sends data elsewhere",
        "ImportData" => "an action that reads other files",
        _ => "an action that opens another document",
    };
}
