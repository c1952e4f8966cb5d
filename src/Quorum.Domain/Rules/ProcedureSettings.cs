using NodaTime;
using Quorum.Domain.Calendar;

namespace Quorum.Domain.Rules;

/// <summary>
/// The local ([CONFIG]) procedure settings in force for one body on one date (rules.md §8). Defaults are Harrow's.
/// Statutory periods (5 and 28 clear days, 28 days to register interests) are code, not settings.
/// </summary>
public sealed record ProcedureSettings
{
    /// <summary>Harrow's values from the seed packs and its constitution (rules.md §8).</summary>
    public static ProcedureSettings Harrow { get; } = new();

    /// <summary>Which access-to-information code governs the body's meetings (AI-0).</summary>
    public AccessRegime AccessRegime { get; init; } = AccessRegime.LocalGovernmentAct1972PartVA;

    /// <summary>Extra days the council's offices are closed, beyond bank holidays (CAL-2; default none).</summary>
    public IReadOnlyList<LocalDate> ClosureDays { get; init; } = [];

    /// <summary>How the five-clear-day periods count (CAL-3; working per Elitestone).</summary>
    public DayCount FiveClearDayCount { get; init; } = DayCount.Working;

    /// <summary>Count the 28-clear-day periods in working days too (CAL-3 strict_working_days_everywhere).</summary>
    public bool StrictWorkingDaysEverywhere { get; init; }

    /// <summary>How the council plans publication inside the statutory latest date (CPR-5).</summary>
    public PublicationPolicy Publication { get; init; } = PublicationPolicy.MondayOfPrecedingWeek;

    /// <summary>Public question deadline (CPR-4; Harrow CPR 17: 15:00 on the 3rd working day before).</summary>
    public PublicQuestionRule PublicQuestions { get; init; } = new(WorkingDaysBefore: 3, At: new LocalTime(15, 0));

    /// <summary>Deputations (CPR-7; Harrow: 10 minutes, not at Council or Cabinet, asked for by the question deadline).</summary>
    public DeputationRule Deputations { get; init; } = new(WorkingDaysBefore: 3, At: new LocalTime(15, 0), Minutes: 10, AtCouncilAndCabinet: false);

    /// <summary>Call-in of executive decisions (EX-8; Harrow: 5 working days after publication).</summary>
    public CallInRule CallIn { get; init; } = new(WindowWorkingDays: 5);

    /// <summary>The body's quorum as printed on its agenda (CPR-1); stored per committee, never derived.</summary>
    public int? Quorum { get; init; }

    /// <summary>Who may stand in for an absent member (CPR-2; Harrow reserve rules (i)–(iv)).</summary>
    public SubstitutionPolicy Substitution { get; init; } = SubstitutionPolicy.HarrowReserves;

    /// <summary>Minute numbering and when it restarts (CPR-9; Harrow: per body, after each borough election).</summary>
    public MinuteNumberingRule MinuteNumbering { get; init; } = MinuteNumberingRule.Harrow;

    /// <summary>
    /// Whether the public meeting page shows the minutes while still a draft, marked as not yet approved (CPR-9).
    /// Some councils do, to get the record out quickly; Harrow publishes only the minutes signed at the next meeting.
    /// Drafts stay out of search, feeds and open data either way.
    /// </summary>
    public bool PublishDraftMinutes { get; init; }

    /// <summary>The standing orders cited on agendas and in refusals (CPR-3).</summary>
    public StandingOrders StandingOrders { get; init; } = StandingOrders.Harrow;

    /// <summary>The count used for 28-clear-day notices (EX-2, EX-4): calendar unless strict.</summary>
    public DayCount TwentyEightClearDayCount => StrictWorkingDaysEverywhere ? DayCount.Working : DayCount.Calendar;
}

/// <summary>CPR-4: questions must arrive by <see cref="At"/> on the n-th working day before the meeting.</summary>
public sealed record PublicQuestionRule(int WorkingDaysBefore, LocalTime At);

/// <summary>CPR-7: requests by <see cref="At"/> on the n-th working day before; up to <see cref="Minutes"/> minutes each.</summary>
public sealed record DeputationRule(int WorkingDaysBefore, LocalTime At, int Minutes, bool AtCouncilAndCabinet);

/// <summary>EX-8: a decision may be called in during the n working days after publication.</summary>
public sealed record CallInRule(int WindowWorkingDays);

public enum AccessRegime
{
    /// <summary>A council, committee or sub-committee: LGA 1972 Part VA (ss.100A–100K).</summary>
    LocalGovernmentAct1972PartVA,

    /// <summary>An executive decision-making body: SI 2012/2089.</summary>
    Executive2012,

    /// <summary>A body under its own terms (e.g. a partnership board): no statutory publication check.</summary>
    Custom,
}

public enum PublicationPolicy
{
    /// <summary>Publish on the statutory latest date (AI-2).</summary>
    StatutoryLatest,

    /// <summary>Harrow practice: the Monday of the week before the meeting's week, capped at the statutory latest (CPR-5, inferred).</summary>
    MondayOfPrecedingWeek,
}

public enum SubstitutionPolicy
{
    /// <summary>Named reserves by political group, Harrow rules (i)–(iv) (CPR-2).</summary>
    HarrowReserves,

    /// <summary>No one may stand in for an absent member.</summary>
    None,
}
