using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Quorum.Import.Parsing;

/// <summary>
/// Dates and times in the forms packs print them: "Tuesday 19 September 2017", "Monday, 11 September 2017",
/// "9 th December 2014", "26th November 2014", "27 JUNE 2017", "22/8/17", "24.09.2020", "&lt;u&gt;24/09/2020/&lt;/u&gt;",
/// "23/09/2020_", "By 30.09.17"; times "7.30 pm", "6.00 PM", "7pm", "19:30", "noon".
/// </summary>
public static partial class PackDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Finds the first date anywhere in <paramref name="text"/>.</summary>
    public static LocalDate? FindDate(string? text) => FindDate(text, out _);

    public static LocalDate? FindDate(string? text, out Match? where)
    {
        where = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        LocalDate? best = null;
        var bestIndex = int.MaxValue;
        foreach (Match m in WordDate().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (month is null || year is null)
            {
                continue;
            }
            var date = Make(year.Value, month.Value, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture));
            if (date is not null && m.Index < bestIndex)
            {
                best = date;
                bestIndex = m.Index;
                where = m;
            }
            break;
        }
        foreach (Match m in MonthFirstDate().Matches(text))
        {
            if (m.Index >= bestIndex)
            {
                break;
            }
            if (MonthNumber(m.Groups["month"].Value) is { } month
                && Make(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                best = date;
                bestIndex = m.Index;
                where = m;
                break;
            }
        }
        foreach (Match m in NumericDate().Matches(text))
        {
            if (m.Index >= bestIndex)
            {
                break;
            }
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year < 100)
            {
                year += 2000;
            }
            var date = Make(year, int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture));
            if (date is not null)
            {
                best = date;
                where = m;
                break;
            }
        }
        return best;
    }

    /// <summary>True when the line is a date and nothing else (an optional weekday aside), as minutes headings print it.</summary>
    public static bool IsDateOnly(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ',');
        if (trimmed.Length is < 6 or > 40)
        {
            return false;
        }
        var date = FindDate(trimmed, out var m);
        if (date is null || m is null)
        {
            return false;
        }
        var rest = (trimmed[..m.Index] + trimmed[(m.Index + m.Length)..]).Trim(' ', ',', '.');
        return rest.Length == 0 || Weekday().IsMatch(rest);
    }

    /// <summary>Finds the first clock time ("7.30 pm", "6.00 PM", "19:30", "noon").</summary>
    public static LocalTime? FindTime(string? text) => FindTime(text, 0);

    public static LocalTime? FindTime(string? text, int startAt)
    {
        if (string.IsNullOrEmpty(text) || startAt >= text.Length)
        {
            return null;
        }
        for (var m = Time().Match(text, startAt); m.Success; m = m.NextMatch())
        {
            if (ToTime(m) is { } time)
            {
                return time;
            }
        }
        if (MilitaryTime().Match(text, startAt) is { Success: true } military)
        {
            return new LocalTime(int.Parse(military.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(military.Groups["m"].Value, CultureInfo.InvariantCulture));
        }
        return text.Contains("noon", StringComparison.OrdinalIgnoreCase) ? new LocalTime(12, 0) : null;
    }

    private static LocalTime? ToTime(Match m)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridian = m.Groups["ampm"].Value.ToLowerInvariant();
        if (meridian.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (meridian.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }
        else if (meridian.StartsWith('h') && m.Groups["m"].Success)
        {
            // "19.00 hours", "18:30 hrs": a 24-hour clock.
        }
        else if ((meridian.Length == 0 || meridian.StartsWith('h')) && m.Groups["colon"].Value != ":")
        {
            // A bare "17" or "4.2" is a number, not a time; only "19:30" stands without am/pm.
            return null;
        }
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new LocalTime(hour, minute) : null;
    }

    /// <summary>All times in order, e.g. "commenced at 7.30 pm, closed at 9.50 pm".</summary>
    public static List<LocalTime> FindTimes(string text)
    {
        var times = new List<LocalTime>();
        for (var m = Time().Match(text); m.Success; m = m.NextMatch())
        {
            if (ToTime(m) is { } time)
            {
                times.Add(time);
            }
        }
        return times;
    }

    private static int? MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }
        var key = name[..3].ToLowerInvariant();
        var index = Array.IndexOf(Months, key);
        return index < 0 ? null : index + 1;
    }

    private static LocalDate? Make(int year, int month, int day)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }
        return new LocalDate(year, month, day);
    }

    // Bilingual papers print the month twice: "13 Mai / May 2021", "19 October / Hydref 2023".
    [GeneratedRegex(@"\b(?<day>\d{1,2})\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:[A-Za-z]{3,10}\s*/\s*)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b,?(?:\s*/\s*[A-Za-z]{3,10})?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})[/.](?<month>\d{1,2})[/.](?<year>\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<![\d.:])(?<h>\d{1,2})(?:(?<colon>[.:])(?<m>\d{2}))?\s*(?<ampm>[ap]\.?m\.?|hours\b|hrs\b)?(?![\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Time();

    // "1900 HOURS", "1830hrs".
    [GeneratedRegex(@"(?<![\d.:])(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s*(?:hours|hrs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MilitaryTime();

    // "December 6, 2012", "March 7 2013".
    [GeneratedRegex(@"\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex MonthFirstDate();
}
