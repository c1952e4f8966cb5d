using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Web.Api.OParl;

/// <summary>
/// The paging and filter parameters of an OParl external list: <c>page</c>, <c>limit</c> (at most
/// <see cref="MaxLimit"/>) and the four date-time filters. With <c>modified_since</c> the list also carries
/// tombstones of deleted objects, as OParl 1.1 requires.
/// </summary>
public sealed record ListQuery(int Page, int Limit, Instant? CreatedSince, Instant? CreatedUntil, Instant? ModifiedSince, Instant? ModifiedUntil)
{
    public const int MaxLimit = 100;

    private static readonly string[] DateParameters = ["created_since", "created_until", "modified_since", "modified_until"];

    public bool IncludeDeleted => ModifiedSince is not null;

    /// <summary>Reads the parameters; an unreadable one gives an OParl error naming the parameter and the value.</summary>
    public static bool TryParse(IQueryCollection query, out ListQuery result, out JsonHttpResult<OParlError>? error)
    {
        result = new ListQuery(1, MaxLimit, null, null, null, null);
        error = null;
        if (!TryInt(query, "page", 1, int.MaxValue, 1, out var page, ref error)
            || !TryInt(query, "limit", 1, MaxLimit, MaxLimit, out var limit, ref error))
        {
            return false;
        }
        var dates = new Instant?[DateParameters.Length];
        for (var i = 0; i < DateParameters.Length; i++)
        {
            var name = DateParameters[i];
            if (!query.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw))
            {
                continue;
            }
            // A '+' offset arrives as a space when the client did not percent-encode it.
            var text = raw.ToString().Replace(' ', '+');
            var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
            if (!parsed.Success)
            {
                var utc = InstantPattern.ExtendedIso.Parse(text);
                if (!utc.Success)
                {
                    error = OParlError.BadRequest(
                        $"Parameter '{name}' is not an ISO 8601 date-time: '{raw}'.",
                        "Give a date-time with an offset, e.g. 2025-03-01T09:00:00+00:00 or 2025-03-01T09:00:00Z.");
                    return false;
                }
                dates[i] = utc.Value;
                continue;
            }
            dates[i] = parsed.Value.ToInstant();
        }
        result = new ListQuery(page, limit, dates[0], dates[1], dates[2], dates[3]);
        return true;
    }

    private static bool TryInt(IQueryCollection query, string name, int min, int max, int fallback, out int value, ref JsonHttpResult<OParlError>? error)
    {
        value = fallback;
        if (!query.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw))
        {
            return true;
        }
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = OParlError.BadRequest($"Parameter '{name}' must be a whole number from {min} to {max}; got '{raw}'.");
            return false;
        }
        return true;
    }

    /// <summary>The same list URL with another page number, keeping every filter.</summary>
    public static string PageUrl(string listUrl, IQueryCollection query, int page)
    {
        var parameters = query
            .Where(p => p.Key != "page")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(listUrl, parameters);
    }
}
