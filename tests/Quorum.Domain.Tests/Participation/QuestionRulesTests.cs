using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Participation;

/// <summary>CPR-4 public questions: the deadline boundary (rules.md vectors), one per person, order, rejection reasons.</summary>
public class QuestionRulesTests
{
    private static Meeting MeetingOn(LocalDate date) => new() { CommitteeId = Guid.NewGuid(), Date = date, StartTime = new LocalTime(19, 30) };

    // T3 (seed 000): 15:00 Thu 14 Sep 2017 for Tue 19 Sep 2017; CAL-4: received at or before it is on time.
    [Fact]
    public void A_question_at_3pm_on_the_deadline_day_is_taken_and_one_a_second_later_is_refused_naming_the_deadline()
    {
        var meeting = MeetingOn(new LocalDate(2017, 9, 19));
        Assert.Null(QuestionRules.Closed(meeting, Deadlines.Harrow, new LocalDateTime(2017, 9, 14, 15, 0)));
        var refused = QuestionRules.Closed(meeting, Deadlines.Harrow, new LocalDateTime(2017, 9, 14, 15, 0, 1));
        Assert.Equal("The deadline for public questions to this meeting was 3pm on Thursday 14 September 2017. Questions can no longer be sent for it.", refused);
    }

    // CPR-4 bank-holiday vectors: Easter, early May, the State Funeral and Christmas are skipped.
    [Theory]
    [InlineData("2025-04-23", "2025-04-16")]
    [InlineData("2025-05-06", "2025-04-30")]
    [InlineData("2022-09-20", "2022-09-14")]
    [InlineData("2025-01-02", "2024-12-27")]
    [InlineData("2014-12-09", "2014-12-04")]
    [InlineData("2020-10-07", "2020-10-02")]
    public void Questions_close_at_3pm_on_the_third_working_day_before_the_meeting(string meeting, string deadlineDay)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(meeting).Value;
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(deadlineDay).Value;
        Assert.Null(QuestionRules.Closed(MeetingOn(date), Deadlines.Harrow, day.At(new LocalTime(15, 0))));
        Assert.NotNull(QuestionRules.Closed(MeetingOn(date), Deadlines.Harrow, day.At(new LocalTime(15, 0, 1))));
    }

    [Fact]
    public void A_council_with_its_own_deadline_closes_questions_by_it()
    {
        var noon = new Deadlines(ProcedureSettings.Harrow with { PublicQuestions = new(WorkingDaysBefore: 2, At: LocalTime.Noon) });
        var meeting = MeetingOn(new LocalDate(2017, 9, 19));
        Assert.Null(QuestionRules.Closed(meeting, noon, new LocalDateTime(2017, 9, 15, 12, 0)));
        Assert.Contains("midday on Friday 15 September 2017", QuestionRules.Closed(meeting, noon, new LocalDateTime(2017, 9, 15, 12, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_or_held_meeting_takes_no_questions()
    {
        var cancelled = MeetingOn(new LocalDate(2017, 9, 19));
        cancelled.Cancel("No business");
        Assert.Equal("This meeting has been cancelled, so it takes no public questions.", QuestionRules.Closed(cancelled, Deadlines.Harrow, new LocalDateTime(2017, 9, 1, 9, 0)));
    }

    [Fact]
    public void One_question_per_person_is_known_by_the_address_whatever_its_case_or_spaces()
    {
        Assert.True(QuestionRules.AlreadyAsked(["ann.resident@example.org"], "  Ann.Resident@Example.ORG "));
        Assert.False(QuestionRules.AlreadyAsked(["ann.resident@example.org"], "bob@example.org"));
    }

    [Fact]
    public void Questions_are_numbered_in_order_of_receipt()
    {
        Assert.Equal(1, QuestionRules.NextNumber([]));
        Assert.Equal(4, QuestionRules.NextNumber([1, 3, 2]));
    }

    [Fact]
    public void The_form_names_each_field_at_fault_in_plain_words()
    {
        var problems = QuestionRules.Check(new QuestionForm(" ", "not-an-address", new string('x', QuestionRules.MaxQuestionLength + 1)));
        Assert.Equal(["name", "email", "question"], problems.Select(p => p.Field));
        Assert.Equal("Enter your full name", problems[0].Message);
        Assert.Equal("Enter an email address in the correct format, like name@example.com", problems[1].Message);
        Assert.Equal("Your question must be 1,500 characters or fewer; it has 1,501", problems[2].Message);
        Assert.Empty(QuestionRules.Check(new QuestionForm("Ann Resident", "ann@example.org", "When will the library reopen?")));
    }

    [Fact]
    public void Every_rejection_reason_reads_as_words_not_a_code()
    {
        foreach (var reason in QuestionRules.Reasons)
        {
            var words = QuestionRules.Describe(reason);
            Assert.DoesNotContain(reason.ToString(), words, StringComparison.Ordinal);
            Assert.Contains(' ', words);
        }
        Assert.Contains("past six months", QuestionRules.Describe(QuestionRejection.SameAsRecentQuestion), StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_on_a_question_cannot_be_changed()
    {
        var question = PublicQuestion.Receive(Guid.NewGuid(), 1, "Ann Resident", "ann@example.org", "Why?", Instant.FromUtc(2017, 9, 12, 10, 0));
        question.Reject(QuestionRejection.Defamatory, "clerk", Instant.FromUtc(2017, 9, 15, 10, 0));
        var refused = Assert.Throws<ProcedureRuleException>(() => question.Accept("clerk", Instant.FromUtc(2017, 9, 15, 11, 0)));
        Assert.Contains("already been rejected", refused.Detail, StringComparison.Ordinal);
        Assert.Equal(QuestionStatus.Rejected, question.Status);
    }

    [Fact]
    public void Accepted_questions_print_under_the_template_item_or_one_titled_Public_Questions()
    {
        var meetingId = Guid.NewGuid();
        AgendaItem Item(int n, string title, StandingItem? standing = null) => new() { MeetingId = meetingId, Number = n, Title = title, Standing = standing };
        Assert.Equal(4, QuestionRules.PublicQuestionsItem([Item(3, "Minutes"), Item(4, "Public Questions", StandingItem.PublicQuestions)])!.Number);
        Assert.Equal(5, QuestionRules.PublicQuestionsItem([Item(5, "PUBLIC QUESTIONS"), Item(6, "Petitions")])!.Number);
        Assert.Null(QuestionRules.PublicQuestionsItem([Item(1, "Minutes")]));
    }
}
