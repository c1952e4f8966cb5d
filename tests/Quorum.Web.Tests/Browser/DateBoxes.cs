using System.Globalization;
using Microsoft.Playwright;
using NodaTime;

namespace Quorum.Web.Tests.Browser;

/// <summary>Types a date into a GOV.UK date input (the day, month and year boxes of <c>_DateInput.cshtml</c>) as a clerk would.</summary>
internal static class DateBoxes
{
    public static async Task FillAsync(IPage page, string id, LocalDate date)
    {
        await page.Locator($"#{id}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
