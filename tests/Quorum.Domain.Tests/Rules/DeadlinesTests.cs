using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quorum.Domain.Calendar;
using Quorum.Domain.Rules;
using Quorum.Domain.Tests.Calendar;

namespace Quorum.Domain.Tests.Rules;

public class DeadlinesTests
{
    private static readonly Deadlines Harrow = Deadlines.Harrow;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    // ---- §7 test vectors ----

    [Fact]
    public void T1_agenda_for_Tuesday_19_September_2017_must_be_published_by_Monday_11_September()
        => Assert.Equal(D(2017, 9, 11), Harrow.LatestAgendaPublication(D(2017, 9, 19)));

    [Fact]
    public void T2_agenda_published_Monday_11_September_2017_gives_exactly_5_clear_working_days()
    {
        var check = Harrow.CheckPublication(D(2017, 9, 11), D(2017, 9, 19));
        Assert.Equal(5, check.ClearDays);
        Assert.True(check.InTime);
    }

    [Fact]
    public void T3_public_questions_for_Tuesday_19_September_2017_close_at_3pm_Thursday_14_September()
        => Assert.Equal(new LocalDateTime(2017, 9, 14, 15, 0), Harrow.PublicQuestionDeadline(D(2017, 9, 19)));

    [Fact]
    public void T4_meeting_Tuesday_9_December_2014_questions_close_3pm_Thursday_4_December_and_publication_by_Monday_1_December()
    {
        Assert.Equal(new LocalDateTime(2014, 12, 4, 15, 0), Harrow.PublicQuestionDeadline(D(2014, 12, 9)));
        Assert.Equal(D(2014, 12, 1), Harrow.LatestAgendaPublication(D(2014, 12, 9)));
    }

    [Fact]
    public void T5_meeting_Wednesday_7_October_2020_questions_close_3pm_Friday_2_October_and_publication_by_Tuesday_29_September()
    {
        Assert.Equal(new LocalDateTime(2020, 10, 2, 15, 0), Harrow.PublicQuestionDeadline(D(2020, 10, 7)));
        Assert.Equal(D(2020, 9, 29), Harrow.LatestAgendaPublication(D(2020, 10, 7)));
    }

    [Fact]
    public void T6_agenda_published_Monday_28_September_2020_for_Wednesday_7_October_gives_6_clear_working_days()
    {
        var check = Harrow.CheckPublication(D(2020, 9, 28), D(2020, 10, 7));
        Assert.Equal(6, check.ClearDays);
        Assert.True(check.InTime);
    }

    [Fact]
    public void T7_partnership_board_meeting_13_March_2013_is_checked_only_under_Part_VA()
    {
        var partVa = new Deadlines(ProcedureSettings.Harrow with { AccessRegime = AccessRegime.LocalGovernmentAct1972PartVA });
        var custom = new Deadlines(ProcedureSettings.Harrow with { AccessRegime = AccessRegime.Custom });
        Assert.Equal(D(2013, 3, 5), partVa.LatestAgendaPublication(D(2013, 3, 13)));
        Assert.False(partVa.CheckPublication(D(2013, 3, 11), D(2013, 3, 13)).InTime);
        Assert.False(custom.PublicationIsRegulated);
        Assert.True(custom.CheckPublication(D(2013, 3, 11), D(2013, 3, 13)).InTime);
    }

    [Fact]
    public void T8_minutes_of_6_December_2013_cannot_be_signed_at_a_meeting_on_13_March_2013()
    {
        var error = Assert.Throws<ProcedureRuleException>(() => Deadlines.CheckMinutesForSigning(D(2013, 3, 13), D(2013, 12, 6)));
        Assert.Equal("CPR-9", error.Rule);
        Assert.Contains("minutes date after meeting date", error.Message);
        Deadlines.CheckMinutesForSigning(D(2013, 3, 13), D(2012, 12, 6));
    }

    [Fact]
    public void T9_a_report_without_a_meeting_date_has_no_deadlines()
    {
        var error = Assert.Throws<ProcedureRuleException>(() => Harrow.Summarise(null));
        Assert.Contains("no meeting date", error.Message);
    }

