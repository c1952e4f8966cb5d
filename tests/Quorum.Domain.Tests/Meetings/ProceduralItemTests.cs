using Quorum.Domain.Meetings;

namespace Quorum.Domain.Tests.Meetings;

public sealed class ProceduralItemTests
{
    [Theory]
    [InlineData("Apologies for Absence")]
    [InlineData("Attendance by Reserve Members")]
    [InlineData("Attendance by Substitute Members")]
    [InlineData("Declarations of Interest")]
    [InlineData("Minutes")]
    [InlineData("Appointment of Vice-Chair")]
    [InlineData("Mayor's Announcements")]
    [InlineData("Right of Members to Speak")]
    [InlineData("Public Questions")]
    [InlineData("Councillor Questions")]
    [InlineData("Petitions")]
    [InlineData("Deputations")]
    [InlineData("References from Council/Cabinet")]
    [InlineData("Any Other Urgent Business")]
    [InlineData("Date of Next Meeting")]
    [InlineData("Exclusion of the Press and Public")]
    public void Titles_councils_use_for_procedural_items_need_no_report(string title)
        => Assert.True(AgendaTemplate.IsProcedural(new AgendaItem { MeetingId = Guid.NewGuid(), Number = 1, Title = title }));

    [Theory]
    [InlineData("Youth Justice Plan")]
    [InlineData("Key Decision - Revenue Budget 2018/19")]
    [InlineData("Petition Scheme Review")]
    [InlineData("Public Health Annual Report")]
    [InlineData("Declaration of a Climate Emergency: Progress")]
    public void Business_titles_are_not_procedural(string title)
        => Assert.False(AgendaTemplate.IsProcedural(new AgendaItem { MeetingId = Guid.NewGuid(), Number = 1, Title = title }));

    [Fact]
    public void A_template_item_is_procedural_whatever_its_title()
        => Assert.True(AgendaTemplate.IsProcedural(new AgendaItem { MeetingId = Guid.NewGuid(), Number = 1, Title = "Questions", Standing = StandingItem.PublicQuestions }));
}
