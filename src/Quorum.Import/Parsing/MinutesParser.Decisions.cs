using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;

namespace Quorum.Import.Parsing;

/// <summary>A decision's text: "RESOLVED: text", or a lead-in over its parts "(1) …", "A: …", with bullets under a part.</summary>
public static partial class MinutesParser
{
    /// <summary>Reads "RESOLVED: text" or "RESOLVED: That" followed by "(1) …; and (2) …" parts.</summary>
    internal static int ReadDecision(IReadOnlyList<CleanLine> lines, int i, string leadIn, List<string> into, out string? action)
    {
        action = null;
        var cells = leadIn.Split('\t', StringSplitOptions.TrimEntries);
        var text = cells[0].Trim();
        if (cells.Length > 1 && cells[^1].Length > 0)
        {
            action = cells[^1];
        }
        var parts = new List<string>();
        var j = i;
        while (true)
        {
            var next = NextNonEmpty(lines, j);
            if (next < 0)
            {
                break;
            }
            var candidate = lines[next].Text.Trim();
            if (candidate.StartsWith("- ", StringComparison.Ordinal))
            {
                candidate = candidate[2..].Trim();
            }
            if (parts.Count > 0 && IsBullet(candidate) && PartAfterBullets(lines, next) is { } lastBullet)
            {
                // "B: Confirm … the following bodies:" over "· The Police and Crime Commissioner …" then "C: …": the
                // bullets belong to the part above and are not parts of their own.
                j = lastBullet;
                continue;
            }
            var part = PartLabel().Match(candidate);
            if (!part.Success || IsCapitalsHeading(candidate[part.Length..]))
            {
                // "(b) DOVETAIL ENTERPRISES": a lettered sub-heading in capitals starts the next matter, not a part.
                break;
            }
            parts.Add(candidate[part.Length..].Trim());
            j = next;
        }
        // "RESOLVED: That" or "RESOLVED: That Cabinet:" over numbered parts: the lead-in is not a part of its own.
        var leadInIsThat = text.Length == 0 || ThatOnly().IsMatch(text) || ShortLeadIn().IsMatch(text);
        if (parts.Count == 0 && text.EndsWith(':') && NumberedParts(lines, i, parts) is var lastPart and > 0)
        {
            // "RESOLVED that Cabinet:" over "1. Agree to …;", "2. Note that …; and", "3. Agree to request …", each wrapped
            // under its own hanging indent.
            j = lastPart;
        }
        if (parts.Count > 0)
        {
            if (!leadInIsThat)
            {
                into.Add(text);
            }
            into.AddRange(parts);
            return j;
        }
        if (text.Length == 0)
        {
            // "RESOLVED:" on a line of its own, with the resolution in the next paragraph.
            var next = NextNonEmpty(lines, i);
            if (next >= 0 && (ThatOnly().IsMatch(lines[next].Text.Trim()) || ShortLeadIn().IsMatch(lines[next].Text.Trim())))
            {
                // "RESOLVED:" / "That Cabinet:" / "A: Welcomes …": the lead-in on a line of its own, the parts below it.
                return ReadDecision(lines, next, lines[next].Text.Trim(), into, out action);
            }
            if (next >= 0 && !Decision().IsMatch(lines[next].Text.Trim()) && !MinuteHeading().IsMatch(lines[next].Text.Trim()))
            {
                into.Add(lines[next].Text.Trim());
                return next;
            }
            return i;
        }
        // "ORDERED that the recommendation contained in the" over "report be approved.": a resolution wrapped in its
        // cell goes on while it has not ended and the next line opens in lower case, or sits under the paragraph's
        // hanging indent ("   3. RESOLVED that Cabinet note …" over "      Finance, Corporate and Traded Services.").
        var indent = Indent(lines[i].Text);
        while (!Ended().IsMatch(text) && i + 1 < lines.Count && !lines[i + 1].IsEmpty && lines[i + 1].Text.Trim() is { Length: > 0 } wrapped
            && (char.IsLower(wrapped[0]) || (Indent(lines[i + 1].Text) > indent && ItemNumbering.Read(wrapped) is null))
            && !PartLabel().IsMatch(wrapped) && ItemNumbering.ItemMarker(wrapped) is null)
        {
            text += " " + wrapped;
            i++;
        }
        into.Add(EndBeforeAction(text));
        return i;
    }

    /// <summary>"Agreed that a meeting … be arranged. Clerk to arrange a meeting during August …": the sentence that
    /// gives an officer the action is the action, not the decision.</summary>
    internal static string EndBeforeAction(string resolution) =>
        ActionAfterDecision().Match(resolution) is { Success: true } action ? resolution[..action.Index] : resolution;

    /// <summary>Parts numbered "1.", "2.", … in order under a lead-in ending with a colon, each with the lines under its
    /// hanging indent; returns the index of the last line read, or -1 when none follows.</summary>
    private static int NumberedParts(IReadOnlyList<CleanLine> lines, int i, List<string> parts)
    {
        var last = -1;
        var expected = 1;
        for (var k = NextNonEmpty(lines, i); k > 0 && NumberedPart().Match(lines[k].Text.Trim()) is { Success: true } part
            && part.Groups["n"].Value == expected.ToString(System.Globalization.CultureInfo.InvariantCulture); k = NextNonEmpty(lines, k))
        {
            var text = lines[k].Text.Trim()[part.Length..].Trim();
            var indent = Indent(lines[k].Text);
            while (k + 1 < lines.Count && !lines[k + 1].IsEmpty && Indent(lines[k + 1].Text) > indent)
            {
                text += " " + lines[++k].Text.Trim();
            }
            parts.Add(text);
            last = k;
            expected++;
        }
        return parts.Count >= 2 ? last : -1;
    }

    private static int Indent(string text) => text.Length - text.TrimStart().Length;

    private static bool IsBullet(string text) => text.Length > 2 && text[0] is '·' or '•';

    /// <summary>The last of the bullets from <paramref name="first"/> on when a lettered or numbered part follows them.</summary>
    private static int? PartAfterBullets(IReadOnlyList<CleanLine> lines, int first)
    {
        var last = first;
        for (var k = NextNonEmpty(lines, first); k > 0; k = NextNonEmpty(lines, k))
        {
            var text = lines[k].Text.Trim();
            if (!IsBullet(text))
            {
                return PartLabel().IsMatch(text) ? last : null;
            }
            last = k;
        }
        return null;
    }

    [GeneratedRegex(@"[.;:!?]$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Ended();

    // An office given the task after the decision's sentence: "… Hughes. Clerk to arrange …", "… Chair to write …".
    [GeneratedRegex(@"(?<=\.)\s+(?:The\s+)?(?:(?:Town|Parish)\s+)?(?:Clerk|Chair(?:man|person)?|Mayor|Proper\s+Officer)\s+to\s+[a-z]", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ActionAfterDecision();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+(?=\S)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NumberedPart();
}