    [Fact]
    public void T10_Elitestone_agenda_published_Thursday_26_April_1990_for_Tuesday_1_May_breached_the_3_clear_days()
    {
        var check = Harrow.CheckPublication(D(1990, 4, 26), D(1990, 5, 1));
        Assert.Equal(3, check.RequiredClearDays);
        Assert.Equal(2, check.ClearDays);
        Assert.False(check.InTime);
    }

    [Fact]
    public void T11_key_decision_on_Thursday_19_October_2017_needs_notice_by_Wednesday_20_September_or_Friday_8_September_if_strict()
    {
        var strict = new Deadlines(ProcedureSettings.Harrow with { StrictWorkingDaysEverywhere = true });
        Assert.Equal(D(2017, 9, 20), Harrow.KeyDecisionNoticeBy(D(2017, 10, 19)));
        Assert.Equal(D(2017, 9, 8), strict.KeyDecisionNoticeBy(D(2017, 10, 19)));
    }

    [Fact]
    public void T12_general_exception_notice_on_Monday_2_October_2017_allows_the_decision_from_Tuesday_10_October()
        => Assert.Equal(D(2017, 10, 10), Harrow.GeneralExceptionEarliestDecision(D(2017, 10, 2)));

    [Fact]
    public void T13_call_in_of_a_decision_published_Wednesday_14_September_2022_ends_Thursday_22nd_and_implements_Friday_23rd()
    {
        var window = Harrow.CallIn(D(2022, 9, 14));
        Assert.Equal(D(2022, 9, 15), window.Opens);
        Assert.Equal(D(2022, 9, 22), window.WindowEnds);
        Assert.Equal(D(2022, 9, 23), window.ImplementFrom);
    }

    // ---- CPR-4 worked examples ----

    [Theory]
    [InlineData("2017-09-19", "2017-09-14")] // seed 000
    [InlineData("2014-12-09", "2014-12-04")] // seed 002
    [InlineData("2020-10-07", "2020-10-02")] // seed 003
    [InlineData("2025-04-23", "2025-04-16")] // Good Friday and Easter Monday skipped
    [InlineData("2025-05-06", "2025-04-30")] // early May bank holiday skipped
    [InlineData("2022-09-20", "2022-09-14")] // State Funeral skipped
    [InlineData("2025-01-02", "2024-12-27")] // Christmas, Boxing Day and New Year's Day skipped
    public void CPR_4_question_deadline_is_3pm_on_the_third_working_day_before_the_meeting(string meeting, string deadlineDay)
        => Assert.Equal(Date(deadlineDay).At(new LocalTime(15, 0)), Harrow.PublicQuestionDeadline(Date(meeting)));

    [Fact]
    public void CPR_4_a_question_received_at_exactly_3pm_is_in_time_and_one_second_later_is_not()
    {
        Assert.True(Harrow.QuestionInTime(new LocalDateTime(2017, 9, 14, 15, 0, 0), D(2017, 9, 19)));
        Assert.False(Harrow.QuestionInTime(new LocalDateTime(2017, 9, 14, 15, 0, 1), D(2017, 9, 19)));
    }

    [Fact]
    public void CPR_4_a_council_may_set_noon_on_the_fourth_working_day_before()
    {
        var noon = new Deadlines(ProcedureSettings.Harrow with { PublicQuestions = new(4, new LocalTime(12, 0)) });
        Assert.Equal(new LocalDateTime(2017, 9, 13, 12, 0), noon.PublicQuestionDeadline(D(2017, 9, 19)));
    }

    // ---- CPR-5 worked examples ----

