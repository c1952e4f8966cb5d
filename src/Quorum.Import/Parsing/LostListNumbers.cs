using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;

namespace Quorum.Import.Parsing;

/// <summary>
/// A numbered list of minute headings that conversion turned into bullets ("- MEMBERS PRESENT", "- APOLOGIES …")
/// except for one heading that kept its number ("7. DALC subscription"). When exactly N-1 bullet headings stand
/// before "N.", they are items 1 to N-1 and the bullet headings after it go on from N+1; the count is the check
/// that the bullets are the lost numbers and not a list of points.
/// </summary>
internal static partial class LostListNumbers
{
    public static IReadOnlyList<CleanLine> Restore(IReadOnlyList<CleanLine> lines, int from)
    {
        var bullets = new List<int>();
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (BulletHeading(text) is not null)
            {
                bullets.Add(i);
                continue;
            }
            if (ItemNumbering.Read(text) is not { } numbered || !NumberedHeading().IsMatch(text))
            {
                continue;
            }
            if (numbered.Value < 3 || numbered.Value - 1 != bullets.Count)
            {
                return lines;
            }
            var restored = lines.ToList();
            for (var n = 0; n < bullets.Count; n++)
            {
                restored[bullets[n]] = Numbered(lines[bullets[n]], n + 1);
            }
            var next = numbered.Value + 1;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var after = lines[j].Text.Trim();
                if (BulletHeading(after) is not null)
                {
                    restored[j] = Numbered(lines[j], next++);
                }
                else if (NumberedHeading().IsMatch(after))
                {
                    // A printed number again: the list carries its own numbers from here.
                    break;
                }
            }
            return restored;
        }
        return lines;
    }

    private static CleanLine Numbered(CleanLine line, int number) =>
        line with { Text = number.ToString(CultureInfo.InvariantCulture) + ". " + BulletHeading(line.Text.Trim()) };

    /// <summary>"- MATTERS ARISING", "- Risk Assessment": a short bullet that reads as a heading, not a sentence or a
    /// list of names.</summary>
    private static string? BulletHeading(string text)
    {
        if (!text.StartsWith("- ", StringComparison.Ordinal))
        {
            return null;
        }
        var rest = text[2..].Trim();
        return rest.Length is >= 3 and <= 60 && char.IsUpper(rest[0]) && !rest.EndsWith('.') && !rest.Contains(',')
            && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 7 ? rest : null;
    }

    [GeneratedRegex(@"^\d{1,2}\.\s+[A-Z]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NumberedHeading();
}
