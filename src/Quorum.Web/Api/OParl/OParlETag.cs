using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Quorum.Web.Api.OParl;

/// <summary>
/// Writes a successful OParl answer once as UTF-8 bytes with an ETag of their hash, and answers 304 when the client
/// already holds them. Harvesters re-fetch whole lists on every sync; with the ETag an unchanged page costs them a
/// header, and the output cache stores the bytes (with the ETag) instead of rebuilding the JSON.
/// </summary>
internal sealed class OParlETag : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if ((result is INestedHttpResult nested ? nested.Result : result) is not Ok<JsonObject> { Value: { } body })
        {
            return result;
        }
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, options);
        return new Tagged(bytes, $"\"{Convert.ToBase64String(SHA256.HashData(bytes), 0, 18).Replace('+', '-').Replace('/', '_')}\"");
    }

    private sealed class Tagged(byte[] bytes, string etag) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.Headers.ETag = etag;
            if (httpContext.Request.Headers.IfNoneMatch.Any(value => value is not null
                && value.Split(',').Any(tag => tag.Trim() is var t && (t == etag || t == "*" || t == "W/" + etag))))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = bytes.Length;
            return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
        }
    }
}
