using NodaTime;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;

namespace Quorum.Domain.KeyDecisions;

/// <summary>Which of the 2012 Regulations' routes lets a key decision be made on its date.</summary>
public enum KeyDecisionRoute
{
    /// <summary>Reg 9: the notice is (or can still be) on the forward plan 28 clear days before.</summary>
    Notice,

    /// <summary>Reg 10: the scrutiny chair told and a notice published five clear days before.</summary>
    GeneralException,

    /// <summary>Reg 11: too late even for that; the scrutiny chair must agree it is urgent.</summary>
    SpecialUrgency,
}

/// <summary>
/// What the rules say about one key decision's notice: how many clear days its listing gave, the days by which the
/// notice (reg 9) and a general exception notice (reg 10) were due, the route it needs, and whether that route is met.
/// </summary>
public sealed record KeyDecisionCheck(
    LocalDate DecisionDate, LocalDate? ListedOn, int? ClearDays, LocalDate NoticeBy, LocalDate GeneralExceptionBy, KeyDecisionRoute Route, bool Satisfied)
{
    /// <summary>Staff are warned: the decision cannot yet lawfully be made on its date.</summary>
    public bool Flagged => !Satisfied;
}

/// <summary>Where an entry stands, from first draft through the decision and call-in.</summary>
public enum ForwardPlanStatus
{
    Draft,
    Listed,
    Withdrawn,
    DecisionMade,
    CallInPeriod,
    CalledIn,
    Implemented,
}

/// <summary>A form that cannot be taken: the field at fault and plain words.</summary>
public sealed record ForwardPlanProblem(string Field, string Message);

/// <summary>What staff type for an entry, checked before anything is stored.</summary>
public sealed record ForwardPlanForm(
    string? Matter, string? Decision, Guid? DecisionMakerBodyId, string? DecisionMakerName, LocalDate? DecisionDate, Guid? MeetingId,
    string? Wards, string? Documents, int? ExemptionParagraph, string? ExemptionDetail);

/// <summary>
/// The forward plan's rules as pure checks: the 28 clear days' notice of a key decision (EX-4, 2012 Regs reg 9(2)),
/// the general exception when that is impracticable (EX-5, reg 10: the scrutiny chair informed and five clear days'
/// notice) and special urgency when even that is (EX-6, reg 11), with the clear days counted by <see cref="Deadlines"/>.
/// </summary>
public static class KeyDecisionRules
{
    public const int MaxMatterLength = 300;
    public const int MaxTextLength = 4000;
    public const int MaxNameLength = 200;
    public const int MaxWardsLength = 500;

    /// <summary>
    /// The route a decision on <paramref name="decision"/> needs and whether it is met, as at <paramref name="today"/>
    /// (an entry not yet listed, or listed late, is judged by what can still be done today).
    /// </summary>
    public static KeyDecisionCheck Check(
        Deadlines deadlines, LocalDate decision, LocalDate? listedOn, LocalDate? generalExceptionOn, LocalDate? specialUrgencyOn, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var noticeBy = deadlines.KeyDecisionNoticeBy(decision);
        var exceptionBy = deadlines.GeneralExceptionNoticeBy(decision);
        int? clear = listedOn is { } listed && listed <= decision ? deadlines.KeyDecisionClearDays(listed, decision) : null;
        KeyDecisionCheck Result(KeyDecisionRoute route, bool satisfied) => new(decision, listedOn, clear, noticeBy, exceptionBy, route, satisfied);

        if (listedOn is { } on && on <= noticeBy)
        {
            return Result(KeyDecisionRoute.Notice, true);
        }
        if (specialUrgencyOn is not null)
        {
            return Result(KeyDecisionRoute.SpecialUrgency, true);
        }
        if (generalExceptionOn is { } given)
        {
            return given <= exceptionBy ? Result(KeyDecisionRoute.GeneralException, true) : Result(KeyDecisionRoute.SpecialUrgency, false);
        }
        if (listedOn is null && today <= noticeBy)
        {
            return Result(KeyDecisionRoute.Notice, false);
        }
        return Result(today <= exceptionBy ? KeyDecisionRoute.GeneralException : KeyDecisionRoute.SpecialUrgency, false);
    }

    /// <summary>The check for a stored entry.</summary>
    public static KeyDecisionCheck Check(Deadlines deadlines, ForwardPlanEntry entry, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Check(deadlines, entry.DecisionDate, entry.ListedOn, entry.GeneralExceptionOn, entry.SpecialUrgencyOn, today);
    }

