using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Quorum.Application.Documents;
using Quorum.Domain;

namespace Quorum.Web.Api.OParl;

/// <summary>Formatting shared by every OParl object: URLs, dates in the forms OParl asks for, common fields, tombstones.</summary>
public sealed class OParlJson(OParlUrls urls, DocumentStore? documents)
{
    /// <summary>Prefix of Quorum's own properties (OParl 1.1 vendor extensions); documented in docs/open-data.md.</summary>
    public const string Extension = "quorum:";

    public const string OParlVersion = "https://schema.oparl.org/1.1/";

    public static readonly DateTimeZone London = Domain.CouncilTime.London;

    // RFC 3339 needs the offset's minutes ("+01:00"); NodaTime's ExtendedIso writes "+01".
    private static readonly OffsetDateTimePattern Rfc3339 = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public OParlUrls Urls { get; } = urls;

    /// <summary>Where enclosure bytes are kept, when the install has them.</summary>
    public DocumentStore? Documents { get; } = documents;

    public static string TypeUri(string typeName) => OParlVersion + typeName;

    public string Url(string path, Guid id) => Urls.ObjectUrl(path, id);

    public static string Stamp(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A council-local wall time as an ISO date-time with its UK offset (GMT or BST).</summary>
    public static string LocalDateTime(LocalDateTime local) =>
        Rfc3339.Format(local.InZoneLeniently(London).ToOffsetDateTime());

    public JsonObject Start(string path, string typeName, Entity entity) => new()
    {
        ["id"] = Url(path, entity.Id),
        ["type"] = TypeUri(typeName),
    };

    public static void Finish(JsonObject obj, Entity entity)
    {
        obj["created"] = Stamp(entity.Created);
        obj["modified"] = Stamp(entity.Modified);
        obj["deleted"] = false;
    }

    public JsonObject Tombstone(string id, string typeName, ListKey key) => new()
    {
        ["id"] = id,
        ["type"] = TypeUri(typeName),
        ["created"] = Stamp(key.Created),
        ["modified"] = Stamp(key.Modified),
        ["deleted"] = true,
    };

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);
}

internal static class JsonObjectExtensions
{
    /// <summary>Sets a property only when it has a value; OParl leaves unknown properties out rather than null.</summary>
    public static JsonObject Put(this JsonObject obj, string name, JsonNode? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }
        return obj;
    }

    public static JsonObject Put(this JsonObject obj, string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? obj : obj.Put(name, JsonValue.Create(value));

    public static JsonObject PutList(this JsonObject obj, string name, JsonArray items) => items.Count == 0 ? obj : obj.Put(name, items);
}
