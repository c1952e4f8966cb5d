using Microsoft.AspNetCore.HttpOverrides;

namespace Quorum.Web.Security;

/// <summary>
/// Headers on every response: a strict content security policy (scripts, styles, fonts and images only from this
/// site, no inline script, no framing), nosniff, a referrer policy and, over TLS, HSTS. Stored documents (packs,
/// enclosures) are sandboxed: a file that a browser might read as something else can never run as this site.
/// Behind a TLS proxy, <c>ForwardedHeaders:Enabled=true</c> trusts its X-Forwarded-Proto and -For (from
/// <c>ForwardedHeaders:KnownProxies</c>, loopback by default), so cookies are Secure and HSTS is sent.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The site's policy: nothing inline, nothing from elsewhere, never inside another site's frame.</summary>
    public const string SitePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reader (Scalar) writes its own inline script and styles; it still loads nothing from elsewhere.</summary>
    public const string ApiReaderPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>For anything else served (feeds, exports, images): a sandbox with no origin, loading nothing.</summary>
    public const string DocumentPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    /// <summary>
    /// For a PDF: sandboxed without this site's origin, so nothing in it can act as the site; scripts are allowed only
    /// inside that sandbox because Safari's viewer needs them to draw the document (Chromium's viewer ignores the policy).
    /// </summary>
    public const string PdfPolicy = "sandbox allow-scripts allow-downloads; default-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; frame-ancestors 'none'";

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Not the host: public addresses (OParl ids, feed links) are built from it and must not be the client's say-so.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders();
        }
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
                if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = PolicyFor(context.Request.Path, context.Response.ContentType);
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        // Only over TLS (directly or as the proxy says): HSTS on plain HTTP would be ignored, and on localhost harmful.
        app.UseWhen(context => context.Request.IsHttps, https => https.UseHsts());
        return app;
    }

    private static string PolicyFor(PathString path, string? contentType)
    {
        if (path.StartsWithSegments("/scalar"))
        {
            return ApiReaderPolicy;
        }
        if (contentType is not { } type || type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("text/css", StringComparison.OrdinalIgnoreCase) || type.Contains("javascript", StringComparison.OrdinalIgnoreCase))
        {
            return SitePolicy;
        }
        return type.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) ? PdfPolicy : DocumentPolicy;
    }
}
