using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Import.Model;

/// <summary>
/// Writes an <see cref="ExtractedPack"/> in the ground-truth JSON shape: camelCase keys, nulls written out,
/// ISO dates ("2017-09-19"), times without seconds ("19:30") and deadlines as "2017-09-14T15:00".
/// </summary>
public static class PackJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(ExtractedPack pack) => JsonSerializer.Serialize(pack, Options);

    public static void Serialize(Stream output, ExtractedPack pack) => JsonSerializer.Serialize(output, pack, Options);

    public static ExtractedPack? Deserialize(string json) => JsonSerializer.Deserialize<ExtractedPack>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = true,
            PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
            // Council text is full of £, quotes and dashes; keep it readable rather than \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new PatternConverter<LocalDate>(LocalDatePattern.Iso));
        options.Converters.Add(new PatternConverter<LocalTime>(LocalTimePattern.CreateWithInvariantCulture("HH:mm")));
        options.Converters.Add(new PatternConverter<LocalDateTime>(LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm")));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class PatternConverter<T>(IPattern<T> pattern) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException($"Expected a {typeof(T).Name} string.");
            var result = pattern.Parse(text);
            return result.Success ? result.Value : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a {typeof(T).Name}."));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(pattern.Format(value));
    }
}