    /// <summary>Where the entry stands; once made, the decision notice's own status carries it through call-in (EX-8).</summary>
    public static ForwardPlanStatus StatusOf(ForwardPlanEntry entry, ExecutiveDecisionStatus? decision)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return decision switch
        {
            ExecutiveDecisionStatus.Made => ForwardPlanStatus.DecisionMade,
            ExecutiveDecisionStatus.Published => ForwardPlanStatus.CallInPeriod,
            ExecutiveDecisionStatus.CalledIn => ForwardPlanStatus.CalledIn,
            ExecutiveDecisionStatus.Implemented => ForwardPlanStatus.Implemented,
            _ when entry.WithdrawnOn is not null => ForwardPlanStatus.Withdrawn,
            _ => entry.ListedOn is null ? ForwardPlanStatus.Draft : ForwardPlanStatus.Listed,
        };
    }

    /// <summary>The status as the plan prints it.</summary>
    public static string Describe(ForwardPlanStatus status) => status switch
    {
        ForwardPlanStatus.Draft => "Not yet published",
        ForwardPlanStatus.Listed => "Decision due",
        ForwardPlanStatus.Withdrawn => "Withdrawn",
        ForwardPlanStatus.DecisionMade => "Decision made",
        ForwardPlanStatus.CallInPeriod => "Decision published, open to call-in",
        ForwardPlanStatus.CalledIn => "Called in for scrutiny",
        ForwardPlanStatus.Implemented => "Decision in effect",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The route as staff are told it.</summary>
    public static string Describe(KeyDecisionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var clear = check.ClearDays is { } days ? $"It was published {days} clear {(days == 1 ? "day" : "days")} before the decision date. " : "";
        return (check.Route, check.Satisfied) switch
        {
            (KeyDecisionRoute.Notice, true) => $"{clear}That meets the 28 clear days' notice.",
            (KeyDecisionRoute.Notice, false) => $"Publish it on the forward plan by {Long(check.NoticeBy)} to give 28 clear days' notice.",
            (KeyDecisionRoute.GeneralException, true) => "A general exception notice was given in time.",
            (KeyDecisionRoute.GeneralException, false) => $"{clear}It needed publishing by {Long(check.NoticeBy)} for 28 clear days' notice. Give a general exception notice by {Long(check.GeneralExceptionBy)}: the chair of scrutiny is told in writing and the notice is published 5 clear working days before the decision.",
            (KeyDecisionRoute.SpecialUrgency, true) => "The decision was agreed to be urgent under special urgency.",
            (KeyDecisionRoute.SpecialUrgency, false) => $"{clear}It is too late for a general exception notice, which was due by {Long(check.GeneralExceptionBy)}. The decision can only be made on this date if the chair of scrutiny agrees it is urgent and cannot reasonably be deferred (special urgency).",
            _ => throw new ArgumentOutOfRangeException(nameof(check)),
        };
    }

    /// <summary>The problems with the form, in the order the form shows its fields; empty when it may be saved.</summary>
    public static IReadOnlyList<ForwardPlanProblem> Check(ForwardPlanForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<ForwardPlanProblem>();
        void Text(string field, string? value, int max, string missing, string name)
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0 && missing.Length > 0)
            {
                problems.Add(new(field, missing));
            }
            else if (text.Length > max)
            {
                problems.Add(new(field, $"{name} must be {max:N0} characters or fewer"));
            }
        }
        Text("matter", form.Matter, MaxMatterLength, "Enter the matter to be decided", "The matter");
        Text("decision", form.Decision, MaxTextLength, "Enter the decision to be taken", "The decision");
        var hasName = !string.IsNullOrWhiteSpace(form.DecisionMakerName);
        if (form.DecisionMakerBodyId is null == !hasName)
        {
            problems.Add(new("decision-maker", form.DecisionMakerBodyId is null
                ? "Choose the body that takes the decision, or enter the executive member who does"
                : "Choose a body or enter an executive member, not both"));
        }
        Text("decision-maker", form.DecisionMakerName, MaxNameLength, "", "The decision maker");
        if (form.DecisionDate is null)
        {
            problems.Add(new("decision-date", "Enter the date the decision is expected to be made"));
        }
        Text("wards", form.Wards, MaxWardsLength, "Enter the wards affected, or \"All wards\"", "The wards");
        Text("documents", form.Documents, MaxTextLength, "", "The documents");
        if (form.ExemptionParagraph is { } paragraph && paragraph is < 1 or > 7)
        {
            problems.Add(new("exemption-paragraph", "Choose a paragraph of Schedule 12A from 1 to 7"));
        }
        Text("exemption-detail", form.ExemptionDetail, MaxTextLength, form.ExemptionParagraph is null ? "" : "Enter what makes it exempt (staff only)", "What makes it exempt");
        return problems;
    }

    private static string Long(LocalDate date) => date.ToString("dddd d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture);
}
