using System.Globalization;
using NodaTime;

namespace Quorum.Web.Pages.Admin;

/// <summary>
/// A GOV.UK date input as typed: day, month and year in separate boxes, kept as text so that what the clerk typed
/// is shown back with the error rather than lost to model binding.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput Of(LocalDate date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The date, or null when it is not a real one (31 February, month 13, a two-digit year).</summary>
    public LocalDate? ToDate()
    {
        if (Number(Day) is not { } day || Number(Month) is not { } month || Year?.Trim() is not { Length: 4 } year || Number(year) is not { } y)
        {
            return null;
        }
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(y, month) ? new LocalDate(y, month, day) : null;
    }

    /// <summary>Checks the input, adding the GOV.UK message under <paramref name="field"/> (the id of its day box) when it is missing or impossible.</summary>
    public LocalDate? Check(Dictionary<string, string> errors, string field, string what)
    {
        if (IsEmpty)
        {
            errors[field] = $"Enter the {what}";
            return null;
        }
        if (ToDate() is { } date)
        {
            return date;
        }
        errors[field] = $"The {what} must be a real date, for example 27 3 2026";
        return null;
    }

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>What <c>_DateInput.cshtml</c> draws: the boxes <c>{Id}-day</c>, <c>{Id}-month</c>, <c>{Id}-year</c> bound to <c>{Name}.Day</c> and so on.</summary>
public sealed record DateField(string Id, string Name, string Legend, DateInput Value, string? Error, string Hint = "For example, 27 3 2026")
{
    /// <summary>The error summary links to the day box, as GOV.UK asks.</summary>
    public string ErrorKey => ErrorKeyOf(Id);

    public static string ErrorKeyOf(string id) => $"{id}-day";
}
