using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Data.Conversions;

/// <summary>
/// SQLite has no date types: NodaTime values are stored as fixed-width ISO text, so that text order is time
/// order and "modified since" comparisons work in SQL.
/// </summary>
public static class NodaTimeTextConversions
{
    private static readonly InstantPattern InstantText = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'");
    private static readonly LocalDatePattern DateText = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimeText = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss");

    public static void Apply(ModelConfigurationBuilder builder)
    {
        builder.Properties<Instant>().HaveConversion<InstantConverter>().HaveMaxLength(28);
        builder.Properties<LocalDate>().HaveConversion<LocalDateConverter>().HaveMaxLength(10);
        builder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>().HaveMaxLength(8);
    }

    public static string Format(Instant instant) => InstantText.Format(instant);

    private sealed class InstantConverter() : ValueConverter<Instant, string>(i => InstantText.Format(i), s => InstantText.Parse(s).Value);

    private sealed class LocalDateConverter() : ValueConverter<LocalDate, string>(d => DateText.Format(d), s => DateText.Parse(s).Value);

    private sealed class LocalTimeConverter() : ValueConverter<LocalTime, string>(t => TimeText.Format(t), s => TimeText.Parse(s).Value);
}
