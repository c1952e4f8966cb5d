using NodaTime;
using Quorum.Domain.Meetings;

namespace Quorum.Domain.Tests.Meetings;

public class MeetingTests
{
    private static Meeting NewMeeting() => new() { CommitteeId = Guid.NewGuid(), Date = new LocalDate(2020, 10, 7), StartTime = new LocalTime(18, 0) };

    [Fact]
    public void A_meeting_needs_a_venue_or_a_virtual_link()
    {
        var meeting = NewMeeting();
        Assert.Throws<ArgumentException>(() => meeting.SetPlace(" ", null));
        meeting.SetPlace(null, "https://www.harrow.gov.uk/virtualmeeting");
        Assert.Null(meeting.Venue);
        Assert.Equal(new LocalDateTime(2020, 10, 7, 18, 0), meeting.Start);
    }

    [Fact]
    public void Cancelling_or_postponing_needs_a_published_reason()
    {
        var meeting = NewMeeting();
        Assert.Throws<ArgumentException>(() => meeting.Cancel(""));
        meeting.Postpone("Postponed to allow the Ofsted report to be considered.");
        Assert.Equal((MeetingStatus.Postponed, "Postponed to allow the Ofsted report to be considered."), (meeting.Status, meeting.StatusReason!));
        meeting.Cancel("No business.");
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Throws<InvalidOperationException>(() => meeting.MarkHeld(new LocalTime(19, 42)));
    }

    [Fact]
    public void A_held_meeting_records_its_closing_time_and_cannot_then_be_cancelled()
    {
        var meeting = NewMeeting();
        meeting.MarkHeld(new LocalTime(19, 42));
        Assert.Equal((MeetingStatus.Held, new LocalTime(19, 42)), (meeting.Status, meeting.ClosedAt!.Value));
        Assert.Throws<InvalidOperationException>(() => meeting.Cancel("Too late"));
    }

    [Fact]
    public void Part_two_business_carries_its_schedule_12A_paragraph()
    {
        var item = new AgendaItem { MeetingId = Guid.NewGuid(), Number = 14, Title = "Property Disposal" };
        Assert.Equal((AgendaPart.PartI, null), (item.Part, item.ExemptionParagraph));
        item.TakeInPrivate(new Schedule12AParagraph(3));
        Assert.Equal((AgendaPart.PartII, 3), (item.Part, item.ExemptionParagraph!.Number));
        Assert.Throws<ArgumentNullException>(() => item.TakeInPrivate(null!));
        item.TakeInPublic();
        Assert.Null(item.ExemptionParagraph);
        Assert.Throws<ArgumentOutOfRangeException>(() => item.Number = 0);
    }

    [Fact]
    public void A_reserve_attends_in_place_of_a_named_member()
    {
        var meetingId = Guid.NewGuid();
        var ordinary = Guid.NewGuid();
        var reserve = Attendance.StandingIn(meetingId, Guid.NewGuid(), ordinary, AttendanceMark.Reserve, reserveCategory: 1);
        Assert.Equal((ordinary, 1, true), (reserve.ForPersonId!.Value, reserve.ReserveCategory!.Value, reserve.IsPresentAsMember));
        Assert.Throws<ArgumentException>(() => Attendance.Record(meetingId, Guid.NewGuid(), AttendanceMark.Reserve));
        Assert.Throws<ArgumentException>(() => Attendance.StandingIn(meetingId, ordinary, ordinary, AttendanceMark.Reserve));
        Assert.False(Attendance.Record(meetingId, ordinary, AttendanceMark.Apologies).IsPresentAsMember);
    }
}