    [Theory]
    [InlineData("2017-09-19", "2017-09-11")] // seed 000
    [InlineData("2020-10-07", "2020-09-29")] // seed 003
    [InlineData("2014-12-09", "2014-12-01")] // seed 002
    [InlineData("2013-03-13", "2013-03-05")] // seed 004 under Part VA
    [InlineData("2025-04-23", "2025-04-11")] // Easter skipped
    [InlineData("2022-06-07", "2022-05-26")] // 2 and 3 June 2022 skipped
    [InlineData("2026-01-06", "2025-12-24")] // Christmas and New Year skipped
    [InlineData("2020-05-12", "2020-05-01")] // VE Day Friday 8 May 2020 skipped
    public void CPR_5_latest_publication_is_the_sixth_working_day_before_the_meeting(string meeting, string latest)
        => Assert.Equal(Date(latest), Harrow.LatestAgendaPublication(Date(meeting)));

    [Fact]
    public void CPR_5_seed_000_published_on_the_limit_and_seed_003_one_day_early()
    {
        Assert.Equal(5, Harrow.CheckPublication(D(2017, 9, 11), D(2017, 9, 19)).ClearDays);
        Assert.Equal(6, Harrow.CheckPublication(D(2020, 9, 28), D(2020, 10, 7)).ClearDays);
    }

    [Fact]
    public void CPR_5_the_calendar_reading_would_wrongly_allow_Wednesday_13_September_2017()
    {
        var calendarReading = new Deadlines(ProcedureSettings.Harrow with { FiveClearDayCount = DayCount.Calendar });
        Assert.Equal(D(2017, 9, 13), calendarReading.LatestAgendaPublication(D(2017, 9, 19)));
    }

    [Theory]
    [InlineData("2017-09-19", "2017-09-11")] // seed 000: Monday of the previous week, also the legal latest
    [InlineData("2020-10-07", "2020-09-28")] // seed 003: Monday of the previous week, a day early
    [InlineData("2017-09-18", "2017-09-08")] // Monday meeting: capped at the legal latest, Friday 8 September
    [InlineData("2025-04-23", "2025-04-11")] // Easter makes the legal latest Friday 11 April, before Monday 14 April
    public void CPR_5_Harrow_plans_publication_on_the_Monday_of_the_week_before_capped_at_the_legal_latest(string meeting, string planned)
        => Assert.Equal(Date(planned), Harrow.PlannedAgendaPublication(Date(meeting)));

    [Fact]
    public void An_agenda_published_after_the_meeting_is_refused_naming_AI_2()
    {
        var error = Assert.Throws<ProcedureRuleException>(() => Harrow.CheckPublication(D(2017, 9, 20), D(2017, 9, 19)));
        Assert.Equal("AI-2", error.Rule);
        Assert.Contains("before the agenda's publication date", error.Message);
    }

    [Fact]
    public void Agenda_is_late_when_published_after_the_sixth_working_day_before()
        => Assert.False(Harrow.CheckPublication(D(2017, 9, 12), D(2017, 9, 19)).InTime);

    [Fact]
    public void A_council_closure_day_moves_the_latest_publication_earlier()
    {
        var closed = new Deadlines(ProcedureSettings.Harrow with { ClosureDays = [D(2017, 9, 12)] });
        Assert.Equal(D(2017, 9, 8), closed.LatestAgendaPublication(D(2017, 9, 19)));
    }

    // ---- EX-2, EX-8, INT-3, CPR-9 ----

    [Fact]
    public void EX_2_private_cabinet_item_on_Thursday_19_October_2017_needs_notices_by_20_September_and_11_October()
    {
        var notices = Harrow.PrivateMeetingNotices(D(2017, 10, 19));
        Assert.Equal(D(2017, 9, 20), notices.IntentionNoticeBy);
        Assert.Equal(D(2017, 10, 11), notices.FinalNoticeBy);
    }

    [Fact]
    public void EX_8_decision_published_Friday_20_October_2017_can_be_called_in_until_Friday_27th_and_implemented_Monday_30th()
    {
        var window = Harrow.CallIn(D(2017, 10, 20));
        Assert.Equal(D(2017, 10, 23), window.Opens);
        Assert.Equal(D(2017, 10, 27), window.WindowEnds);
        Assert.Equal(D(2017, 10, 30), window.ImplementFrom);
    }

