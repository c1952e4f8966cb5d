using NodaTime;
using Quorum.Domain.Committees;

namespace Quorum.Domain.Tests.Committees;

public class CommitteeTests
{
    private static readonly Guid CouncilId = Guid.NewGuid();

    [Fact]
    public void A_quorum_below_one_is_rejected()
    {
        var committee = new Committee { CouncilId = CouncilId, Name = "Licensing Panel", Slug = new Slug("licensing-panel"), BodyType = BodyType.Panel };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => committee.Quorum = 0);
        Assert.Contains("Licensing Panel", error.Message);
    }

    [Fact]
    public void A_panel_under_cabinet_follows_the_executive_procedure_rules()
    {
        var cabinet = new Committee { CouncilId = CouncilId, Name = "Cabinet", Slug = new Slug("cabinet"), BodyType = BodyType.Cabinet };
        var panel = new Committee { CouncilId = CouncilId, Name = "Corporate Parenting Panel", Slug = new Slug("corporate-parenting-panel"), BodyType = BodyType.Panel, Parent = cabinet };
        var scrutiny = new Committee { CouncilId = CouncilId, Name = "Overview and Scrutiny Committee", Slug = new Slug("overview-and-scrutiny-committee"), BodyType = BodyType.Committee };
        Assert.True(panel.IsExecutive);
        Assert.False(scrutiny.IsExecutive);
    }

    [Fact]
    public void A_municipal_year_is_named_by_its_two_calendar_years_and_must_end_after_it_starts()
    {
        var year = new MunicipalYear(CouncilId, new LocalDate(2020, 5, 20), new LocalDate(2021, 5, 19));
        Assert.Equal("2020-2021", year.Name);
        Assert.True(year.Contains(new LocalDate(2020, 10, 7)));
        Assert.Throws<ArgumentException>(() => new MunicipalYear(CouncilId, new LocalDate(2021, 5, 19), new LocalDate(2020, 5, 20)));
    }

    [Fact]
    public void Education_co_optees_vote_only_on_education_items_and_advisers_never()
    {
        var from = new LocalDate(2017, 5, 18);
        var churchRep = new Membership { CommitteeId = Guid.NewGuid(), PersonId = Guid.NewGuid(), Role = MembershipRole.CoOpted, VotingRight = VotingRight.EducationItemsOnly, From = from };
        var fosterCarer = new Membership { CommitteeId = Guid.NewGuid(), PersonId = Guid.NewGuid(), Role = MembershipRole.Advisory, VotingRight = VotingRight.None, From = from };
        Assert.True(churchRep.MayVoteOn(educationItem: true));
        Assert.False(churchRep.MayVoteOn(educationItem: false));
        Assert.False(fosterCarer.MayVoteOn(educationItem: true));
    }

    [Fact]
    public void A_membership_cannot_end_before_it_starts()
    {
        var seat = new Membership { CommitteeId = Guid.NewGuid(), PersonId = Guid.NewGuid(), Role = MembershipRole.Member, From = new LocalDate(2018, 5, 24) };
        Assert.Throws<ArgumentException>(() => seat.To = new LocalDate(2018, 5, 1));
        seat.To = new LocalDate(2019, 5, 22);
        Assert.True(seat.IsCurrentOn(new LocalDate(2019, 1, 1)));
        Assert.False(seat.IsCurrentOn(new LocalDate(2019, 6, 1)));
    }

    [Fact]
    public void A_reserve_list_numbers_its_reserves_in_the_order_added()
    {
        var list = new ReserveList { CommitteeId = Guid.NewGuid(), PartyGroupId = Guid.NewGuid(), MunicipalYearId = Guid.NewGuid() };
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        list.Add(first);
        list.Add(second);
        Assert.Equal([(1, first), (2, second)], list.InOrder().Select(e => (e.Position, e.PersonId)));
        Assert.Throws<InvalidOperationException>(() => list.Add(first));
    }

    [Fact]
    public void A_substitute_names_the_organisation_they_attend_for()
    {
        var substitute = new Substitute { CommitteeId = Guid.NewGuid(), PersonId = Guid.NewGuid(), Organisation = "Metropolitan Police", From = new LocalDate(2013, 1, 1) };
        var group = new PartyGroup { CouncilId = CouncilId, Name = "Conservative", Slug = new Slug("conservative") };
        Assert.Equal("Metropolitan Police", substitute.Organisation);
        Assert.Equal("conservative", group.Slug.Value);
    }
}
