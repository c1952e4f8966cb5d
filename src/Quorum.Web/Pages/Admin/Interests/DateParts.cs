using System.Globalization;
using NodaTime;

namespace Quorum.Web.Pages.Admin.Interests;

/// <summary>
/// A GOV.UK date input as posted: day, month and year boxes kept as typed, so a refused form shows the person what
/// they entered rather than a blank or a guess.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null when the boxes do not make a real one (31 2 2026, a two-digit year, letters).</summary>
    public LocalDate? ToDate()
    {
        // GOV.UK asks for a four-digit year: "26" is more likely a slip than the year 26.
        if (Number(Day) is not { } day || Number(Month) is not { } month || Year?.Trim() is not { Length: 4 } year || Number(year) is not (>= 1000 and var y))
        {
            return null;
        }
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(y, month) ? new LocalDate(y, month, day) : null;
    }

    private static int? Number(string? text)
        => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>What <c>_DateInput</c> draws: the three boxes named <c>{Name}.Day</c> and so on, with the first box's id as the error anchor.</summary>
public sealed record DateInput(string Id, string Name, string Legend, DateParts Value, string? Error, string Hint = "For example, 27 3 2026");
