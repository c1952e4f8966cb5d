using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;

namespace Quorum.Web.Security;

/// <summary>
/// Per-address limits on the public search, the open-data API and the sending of the public question, deputation,
/// alert and petition forms (<c>RateLimits:SearchPerMinute</c>, 120, <c>RateLimits:ApiPerMinute</c>, 600,
/// <c>RateLimits:QuestionsPerMinute</c>, 5, <c>RateLimits:AlertsPerMinute</c>, 5, <c>RateLimits:PetitionsPerMinute</c>, 5;
/// 0 turns a limit off), answered with 429, a Retry-After and a page that says
/// what to do. Staff sign-in has its own, stricter throttle (<see cref="SignInThrottle"/>). Cached pages are not
/// limited: the output cache answers them for almost nothing.
/// </summary>
public static class AbuseLimits
{
    public static IServiceCollection AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var search = configuration.GetValue("RateLimits:SearchPerMinute", 120);
        var api = configuration.GetValue("RateLimits:ApiPerMinute", 600);
        var questions = configuration.GetValue("RateLimits:QuestionsPerMinute", 5);
        var alerts = configuration.GetValue("RateLimits:AlertsPerMinute", 5);
        var petitions = configuration.GetValue("RateLimits:PetitionsPerMinute", 5);
        services.AddSingleton(SignInThrottle.From(configuration));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var (kind, perMinute) = Classify(context.Request, search, api, questions, alerts, petitions);
                if (kind is null || perMinute <= 0)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }
                return RateLimitPartition.GetTokenBucketLimiter($"{kind}:{AddressOf(context)}", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = perMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }

    /// <summary>
    /// Refuses a request whose declared length is over the largest upload the site takes (the enclosure limit plus
    /// room for the form around it) before its body is read, with the 413 page: Kestrel's own refusal comes as an
    /// exception mid-form, which no page can then answer. The same figure caps bodies sent without a length.
    /// </summary>
    public static WebApplication UseUploadLimit(this WebApplication app, long maxUploadBytes)
    {
        var limit = maxUploadBytes + (2 * 1024 * 1024);
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength is { } length && length > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                // The status page is then shown as for a GET: nothing of the unread body is bound.
                context.Request.Method = HttpMethods.Get;
                context.Request.ContentType = null;
                context.Request.ContentLength = 0;
                context.Request.Body = Stream.Null;
                return Task.CompletedTask;
            }
            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limit;
            }
            return next(context);
        });
        return app;
    }

    /// <summary>The client's address (the proxy's word for it when forwarded headers are on), for partitioning.</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    private static (string? Kind, int PerMinute) Classify(HttpRequest request, int search, int api, int questions, int alerts, int petitions)
    {
        // Routing ignores case and a trailing slash ("/Questions/New/" reaches the same form), so the limits do too.
        var path = new PathString(request.Path.Value?.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/");
        // Sending a question or a deputation request writes to the database; reading the form costs no more than any
        // page. The two forms share one allowance per address.
        if (HttpMethods.IsPost(request.Method) && path.StartsWithSegments("/meetings")
            && (path.Value!.EndsWith("/questions/new", StringComparison.OrdinalIgnoreCase) || path.Value.EndsWith("/deputations/new", StringComparison.OrdinalIgnoreCase)))
        {
            return ("questions", questions);
        }
        // Each alert request sends a mail: limited per address here, and per e-mail address by the service. Not the
        // unsubscribe link: mail providers send one-click unsubscribes for many people from the same few addresses.
        if (HttpMethods.IsPost(request.Method) && path.Equals("/alerts", StringComparison.OrdinalIgnoreCase))
        {
            return ("alerts", alerts);
        }
        // Starting and signing a petition send mail too; confirming a signature does not.
        if (HttpMethods.IsPost(request.Method) && path.StartsWithSegments("/petitions") && !path.StartsWithSegments("/petitions/signatures"))
        {
            return ("petitions", petitions);
        }
        if (path.StartsWithSegments("/search") || path.StartsWithSegments("/api/search"))
        {
            return ("search", search);
        }
        return path.StartsWithSegments("/oparl") || path.StartsWithSegments("/api") || path.StartsWithSegments("/feeds") || path.StartsWithSegments("/export")
            ? ("api", api)
            : (null, 0);
    }

    /// <summary>Minutes as a reader expects them, for the 429 page and the sign-in message.</summary>
    public static string Minutes(TimeSpan span) => span.TotalMinutes.ToString("0", CultureInfo.InvariantCulture);
}
