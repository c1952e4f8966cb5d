using System.Text;

namespace Quorum.Web.Api.Docs;

/// <summary>
/// What the Scalar package's API reader page lacks and cannot be told: the page's language (WCAG 3.1.1), text
/// colours dark enough on its light theme (WCAG 1.4.3; GOV.UK's secondary text colour, 7:1 on white), and no
/// "Powered by Scalar" advert linking away.
/// </summary>
public static class ApiReaderPage
{
    public const string Css = """
        .light-mode { --scalar-color-2: #505a5f; --scalar-color-3: #505a5f; --scalar-color-disabled: #505a5f; }
        a[href^="https://scalar.com"] { display: none !important; }
        """;

    /// <summary>Adds <c>lang="en"</c> to the reader's page (its HTML only; its scripts pass untouched).</summary>
    public static IApplicationBuilder UseApiReaderLanguage(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/scalar") && !Path.HasExtension(context.Request.Path.Value), reader => reader.Use(async (context, next) =>
        {
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            var bytes = buffer.ToArray();
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("<html>", "<html lang=\"en\">", StringComparison.Ordinal));
                context.Response.ContentLength = bytes.Length;
            }
            await original.WriteAsync(bytes, context.RequestAborted);
        }));
}
