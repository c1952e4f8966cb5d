using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Participation;

/// <summary>CPR-7 as Harrow runs it: ten minutes, not at Council or Cabinet, asked for by the question deadline, about the meeting's business.</summary>
public class DeputationRulesTests
{
    // Tuesday 19 September 2017: requests close at 3pm on Thursday 14 September (T3's deadline).
    private static Meeting Meeting(LocalDate? published = null) => new()
    {
        CommitteeId = Guid.NewGuid(),
        Date = new LocalDate(2017, 9, 19),
        StartTime = new LocalTime(19, 30),
        AgendaPublishedOn = published ?? new LocalDate(2017, 9, 11),
    };

    private static string? Closed(Meeting meeting, BodyType body, LocalDateTime now) =>
        DeputationRules.Closed(meeting, body, ProcedureSettings.Harrow.Deputations, Deadlines.Harrow, now);

    [Fact]
    public void Requests_are_taken_up_to_3pm_on_the_third_working_day_before_and_refused_a_minute_later()
    {
        Assert.Null(Closed(Meeting(), BodyType.Committee, new(2017, 9, 14, 15, 0)));
        Assert.Equal(
            "The deadline for asking to address this meeting was 3pm on Thursday 14 September 2017. Requests can no longer be sent for it.",
            Closed(Meeting(), BodyType.Committee, new(2017, 9, 14, 15, 1)));
    }

    [Fact]
    public void Council_and_Cabinet_hear_no_deputations_and_a_meeting_without_an_agenda_takes_none_yet()
    {
        Assert.Equal("Deputations are not heard at meetings of the Cabinet.", Closed(Meeting(), BodyType.Cabinet, new(2017, 9, 1, 9, 0)));
        Assert.Equal("Deputations are not heard at meetings of the full Council.", Closed(Meeting(), BodyType.Council, new(2017, 9, 1, 9, 0)));
        var unpublished = Meeting();
        unpublished.AgendaPublishedOn = null;
        Assert.StartsWith("A deputation must be about an item on the agenda", Closed(unpublished, BodyType.Committee, new(2017, 9, 1, 9, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_form_needs_a_name_an_address_an_item_of_business_and_what_they_want_to_say()
    {
        var problems = DeputationRules.Check(new DeputationForm("", null, "not-an-address", 9, ""), [3, 4]);
        Assert.Equal(["name", "email", "item", "subject"], problems.Select(p => p.Field));
        Assert.Empty(DeputationRules.Check(new DeputationForm("Ruth Resident", "Friends of the Park", "ruth@example.org", 4, "Keep the park open"), [3, 4]));
    }

    [Fact]
    public void The_chair_allows_up_to_the_councils_limit_and_a_refusal_always_gives_its_reason()
    {
        var request = Deputation.Receive(Guid.NewGuid(), Guid.NewGuid(), 1, new DeputationForm("Ruth", null, "ruth@example.org", 3, "Keep it"), Instant.FromUtc(2017, 9, 12, 9, 0));
        Assert.Equal("CPR-7", Assert.Throws<ProcedureRuleException>(() => request.Accept(11, 10, null, "clerk", Instant.FromUtc(2017, 9, 15, 9, 0))).Rule);
        Assert.Throws<ProcedureRuleException>(() => request.Refuse(" ", "clerk", Instant.FromUtc(2017, 9, 15, 9, 0)));
        request.Accept(10, 10, "Relevant to item 3", "clerk", Instant.FromUtc(2017, 9, 15, 9, 0));
        Assert.Equal((DeputationStatus.Accepted, (int?)10, "Relevant to item 3"), (request.Status, request.MinutesAllowed, request.ChairsReason));
        Assert.Throws<ProcedureRuleException>(() => request.Refuse("Changed mind", "clerk", Instant.FromUtc(2017, 9, 15, 10, 0)));
    }
}
