using NodaTime;
using Quorum.Domain.Calendar;

namespace Quorum.Domain.Rules;

/// <summary>The outcome of checking an agenda's publication date against the five clear days (AI-2).</summary>
public sealed record PublicationCheck(
    LocalDate Published, LocalDate Meeting, int ClearDays, int RequiredClearDays, LocalDate LatestPublication, bool StatutoryCheckApplies)
{
    /// <summary>In time when the statutory clear days were given, or when no statutory period applies (AI-0, T7).</summary>
    public bool InTime => !StatutoryCheckApplies || ClearDays >= RequiredClearDays;
}

/// <summary>The deadlines a meeting page and the authoring screens show for one meeting.</summary>
public sealed record MeetingDeadlineSummary(
    LocalDate MeetingDate, LocalDate LatestPublication, LocalDate PlannedPublication, LocalDateTime PublicQuestionDeadline, LocalDate KeyDecisionNoticeBy);

/// <summary>The two notices a private executive meeting needs (EX-2, 2012 Regs reg 5).</summary>
public sealed record PrivateMeetingNotices(LocalDate IntentionNoticeBy, LocalDate FinalNoticeBy);

/// <summary>The call-in window after a decision is published and the first day it may be implemented (EX-8).</summary>
public sealed record CallInWindow(LocalDate Published, LocalDate Opens, LocalDate WindowEnds, LocalDate ImplementFrom);

/// <summary>A later meeting of the same body, for finding where minutes are signed (CPR-9).</summary>
public sealed record ScheduledMeeting(LocalDate Date, bool Extraordinary);

/// <summary>
/// Every statutory and local deadline that hangs off a meeting or decision date, for one body's settings. Pure:
/// dates in, dates out; the caller supplies "today" where a check needs it.
/// </summary>
public sealed class Deadlines
{
    /// <summary>s100A(6)(a), s100B(3) LGA 1972 as amended by SI 2002/715 (England): five clear days; also 2012 Regs regs 5(4), 6, 7, 10.</summary>
    public const int StatutoryClearDays = 5;

    /// <summary>Three clear days before SI 2002/715 art 1 brought in five on 1 October 2002 (Elitestone was decided under three).</summary>
    public const int ClearDaysBeforeOctober2002 = 3;

    public static readonly LocalDate FiveClearDaysFrom = new(2002, 10, 1);

    /// <summary>2012 Regs regs 5(2) and 9(2): twenty-eight clear days.</summary>
    public const int NoticeClearDays = 28;

    /// <summary>Localism Act 2011 s30(1) and s31(3): 28 days beginning with the day of taking office or disclosure.</summary>
    public const int RegistrationDays = 28;

    private readonly ProcedureSettings _settings;

    public Deadlines(ProcedureSettings settings, BankHolidayCalendar? bankHolidays = null)
    {
        _settings = settings;
        Calendar = new WorkingCalendar(bankHolidays ?? BankHolidayCalendar.EnglandAndWales, settings.ClosureDays);
    }

    /// <summary>Harrow's settings on the England and Wales calendar.</summary>
    public static Deadlines Harrow { get; } = new(ProcedureSettings.Harrow);

    public WorkingCalendar Calendar { get; }

    /// <summary>Whether Part VA or the 2012 Regulations set a publication period for this body (AI-0).</summary>
    public bool PublicationIsRegulated => _settings.AccessRegime != AccessRegime.Custom;

    // AI-0, SI 2002/715 art 1-3: five clear days in England from 1 October 2002, three before.
    public static int AgendaClearDays(LocalDate meeting) => meeting < FiveClearDaysFrom ? ClearDaysBeforeOctober2002 : StatutoryClearDays;

    // AI-2, CAL-3, CPR-5: latest_pub = the 6th working day before the meeting (5 clear working days).
    public LocalDate LatestAgendaPublication(LocalDate meeting)
        => Calendar.LatestDateWithClearDaysBefore(meeting, AgendaClearDays(meeting), _settings.FiveClearDayCount);

    /// <summary>The deadlines shown for a meeting; a document without a meeting date has none (T9).</summary>
    public MeetingDeadlineSummary Summarise(LocalDate? meeting)
    {
        if (meeting is not { } date)
        {
            throw new ProcedureRuleException("AI-2", "the document has no meeting date, so no deadline can be computed");
        }
        return new(date, LatestAgendaPublication(date), PlannedAgendaPublication(date), PublicQuestionDeadline(date), KeyDecisionNoticeBy(date));
    }

    /// <summary>When the council plans to publish under its policy, never after the statutory latest (CPR-5).</summary>
    public LocalDate PlannedAgendaPublication(LocalDate meeting)
    {
        var latest = LatestAgendaPublication(meeting);
        if (_settings.Publication == PublicationPolicy.StatutoryLatest)
        {
            return latest;
        }
        // CPR-5 [INFERRED]: the Monday of the week before the meeting's week, or the working day before it.
        var monday = meeting.PlusDays(1).Previous(IsoDayOfWeek.Monday).PlusDays(-7);
        while (!Calendar.IsWorkingDay(monday))
        {
            monday = monday.PlusDays(-1);
        }
        return monday < latest ? monday : latest;
    }

