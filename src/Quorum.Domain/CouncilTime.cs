using NodaTime;

namespace Quorum.Domain;

/// <summary>Councils in the UK keep their dates in UK time; "today" for a deadline is today in London.</summary>
public static class CouncilTime
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(London).Date;
    }
}
