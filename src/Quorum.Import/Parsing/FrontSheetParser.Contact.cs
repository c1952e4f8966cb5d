using System.Text.RegularExpressions;

namespace Quorum.Import.Parsing;

/// <summary>The contact's name as a "Contact:" line prints it, without what led into the number or a second officer.</summary>
public static partial class FrontSheetParser
{
    /// <summary>"Katherine Davis on 01243 534674": the word that led into the number; "Lara Knight / Michelle Salmon":
    /// two officers share the meeting ("Julia Gruffydd or Angharad Hawkes" too), and the first is its contact (as the
    /// first number and address are); "Martyn Orchard - Email:" loses the dash that led into the address.</summary>
    private static string ContactName(string name)
    {
        name = NameTail().Replace(name, "");
        if (name.IndexOf(" / ", StringComparison.Ordinal) is > 2 and var slash)
        {
            return name[..slash].Trim();
        }
        return SecondOfficer().Match(name) is { Success: true } or ? name[..or.Index].Trim() : name;
    }

    [GeneratedRegex(@"\s*(?:\s(?:on|at|tel\.?|telephone|phone)|[-–,])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NameTail();

    // "… or Angharad Hawkes": a second officer named in full after "or".
    [GeneratedRegex(@"(?<=^\S+\s+\S+)\s+or\s+(?=[A-Z][a-z]+\s+[A-Z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex SecondOfficer();
}
