using NodaTime;

namespace Quorum.Domain.Rules;

public enum MinuteRestart
{
    /// <summary>One sequence for the life of the body.</summary>
    Never,

    /// <summary>Restart at 1 at the first meeting after each election (Harrow, CPR-9 [INFERRED]).</summary>
    AfterEachElection,

    /// <summary>Restart at 1 at the first meeting on or after the start of each municipal year.</summary>
    EachMunicipalYear,
}

/// <summary>
/// How a body numbers its minutes (CPR-9): continuously across meetings, restarting as configured. Polling-day
/// meetings belong to the outgoing council, so the restart comes at the first meeting after the election day.
/// </summary>
public sealed record MinuteNumberingRule(MinuteRestart Restart, IReadOnlyList<LocalDate> ElectionDates, AnnualDate MunicipalYearStarts)
{
    /// <summary>London borough elections since 1974 (22 May 2014 was moved to European election day). Add each new one as data.</summary>
    public static IReadOnlyList<LocalDate> LondonBoroughElections { get; } =
    [
        new(1974, 5, 2), new(1978, 5, 4), new(1982, 5, 6), new(1986, 5, 8), new(1990, 5, 3), new(1994, 5, 5),
        new(1998, 5, 7), new(2002, 5, 2), new(2006, 5, 4), new(2010, 5, 6), new(2014, 5, 22), new(2018, 5, 3),
        new(2022, 5, 5), new(2026, 5, 7),
    ];

    /// <summary>Harrow: per body, restarting after each quadrennial borough election (CPR-9 evidence S25).</summary>
    public static MinuteNumberingRule Harrow { get; } =
        new(MinuteRestart.AfterEachElection, LondonBoroughElections, new AnnualDate(5, 1));

    /// <summary>Whether a meeting on <paramref name="meeting"/> starts a new sequence after one on <paramref name="previousMeeting"/>.</summary>
    public bool RestartsBetween(LocalDate previousMeeting, LocalDate meeting) => Restart switch
    {
        MinuteRestart.AfterEachElection => ElectionDates.Any(e => previousMeeting <= e && e < meeting),
        MinuteRestart.EachMunicipalYear => Enumerable.Range(previousMeeting.Year, meeting.Year - previousMeeting.Year + 1)
            .Select(y => MunicipalYearStarts.InYear(y))
            .Any(start => previousMeeting < start && start <= meeting),
        _ => false,
    };
}
