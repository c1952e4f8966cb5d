using NodaTime;
using Quorum.Domain.Committees;

namespace Quorum.Domain.Tests.Committees;

public class SeatRulesTests
{
    private static readonly LocalDate AnnualMeeting = new(2026, 5, 21);

    [Fact]
    public void A_membership_ending_before_it_starts_is_refused_naming_the_end_in_the_callers_date_style()
    {
        var problem = SeatRules.EndsBeforeItStarts(AnnualMeeting, AnnualMeeting.PlusDays(-1), SeatRules.LongDates);

        Assert.Equal(new SeatProblem("end", "the membership ends (20 May 2026) before it starts (21 May 2026)"), problem);
        Assert.Null(SeatRules.EndsBeforeItStarts(AnnualMeeting, AnnualMeeting, SeatRules.IsoDates));
        Assert.Null(SeatRules.EndsBeforeItStarts(AnnualMeeting, null, SeatRules.IsoDates));
    }

    [Fact]
    public void A_second_chair_is_refused_only_while_the_first_chairs_term_lasts()
    {
        SeatHeld[] held = [new("Frank Green", MembershipRole.Chair, AnnualMeeting, AnnualMeeting.PlusYears(1).PlusDays(-1)), new("Emma Fox", MembershipRole.ViceChair, AnnualMeeting, null)];

        var clash = SeatRules.SecondChair("Licensing Committee", MembershipRole.Chair, AnnualMeeting.PlusMonths(6), null, held, SeatRules.LongDates);

        Assert.Equal(new SeatProblem("role", "a second chair of Licensing Committee at the same time: Frank Green is chair from 21 May 2026 to 20 May 2027"), clash);
        Assert.Null(SeatRules.SecondChair("Licensing Committee", MembershipRole.Chair, AnnualMeeting.PlusYears(1), null, held, SeatRules.LongDates));
        Assert.Null(SeatRules.SecondChair("Licensing Committee", MembershipRole.ViceChair, AnnualMeeting, null, held, SeatRules.LongDates));
    }

    [Fact]
    public void A_person_holds_one_seat_on_a_body_at_a_time()
    {
        SeatHeld[] theirs = [new("Grace Hill", MembershipRole.Member, AnnualMeeting, null, "row 4")];

        Assert.Equal("start", SeatRules.SeatedTwice("Grace Hill", "Licensing Committee", AnnualMeeting.PlusDays(7), null, theirs, SeatRules.IsoDates)!.Field);
        Assert.Contains("(row 4); end one seat before the next starts", SeatRules.SeatedTwice("Grace Hill", "Licensing Committee", AnnualMeeting.PlusDays(7), null, theirs, SeatRules.IsoDates)!.Message, StringComparison.Ordinal);
        Assert.Null(SeatRules.SeatedTwice("Grace Hill", "Licensing Committee", AnnualMeeting.PlusDays(-30), AnnualMeeting.PlusDays(-1), theirs, SeatRules.IsoDates));
    }

    [Fact]
    public void A_reserve_must_be_in_the_group_whose_list_names_them()
    {
        var labour = new GroupName("1", "Labour");

        Assert.Null(SeatRules.ReserveOutsideGroup("Jeff Anderson", labour, new GroupName("1", "Labour")));
        Assert.Equal(new SeatProblem("person", "Grace Hill is not in the Labour group (their group is Conservative), so cannot be one of its reserves"),
            SeatRules.ReserveOutsideGroup("Grace Hill", labour, new GroupName("2", "Conservative")));
        Assert.Contains("(they are in no group)", SeatRules.ReserveOutsideGroup("Jo Frost", labour, null)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retiring_a_body_ends_the_seats_still_held_and_keeps_those_already_ended()
    {
        var body = new Committee { CouncilId = Guid.NewGuid(), Name = "Licensing Committee", Slug = new Slug("licensing-committee"), BodyType = BodyType.Committee };
        var past = new Membership { CommitteeId = body.Id, PersonId = Guid.NewGuid(), Role = MembershipRole.Member, From = new LocalDate(2024, 5, 15), To = new LocalDate(2025, 5, 14) };
        var current = new Membership { CommitteeId = body.Id, PersonId = Guid.NewGuid(), Role = MembershipRole.Chair, From = AnnualMeeting };
        body.Memberships.AddRange([past, current]);

        body.Retire(new LocalDate(2026, 12, 31));

        Assert.Equal((new LocalDate(2026, 12, 31), new LocalDate(2025, 5, 14), (LocalDate?)new LocalDate(2026, 12, 31)), (body.RetiredOn!.Value, past.To!.Value, current.To));
        Assert.Throws<InvalidOperationException>(() => body.Retire(new LocalDate(2027, 1, 1)));
    }
}