    // AI-2 s100B(3): open to inspection at least five clear days before the meeting (Elitestone: both ends excluded).
    public PublicationCheck CheckPublication(LocalDate published, LocalDate meeting)
    {
        if (meeting < published)
        {
            throw new ProcedureRuleException(
                "AI-2", $"the meeting on {meeting:uuuu-MM-dd} is before the agenda's publication date {published:uuuu-MM-dd}");
        }
        var clear = Calendar.ClearDaysBetween(published, meeting, _settings.FiveClearDayCount);
        return new(published, meeting, clear, AgendaClearDays(meeting), LatestAgendaPublication(meeting), PublicationIsRegulated);
    }

    // CPR-4 (Harrow CPR 17): 15:00 on the 3rd working day before the meeting, both configurable.
    public LocalDateTime PublicQuestionDeadline(LocalDate meeting)
        => Calendar.NthWorkingDayBefore(meeting, _settings.PublicQuestions.WorkingDaysBefore).At(_settings.PublicQuestions.At);

    // CAL-4: a question received at or before the deadline (Europe/London wall clock) is on time.
    public bool QuestionInTime(LocalDateTime received, LocalDate meeting) => received <= PublicQuestionDeadline(meeting);

    // EX-4, 2012 Regs reg 9(2): notice of a key decision 28 clear days before it is made (calendar unless strict).
    public LocalDate KeyDecisionNoticeBy(LocalDate decision)
        => Calendar.LatestDateWithClearDaysBefore(decision, NoticeClearDays, _settings.TwentyEightClearDayCount);

    // EX-4, reg 9(2): the clear days a notice made available on one day gives a decision on another.
    public int KeyDecisionClearDays(LocalDate listed, LocalDate decision)
        => Calendar.ClearDaysBetween(listed, decision, _settings.TwentyEightClearDayCount);

    // EX-5, reg 10(1)(c): the latest day a general exception notice still leaves five clear days before the decision.
    public LocalDate GeneralExceptionNoticeBy(LocalDate decision)
        => Calendar.LatestDateWithClearDaysBefore(decision, StatutoryClearDays, _settings.FiveClearDayCount);

    // EX-2, 2012 Regs reg 5(2) and 5(4): intention notice 28 clear days before, final notice 5 clear days before.
    public PrivateMeetingNotices PrivateMeetingNotices(LocalDate meeting) => new(
        Calendar.LatestDateWithClearDaysBefore(meeting, NoticeClearDays, _settings.TwentyEightClearDayCount),
        Calendar.LatestDateWithClearDaysBefore(meeting, StatutoryClearDays, _settings.FiveClearDayCount));

    // EX-5, 2012 Regs reg 10(c): the decision may be made once five clear days have elapsed after the notice day.
    public LocalDate GeneralExceptionEarliestDecision(LocalDate noticeMadeAvailable)
        => Calendar.EarliestDateWithClearDaysAfter(noticeMadeAvailable, StatutoryClearDays, _settings.FiveClearDayCount);

    // EX-8 (Harrow call-in procedure, S22): the n working days after publication; implementable the next working day.
    public CallInWindow CallIn(LocalDate published)
    {
        var days = _settings.CallIn.WindowWorkingDays;
        return new(
            published,
            Calendar.NthWorkingDayAfter(published, 1),
            Calendar.NthWorkingDayAfter(published, days),
            Calendar.NthWorkingDayAfter(published, days + 1));
    }

    // INT-3, Localism Act 2011 s30(1): "28 days beginning with the day" counts the start day as day 1.
    public static LocalDate RegisterOfInterestsBy(LocalDate becameMember) => becameMember.PlusDays(RegistrationDays - 1);

    // INT-4, Localism Act 2011 s31(3): notify the Monitoring Officer within 28 days beginning with the disclosure.
    public static LocalDate DisclosureNotificationBy(LocalDate disclosedAtMeeting) => disclosedAtMeeting.PlusDays(RegistrationDays - 1);

    /// <summary>
    /// The meeting at which a meeting's minutes are signed: the next one that is not extraordinary (CPR-9, LGA 1972
    /// Sch 12 para 41; SI 1993/202 Sch 2 para 2), or null when none is scheduled yet.
    /// </summary>
    public static ScheduledMeeting? MinutesSignedAt(LocalDate meeting, IEnumerable<ScheduledMeeting> laterMeetings)
        => laterMeetings.Where(m => m.Date > meeting && !m.Extraordinary).OrderBy(m => m.Date).FirstOrDefault();

    // CPR-9, Sch 12 para 41: minutes put for signing must be of an earlier meeting (T8: seed 004 cites 6 Dec 2013 on 13 Mar 2013).
    public static void CheckMinutesForSigning(LocalDate meeting, LocalDate minutesOf)
    {
        if (minutesOf >= meeting)
        {
            throw new ProcedureRuleException(
                "CPR-9", $"minutes date after meeting date: minutes of {minutesOf:uuuu-MM-dd} cannot be signed at the meeting on {meeting:uuuu-MM-dd}");
        }
    }
}
