using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Web.Site;

/// <summary>A query-string value the site cannot use; shown to the visitor as a 400 page naming the parameter.</summary>
public sealed class BadQueryException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}

/// <summary>Reads query-string values by hand so every malformed one gets a specific message, never a 500.</summary>
public static class QueryValues
{
    public const string MessageKey = "Quorum.BadQuery";

    public static LocalDate? Date(string parameter, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success
            ? result.Value
            : throw new BadQueryException(parameter, $"'{parameter}' must be a date in the form 2017-09-19, not '{Shorten(text)}'.");
    }

    public static YearMonth? Month(string parameter, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var result = YearMonthPattern.Iso.Parse(text.Trim());
        return result.Success && result.Value.Year is >= 1900 and <= 2200
            ? result.Value
            : throw new BadQueryException(parameter, $"'{parameter}' must be a month in the form 2017-09, not '{Shorten(text)}'.");
    }

    public static int Page(string parameter, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 100_000
            ? page
            : throw new BadQueryException(parameter, $"'{parameter}' must be a page number from 1, not '{Shorten(text)}'.");
    }

    public static Domain.Slug? Slug(string parameter, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return TrySlug(text.Trim(), out var slug)
            ? slug
            : throw new BadQueryException(parameter, $"'{parameter}' must be the name part of an address such as 'overview-and-scrutiny', not '{Shorten(text)}'.");
    }

    /// <summary>Parses a slug from a path segment; an impossible slug simply matches nothing (404).</summary>
    public static bool TrySlug(string? text, out Domain.Slug slug)
    {
        slug = null!;
        if (string.IsNullOrEmpty(text) || text.Length > Domain.Slug.MaxLength)
        {
            return false;
        }
        try
        {
            slug = new Domain.Slug(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static bool TryIsoDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}

/// <summary>Turns <see cref="BadQueryException"/> from any page handler into the 400 page.</summary>
public sealed class BadQueryFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is BadQueryException bad)
        {
            executed.HttpContext.Items[QueryValues.MessageKey] = bad.Message;
            executed.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            executed.ExceptionHandled = true;
        }
    }
}
