using NodaTime;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.KeyDecisions;

/// <summary>
/// The forward plan's notice rules against rules.md's vectors: Cabinet on Thursday 19 October 2017 needs its key
/// decision listed by Wednesday 20 September (28 clear calendar days, T11); listed a day later it is flagged and the
/// general exception is the route until Wednesday 11 October (5 clear working days, T12), special urgency after.
/// </summary>
public class KeyDecisionRulesTests
{
    private static readonly LocalDate Cabinet = new(2017, 10, 19);

    private static KeyDecisionCheck Listed(LocalDate on, LocalDate? today = null, Deadlines? deadlines = null) =>
        KeyDecisionRules.Check(deadlines ?? Deadlines.Harrow, Cabinet, on, null, null, today ?? on);

    [Fact]
    public void A_key_decision_listed_28_clear_days_before_the_meeting_is_not_flagged()
    {
        var check = Listed(new(2017, 9, 20));
        Assert.Equal((28, KeyDecisionRoute.Notice, true, false), (check.ClearDays, check.Route, check.Satisfied, check.Flagged));
    }

    [Fact]
    public void A_key_decision_listed_27_clear_days_before_the_meeting_is_flagged_and_the_general_exception_is_its_route()
    {
        var check = Listed(new(2017, 9, 21));
        Assert.Equal((27, KeyDecisionRoute.GeneralException, true), (check.ClearDays, check.Route, check.Flagged));
        Assert.Equal((new LocalDate(2017, 9, 20), new LocalDate(2017, 10, 11)), (check.NoticeBy, check.GeneralExceptionBy));
        Assert.Contains("general exception notice by Wednesday 11 October 2017", KeyDecisionRules.Describe(check), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_strict_working_days_the_notice_is_due_on_Friday_8_September_2017()
    {
        var strict = new Deadlines(ProcedureSettings.Harrow with { StrictWorkingDaysEverywhere = true });
        Assert.False(Listed(new(2017, 9, 8), deadlines: strict).Flagged);
        Assert.Equal(KeyDecisionRoute.GeneralException, Listed(new(2017, 9, 11), deadlines: strict).Route);
    }

    [Fact]
    public void A_general_exception_notice_given_on_the_last_day_meets_regulation_10_and_one_given_a_day_later_does_not()
    {
        var inTime = KeyDecisionRules.Check(Deadlines.Harrow, Cabinet, new(2017, 10, 11), new(2017, 10, 11), null, new(2017, 10, 11));
        Assert.Equal((KeyDecisionRoute.GeneralException, true), (inTime.Route, inTime.Satisfied));
        // T12: a notice on Monday 2 October 2017 allows a decision from Tuesday 10 October.
        Assert.True(KeyDecisionRules.Check(Deadlines.Harrow, new(2017, 10, 10), null, new(2017, 10, 2), null, new(2017, 10, 2)).Satisfied);
        Assert.False(KeyDecisionRules.Check(Deadlines.Harrow, new(2017, 10, 9), null, new(2017, 10, 2), null, new(2017, 10, 2)).Satisfied);
    }

    [Fact]
    public void Too_late_for_a_general_exception_notice_the_decision_needs_special_urgency_until_it_is_agreed()
    {
        var late = Listed(new(2017, 9, 21), today: new(2017, 10, 12));
        Assert.Equal((KeyDecisionRoute.SpecialUrgency, true), (late.Route, late.Flagged));
        Assert.Contains("special urgency", KeyDecisionRules.Describe(late), StringComparison.Ordinal);
        var agreed = KeyDecisionRules.Check(Deadlines.Harrow, Cabinet, new(2017, 9, 21), null, new(2017, 10, 12), new(2017, 10, 12));
        Assert.Equal((KeyDecisionRoute.SpecialUrgency, true), (agreed.Route, agreed.Satisfied));
    }

    [Fact]
    public void An_entry_not_yet_listed_is_due_on_the_plan_by_the_notice_date_and_flagged_until_it_is()
    {
        var draft = KeyDecisionRules.Check(Deadlines.Harrow, Cabinet, null, null, null, new(2017, 9, 1));
        Assert.Equal((KeyDecisionRoute.Notice, true, (int?)null), (draft.Route, draft.Flagged, draft.ClearDays));
        Assert.Equal("Publish it on the forward plan by Wednesday 20 September 2017 to give 28 clear days' notice.", KeyDecisionRules.Describe(draft));
    }

    [Fact]
    public void The_entry_refuses_a_general_exception_notice_the_rules_do_not_call_for()
    {
        var entry = new ForwardPlanEntry { CouncilId = Guid.NewGuid(), Number = 1, DecisionDate = Cabinet };
        entry.List(new(2017, 9, 20));
        var ex = Assert.Throws<ProcedureRuleException>(() => entry.GiveGeneralExceptionNotice(new(2017, 9, 20), "Cllr Chair", "Late", KeyDecisionRules.Check(Deadlines.Harrow, entry, new(2017, 9, 20))));
        Assert.Equal("EX-5", ex.Rule);

        var late = new ForwardPlanEntry { CouncilId = Guid.NewGuid(), Number = 2, DecisionDate = Cabinet };
        late.GiveGeneralExceptionNotice(new(2017, 10, 2), "Councillor Jo Chair", "The tender closed late", KeyDecisionRules.Check(Deadlines.Harrow, late, new(2017, 10, 2)));
        Assert.Equal((new LocalDate(2017, 10, 2), new LocalDate(2017, 10, 2)), (late.ListedOn, late.GeneralExceptionOn));
        Assert.True(KeyDecisionRules.Check(Deadlines.Harrow, late, new(2017, 10, 2)).Satisfied);
    }

    [Fact]
    public void The_status_follows_the_decision_notice_through_call_in()
    {
        var entry = new ForwardPlanEntry { CouncilId = Guid.NewGuid(), Number = 1, DecisionDate = Cabinet };
        Assert.Equal(ForwardPlanStatus.Draft, KeyDecisionRules.StatusOf(entry, null));
        entry.List(new(2017, 9, 1));
        Assert.Equal(ForwardPlanStatus.Listed, KeyDecisionRules.StatusOf(entry, null));
        Assert.Equal(ForwardPlanStatus.CallInPeriod, KeyDecisionRules.StatusOf(entry, ExecutiveDecisionStatus.Published));
        Assert.Equal(ForwardPlanStatus.CalledIn, KeyDecisionRules.StatusOf(entry, ExecutiveDecisionStatus.CalledIn));
        Assert.Equal("Decision in effect", KeyDecisionRules.Describe(KeyDecisionRules.StatusOf(entry, ExecutiveDecisionStatus.Implemented)));
    }

    [Fact]
    public void The_form_names_each_field_at_fault()
    {
        var problems = KeyDecisionRules.Check(new ForwardPlanForm("", " ", null, null, null, null, "", null, 9, null));
        Assert.Equal(["matter", "decision", "decision-maker", "decision-date", "wards", "exemption-paragraph", "exemption-detail"], problems.Select(p => p.Field));
        var both = KeyDecisionRules.Check(new ForwardPlanForm("Matter", "Decide", Guid.NewGuid(), "Councillor A", new LocalDate(2017, 10, 19), null, "All wards", null, null, null));
        Assert.Equal("Choose a body or enter an executive member, not both", Assert.Single(both).Message);
    }
}