    [Fact]
    public void EX_8_a_Greenwich_style_four_day_call_in_ends_a_day_sooner()
    {
        var greenwich = new Deadlines(ProcedureSettings.Harrow with { CallIn = new(4) });
        Assert.Equal(D(2017, 10, 26), greenwich.CallIn(D(2017, 10, 20)).WindowEnds);
    }

    [Fact]
    public void INT_3_interests_must_be_registered_within_28_days_beginning_with_the_day_of_taking_office()
        => Assert.Equal(D(2022, 6, 1), Deadlines.RegisterOfInterestsBy(D(2022, 5, 5)));

    [Fact]
    public void INT_4_an_unregistered_interest_disclosed_at_a_meeting_is_notified_within_28_days_beginning_with_that_day()
        => Assert.Equal(D(2017, 10, 16), Deadlines.DisclosureNotificationBy(D(2017, 9, 19)));

    [Fact]
    public void CPR_9_minutes_are_signed_at_the_next_meeting_that_is_not_extraordinary()
    {
        var later = new[] { new ScheduledMeeting(D(2017, 7, 17), Extraordinary: true), new ScheduledMeeting(D(2017, 9, 19), false), new ScheduledMeeting(D(2017, 11, 1), false) };
        Assert.Equal(D(2017, 9, 19), Deadlines.MinutesSignedAt(D(2017, 6, 27), later)!.Date);
        Assert.Null(Deadlines.MinutesSignedAt(D(2017, 11, 1), later));
    }

    // ---- properties ----

    [Property(MaxTest = 1000)]
    public Property The_latest_publication_leaves_at_least_5_clear_working_days_and_a_working_day_later_leaves_fewer()
        => Prop.ForAll(CalendarGen.AnyDate, meeting =>
        {
            var latest = Harrow.LatestAgendaPublication(meeting);
            var required = Deadlines.AgendaClearDays(meeting);
            var later = Harrow.Calendar.NthWorkingDayAfter(latest, 1);
            return Harrow.CheckPublication(latest, meeting).ClearDays >= required
                   && Harrow.CheckPublication(latest, meeting).InTime
                   && (later > meeting || Harrow.CheckPublication(later, meeting).ClearDays < required);
        });

    [Property(MaxTest = 1000)]
    public Property Adding_a_closure_day_never_makes_a_deadline_later()
        => Prop.ForAll(CalendarGen.AnyDate, Gen.Choose(-40, 10).ToArbitrary(), (meeting, offset) =>
        {
            var closure = meeting.PlusDays(offset);
            var closed = new Deadlines(ProcedureSettings.Harrow with { ClosureDays = [closure] });
            var strict = new Deadlines(ProcedureSettings.Harrow with { StrictWorkingDaysEverywhere = true });
            var strictClosed = new Deadlines(ProcedureSettings.Harrow with { StrictWorkingDaysEverywhere = true, ClosureDays = [closure] });
            return closed.LatestAgendaPublication(meeting) <= Harrow.LatestAgendaPublication(meeting)
                   && closed.PlannedAgendaPublication(meeting) <= Harrow.PlannedAgendaPublication(meeting)
                   && closed.PublicQuestionDeadline(meeting) <= Harrow.PublicQuestionDeadline(meeting)
                   && closed.KeyDecisionNoticeBy(meeting) <= Harrow.KeyDecisionNoticeBy(meeting)
                   && strictClosed.KeyDecisionNoticeBy(meeting) <= strict.KeyDecisionNoticeBy(meeting)
                   && closed.PrivateMeetingNotices(meeting).FinalNoticeBy <= Harrow.PrivateMeetingNotices(meeting).FinalNoticeBy
                   // Periods that run forward from a date only ever lengthen.
                   && closed.CallIn(meeting).ImplementFrom >= Harrow.CallIn(meeting).ImplementFrom
                   && closed.GeneralExceptionEarliestDecision(meeting) >= Harrow.GeneralExceptionEarliestDecision(meeting);
        });

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
