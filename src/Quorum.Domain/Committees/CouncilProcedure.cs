using NodaTime;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Committees;

/// <summary>
/// A council's own procedure settings (its standing orders, as data) from a date. A change is a new version from
/// the day it takes effect, never an edit of the old one, so deadlines and agenda text for meetings before then
/// are still worked out as they were.
/// </summary>
public sealed class CouncilProcedure : Entity
{
    /// <summary>The day the Local Government Act 1972 took effect: a council's first settings apply from it, so imported old meetings have some.</summary>
    public static readonly LocalDate FromTheStart = new(1974, 4, 1);

    public const int MaxNameLength = 200;

    public const int MaxRuleLength = 20;

    public required Guid CouncilId { get; init; }

    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>Public questions close on this working day before the meeting (CPR-4)...</summary>
    public int QuestionWorkingDaysBefore { get; init; }

    /// <summary>...at this time.</summary>
    public LocalTime QuestionDeadline { get; init; }

    /// <summary>Working days after an executive decision is published during which it may be called in (EX-8).</summary>
    public int CallInWorkingDays { get; init; }

    /// <summary>When minute numbers go back to 1 (CPR-9).</summary>
    public MinuteRestart MinuteRestart { get; init; }

    /// <summary>Whether the public meeting page shows minutes still in draft, marked as not yet approved.</summary>
    public bool PublishDraftMinutes { get; init; }

    public required string CommitteeRules { get; init; }

    public required string ExecutiveRules { get; init; }

    public string? QuestionsRule { get; init; }

    public string? PetitionsRule { get; init; }

    public string? DeputationsRule { get; init; }

    /// <summary>"Part 4B of the Constitution".</summary>
    public string? ConstitutionPart { get; init; }

    public StandingOrders StandingOrders => new(CommitteeRules, ExecutiveRules, QuestionsRule, PetitionsRule, DeputationsRule, ConstitutionPart);

    /// <summary>
    /// The least a council can run with where no law sets a figure: questions until 17:00 the working day before,
    /// the three working days' call-in most councils allow at least, one minute sequence for the life of a body,
    /// draft minutes kept back, procedure rules cited by name.
    /// </summary>
    public static CouncilProcedure StatutoryMinimum(Guid councilId, LocalDate from) => new()
    {
        CouncilId = councilId,
        EffectiveFrom = from,
        QuestionWorkingDaysBefore = 1,
        QuestionDeadline = new LocalTime(17, 0),
        CallInWorkingDays = 3,
        MinuteRestart = MinuteRestart.Never,
        CommitteeRules = StandingOrders.Unnumbered.CommitteeRules,
        ExecutiveRules = StandingOrders.Unnumbered.ExecutiveRules,
    };

    /// <summary>Harrow's, as one worked example (rules.md §8): 15:00 on the third working day, five days' call-in, restart after each election.</summary>
    public static CouncilProcedure HarrowExample(Guid councilId, LocalDate from) => new()
    {
        CouncilId = councilId,
        EffectiveFrom = from,
        QuestionWorkingDaysBefore = ProcedureSettings.Harrow.PublicQuestions.WorkingDaysBefore,
        QuestionDeadline = ProcedureSettings.Harrow.PublicQuestions.At,
        CallInWorkingDays = ProcedureSettings.Harrow.CallIn.WindowWorkingDays,
        MinuteRestart = ProcedureSettings.Harrow.MinuteNumbering.Restart,
        CommitteeRules = StandingOrders.Harrow.CommitteeRules,
        ExecutiveRules = StandingOrders.Harrow.ExecutiveRules,
        QuestionsRule = StandingOrders.Harrow.QuestionsRule,
        PetitionsRule = StandingOrders.Harrow.PetitionsRule,
        DeputationsRule = StandingOrders.Harrow.DeputationsRule,
        ConstitutionPart = StandingOrders.Harrow.ConstitutionPart,
    };

    /// <summary>
    /// The rule settings these give, on top of the code's own (<paramref name="basis"/>: clear-day counting,
    /// publication policy, reserves). <paramref name="elections"/> are the council's election days, for a restart after each.
    /// </summary>
    public ProcedureSettings Settings(ProcedureSettings basis, IReadOnlyList<LocalDate> elections, AnnualDate yearStarts)
    {
        ArgumentNullException.ThrowIfNull(basis);
        return basis with
        {
            PublicQuestions = new PublicQuestionRule(QuestionWorkingDaysBefore, QuestionDeadline),
            CallIn = new CallInRule(CallInWorkingDays),
            MinuteNumbering = new MinuteNumberingRule(MinuteRestart, elections, yearStarts),
            PublishDraftMinutes = PublishDraftMinutes,
            StandingOrders = StandingOrders,
            // The quorum is each body's own (Committee.Quorum), never one council-wide figure.
            Quorum = null,
        };
    }
}
