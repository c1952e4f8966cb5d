using System.Net;
using System.Text.RegularExpressions;
using Quorum.Domain.Meetings;

namespace Quorum.Web.Tests.Site;

/// <summary>
/// What a page must never show a person: a code's name for a value (an enum member such as "ViceChair" or
/// "NonRegistrable") or Quorum's own code for a rule ("CPR-2", "INT-4", "PR-3"): refusals name the rule in words,
/// and a council's rules by the name of its standing orders.
/// </summary>
public static partial class PlainWords
{
    /// <summary>Every enum member of the domain and the use cases whose name is several words run together.</summary>
    public static readonly IReadOnlySet<string> EnumNames = new[] { typeof(MeetingStatus).Assembly, typeof(Application.ApplicationServices).Assembly }
        .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames).Where(n => RunTogether().IsMatch(n))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The text a reader sees in an HTML page: no tags, scripts or styles, entities decoded.</summary>
    public static string VisibleText(string html)
    {
        var body = Hidden().Replace(html, " ");
        return WebUtility.HtmlDecode(Tag().Replace(body, " "));
    }

    /// <summary>Fails naming the page and the word when <paramref name="text"/> shows an enum name or a bare rule code.</summary>
    public static void AssertPlain(string text, string where)
    {
        // Messages are built only on failure: the canary crawl checks every word of thousands of pages.
        foreach (Match word in Word().Matches(text))
        {
            if (EnumNames.Contains(word.Value))
            {
                Assert.Fail($"{where} shows the internal name '{word.Value}': {Around(text, word.Index)}");
            }
        }
        if (RuleCode().Match(text) is { Success: true } code)
        {
            Assert.Fail($"{where} shows Quorum's rule code '{code.Value}': {Around(text, code.Index)}");
        }
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)].ReplaceLineEndings(" ");

    [GeneratedRegex("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9]+\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:CAL|AI|EX|OP|INT|CPR|PR)-\d+\b")]
    private static partial Regex RuleCode();

    [GeneratedRegex("<(script|style|head)\\b.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
