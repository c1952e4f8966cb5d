using System.Text.RegularExpressions;

namespace Quorum.Import.Parsing;

/// <summary>The contact's name as a "Contact:" line prints it, without what led into the number or a second officer.</summary>
public static partial class FrontSheetParser
{
    /// <summary>"Katherine Davis on 01243 534674": the word that led into the number; "Lara Knight / Michelle Salmon":
    /// two officers share the meeting, and the first is its contact (as the first number and address are).</summary>
    private static string ContactName(string name)
    {
        name = NameTail().Replace(name, "");
        return name.IndexOf(" / ", StringComparison.Ordinal) is > 2 and var slash ? name[..slash].Trim() : name;
    }

    [GeneratedRegex(@"\s+(?:on|at|tel\.?|telephone|phone)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NameTail();
}
