using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Cli;

/// <summary>Parsing and printing of dates for commands: ISO 8601 in, ISO 8601 out.</summary>
internal static class CliDates
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Parses YYYY-MM-DD, naming the argument and the problem when the text is not a real date.</summary>
    public static LocalDate Parse(string? text, string argument)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliException($"{argument} is required (YYYY-MM-DD)");
        }
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success
            ? result.Value
            : throw new CliException($"{argument} '{text}' is not a real date (expected YYYY-MM-DD, e.g. 2017-09-19)");
    }

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Iso(LocalDateTime dateTime) => LocalDateTimePattern.GeneralIso.Format(dateTime);

    /// <summary>How a date reads in an agenda: "Tuesday 19 September 2017".</summary>
    public static string Long(LocalDate date) => date.ToString("dddd d MMMM uuuu", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Long(LocalDateTime dateTime)
        => dateTime.ToString("h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).ToLowerInvariant() + ", " + Long(dateTime.Date);
}
