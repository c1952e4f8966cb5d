using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Quorum.Web.Api.OParl;

/// <summary>The OParl 1.1 error object (chapter "Fehlerbehandlung"): a type, a message for people and a hint for developers.</summary>
public sealed record OParlError(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("debug")] string? Debug = null)
{
    [JsonPropertyName("type")]
    public string Type => "https://schema.oparl.org/1.1/Error";

    public static JsonHttpResult<OParlError> NotFound(string message) => TypedResults.Json(new OParlError(message), statusCode: StatusCodes.Status404NotFound);

    public static JsonHttpResult<OParlError> BadRequest(string message, string? debug = null) => TypedResults.Json(new OParlError(message, debug), statusCode: StatusCodes.Status400BadRequest);
}
