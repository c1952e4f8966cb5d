using System.Text;
using System.Text.RegularExpressions;

namespace Quorum.Domain;

/// <summary>The URL-safe name of a record (e.g. <c>overview-and-scrutiny-committee</c>).</summary>
public sealed partial record Slug
{
    public const int MaxLength = 100;

    public Slug(string value)
    {
        if (value is null || value.Length is 0 or > MaxLength || !Shape().IsMatch(value))
        {
            throw new ArgumentException(
                $"Slug '{value}' is not valid: use 1-{MaxLength} lower-case letters, digits and single hyphens, not at either end.",
                nameof(value));
        }
        Value = value;
    }

    public string Value { get; }

    /// <summary>Makes a slug from a display name: "Councillor Phillip O'Dell" becomes "councillor-phillip-odell".</summary>
    public static Slug From(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '&' or '/' or '_' or '.' or ',') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return new Slug(slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug);
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();
}
