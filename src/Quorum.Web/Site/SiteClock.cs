using NodaTime;

namespace Quorum.Web.Site;

/// <summary>"Now" for the public site: the council's local time, from the injected clock so tests can fix it.</summary>
public sealed class SiteClock(IClock clock)
{
    public static readonly DateTimeZone London = Domain.CouncilTime.London;

    public LocalDateTime Now => clock.GetCurrentInstant().InZone(London).LocalDateTime;

    public LocalDate Today => Now.Date;
}
