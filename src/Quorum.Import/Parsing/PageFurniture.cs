using System.Text.RegularExpressions;

namespace Quorum.Import.Parsing;

/// <summary>
/// What web pages and document systems print around a paper's own words: "Agenda and minutes", "Public Document
/// Pack", "Meeting Details", "NOTICE OF MEETING", "View directions", "pdf icon PDF 129 KB", "(PDF, 914 KB)".
/// </summary>
public static partial class PageFurniture
{
    public static bool IsFurniture(string line) => Furniture().IsMatch(line.Trim());

    /// <summary>Removes file-size links and "View directions" from a line, leaving the paper's text.</summary>
    public static string StripLinks(string text) => text.Contains("KB", StringComparison.OrdinalIgnoreCase)
        || text.Contains("MB", StringComparison.Ordinal) || text.Contains("View ", StringComparison.Ordinal)
        ? Links().Replace(text, "").TrimEnd() : text;

    /// <summary>The body named before a heading's date: "Cabinet - " → "Cabinet"; "Extraordinary, Full Council - " →
    /// "Full Council"; "EGM, National Park Authority - " → "National Park Authority". Null when nothing is left.</summary>
    public static string? BodyBeforeDate(string before)
    {
        var text = Trailing().Replace(before, "").Trim();
        text = Kind().Replace(text, "").Trim();
        text = Furniture().IsMatch(text) ? "" : text;
        return text.Length == 0 ? null : PeopleNames.Normalise(text);
    }

    public static string CleanVenue(string venue) => StripLinks(venue).Replace(". View directions", "", StringComparison.OrdinalIgnoreCase).Trim().TrimEnd('.', ',');

    [GeneratedRegex(@"^(?:agendas?(?:,)?(?:\s+(?:and|decisions and)\s+(?:draft\s+)?minutes)?|agendas?,\s+(?:reports|decisions)\s+and\s+(?:draft\s+)?minutes|agenda for|(?:agenda|minutes)(?:\s+for)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|agendas, meetings and minutes.*|meeting details|meeting documents|meeting summary|occurred|minutes|draft|confirmed|unconfirmed|public document pack|notice of (?:the )?meeting|decision details|issue - .*|items|no\.?\s+item|summons|\W*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Furniture();

    // "pdf icon PDF 129 KB", "PDF 158 KB", "(PDF, 914 KB)", "View as HTML (10/2) 5 KB", "View directions"; CMIS prints
    // the file's kind after the item's number and its size after the title: "6 pdf Minutes (83Kb)".
    [GeneratedRegex(@"\s*(?:pdf icon\s+)?(?:\(\s*PDF,?\s*[\d.,]+\s*[KM]B\s*\)|PDF\s+[\d.,]+\s*[KM]B)|\s*View as HTML\s*(?:\([^)]*\))?\s*[\d.,]+\s*[KM]B|\s*View directions\b|(?<=^\s*\d{1,3}[a-z]?\s)(?:pdf|docx?)\s+(?=\S.*\([\d.,]+\s*[KM]b\)\s*$)|\s*\([\d.,]+\s*[KM]b\)(?=\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Links();

    [GeneratedRegex(@"[\s,\-–—:|]*(?:(?:on|held on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Trailing();

    // The meeting's kind before its body: "Extraordinary, Full Council", "Special, Cabinet", "EGM, National Park Authority".
    [GeneratedRegex(@"^(?:Extraordinary|Special|Ordinary|Annual|Reconvened|Adjourned|EGM|AGM|(?:Extraordinary|Annual) General Meeting),\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Kind();
}
