using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;
using static Quorum.Domain.Tests.Rules.HarrowScrutiny;

namespace Quorum.Domain.Tests.Rules;

public class EligibilityTests
{
    private static readonly string[] Councillors = ["Lab1", "Lab2", "Lab3", "Lab4", "Lab5", "Con1", "Con2", "Con3", "Con4"];

    [Fact]
    public void T14_a_reserve_arriving_at_1945_votes_from_item_4_which_starts_at_1950_not_item_3_at_1940()
    {
        var meeting = Meeting([Present("Lab1"), Present("Lab2"), Present("Con1"), Reserve("LabR1", "Lab3", new LocalTime(19, 45))]);
        var item3 = Eligibility.ForItem(meeting, 3, Settings);
        var item4 = Eligibility.ForItem(meeting, 4, Settings);

        Assert.False(item3.MayVote("LabR1"));
        Assert.Contains(item3.NotCounted, n => n.PersonId == "LabR1" && n.Reason.StartsWith("CPR-2 (iv)", StringComparison.Ordinal));
        Assert.True(item4.MayVote("LabR1"));
        Assert.Equal(4, Assert.Single(item4.Substitutions).ActsFromItem);
    }

    [Fact]
    public void T15_a_reserve_is_invalid_when_the_ordinary_member_was_present_for_item_1()
    {
        var lab3 = new Attendee("Lab3", AttendanceMark.Present, new LocalTime(19, 30), new LocalTime(19, 34));
        var meeting = Meeting([Present("Lab1"), Present("Lab2"), Present("Con1"), lab3, Reserve("LabR1", "Lab3", new LocalTime(19, 29))]);
        var substitution = Assert.Single(Eligibility.Substitutions(meeting, Settings));
        Assert.False(substitution.Valid);
        Assert.StartsWith("CPR-2 (ii)", substitution.Reason, StringComparison.Ordinal);
        // Invalid from the start: the reserve never counts, even after the member leaves.
        Assert.False(Eligibility.ForItem(meeting, 5, Settings).MayVote("LabR1"));
    }

    [Fact]
    public void T17_a_member_with_an_undispensed_DPI_on_item_7_is_excluded_from_its_quorum_and_the_withdrawal_is_minuted()
    {
        var meeting = Meeting(
            [Present("Lab1"), Present("Lab2"), Present("Con1"), Present("Con2")],
            [new DeclaredInterest("Con2", 7, InterestKind.DisclosablePecuniary)]);
        var item7 = Eligibility.ForItem(meeting, 7, Settings);
        var item8 = Eligibility.ForItem(meeting, 8, Settings);

        Assert.False(item7.MayVote("Con2"));
        Assert.Equal(3, item7.Present);
        Assert.False(item7.IsQuorate);
        Assert.Contains("took no part in the discussion or vote", Assert.Single(item7.MinuteNotes));
        Assert.True(item8.IsQuorate);
    }

    [Fact]
    public void A_DPI_with_a_dispensation_does_not_bar_the_member()
    {
        var meeting = Meeting([Present("Lab1")], [new DeclaredInterest("Lab1", 7, InterestKind.DisclosablePecuniary, Dispensation: true)]);
        Assert.True(Eligibility.ForItem(meeting, 7, Settings).MayVote("Lab1"));
    }

    [Fact]
    public void A_non_pecuniary_interest_does_not_bar_the_member()
    {
        var meeting = Meeting([Present("Lab1")], [new DeclaredInterest("Lab1", 7, InterestKind.NonRegistrable)]);
        Assert.True(Eligibility.ForItem(meeting, 7, Settings).MayVote("Lab1"));
    }

    [Fact]
    public void Education_co_optees_vote_only_on_education_items()
    {
        var meeting = Meeting([Present("Lab1"), Present("Church"), Present("Parent1")]);
        var general = Eligibility.ForItem(meeting, 5, Settings);
        var education = Eligibility.ForItem(meeting, 6, Settings);
        Assert.False(general.MayVote("Church"));
        Assert.Equal(1, general.Present);
        Assert.True(education.MayVote("Church"));
        Assert.True(education.MayVote("Parent1"));
        Assert.Equal(3, education.Present);
    }

    [Fact]
    public void The_Youth_Parliament_representative_never_votes_even_on_education_items()
    {
        var meeting = Meeting([Present("Youth")]);
        var item = Eligibility.ForItem(meeting, 6, Settings);
        Assert.False(item.MayVote("Youth"));
        Assert.Contains(item.NotCounted, n => n.PersonId == "Youth" && n.Reason.Contains("non-voting"));
    }

    [Fact]
    public void A_body_whose_terms_set_no_quorum_is_quorate_with_whoever_attends()
    {
        var meeting = Meeting([Present("Lab1")]);
        var item = Eligibility.ForItem(meeting, 5, Settings with { Quorum = null });

        Assert.True(item.IsQuorate);
        Assert.Equal((0, 1), (item.Quorum, item.Voters.Count));
    }

    [Fact]
    public void Quorum_counts_only_eligible_voters_present_for_the_item()
    {
        var meeting = Meeting([Present("Lab1"), Present("Lab2"), Present("Con1"), Present("Con2", 20, 5), Present("Church")]);
        Assert.False(Eligibility.ForItem(meeting, 5, Settings).IsQuorate);
        Assert.True(Eligibility.ForItem(meeting, 6, Settings).IsQuorate);
        Assert.Equal(5, Eligibility.ForItem(meeting, 6, Settings).Present);
    }

    [Fact]
    public void A_member_who_left_does_not_count_for_later_items()
    {
        var left = new Attendee("Con1", AttendanceMark.Present, null, new LocalTime(20, 0));
        var meeting = Meeting([Present("Lab1"), Present("Lab2"), Present("Lab3"), left]);
        Assert.True(Eligibility.ForItem(meeting, 4, Settings).IsQuorate);
        Assert.False(Eligibility.ForItem(meeting, 5, Settings).IsQuorate);
    }

    [Fact]
    public void A_reserve_noted_at_the_start_counts_in_place_of_the_absent_member_from_item_1()
    {
        var meeting = Meeting([Present("Lab1"), Present("Lab2"), Present("Con1"), Reserve("ConR2", "Con2")]);
        var item1 = Eligibility.ForItem(meeting, 1, Settings);
        Assert.True(item1.IsQuorate);
        Assert.Contains(item1.Voters, v => v.PersonId == "ConR2" && v.Seat == "Con2" && v.IsReserve);
    }

    [Fact]
    public void Rule_i_a_reserve_may_replace_only_a_member_of_their_own_group()
    {
        var meeting = Meeting([Present("Lab1"), Reserve("ConR1", "Lab3")]);
        var substitution = Assert.Single(Eligibility.Substitutions(meeting, Settings));
        Assert.False(substitution.Valid);
        Assert.StartsWith("CPR-2 (i)", substitution.Reason, StringComparison.Ordinal);
        Assert.False(Eligibility.ForItem(meeting, 1, Settings).MayVote("ConR1"));
    }

    [Fact]
    public void Rule_iii_a_reserve_not_noted_at_the_Reserves_item_does_not_count()
    {
        var meeting = Meeting([Present("Lab1"), Reserve("LabR1", "Lab3", noted: false)]);
        var substitution = Assert.Single(Eligibility.Substitutions(meeting, Settings));
        Assert.StartsWith("CPR-2 (iii)", substitution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_reserves_cannot_take_the_same_members_place()
    {
        var meeting = Meeting([Reserve("LabR1", "Lab3"), Reserve("LabR2", "Lab3", new LocalTime(19, 31))]);
        var subs = Eligibility.Substitutions(meeting, Settings);
        Assert.True(subs[0].Valid);
        Assert.False(subs[1].Valid);
        Assert.Single(Eligibility.ForItem(meeting, 5, Settings).Voters);
    }

    [Fact]
    public void A_body_that_allows_no_reserves_rejects_every_substitution()
    {
        var meeting = Meeting([Reserve("LabR1", "Lab3")]);
        var none = Settings with { Substitution = SubstitutionPolicy.None };
        Assert.False(Assert.Single(Eligibility.Substitutions(meeting, none)).Valid);
    }

    [Fact]
    public void A_reserve_on_no_list_is_refused_naming_rule_i()
    {
        var meeting = Meeting([Present("Lab1"), Reserve("Stranger", "Lab3")]);
        var error = Assert.Throws<ProcedureRuleException>(() => Eligibility.ForItem(meeting, 1, Settings));
        Assert.Equal("CPR-2 (i)", error.Rule);
        Assert.Contains("Stranger is not on any reserve list", error.Message);
    }

    [Fact]
    public void A_reserve_for_someone_not_on_the_body_is_refused()
        => Assert.Throws<ProcedureRuleException>(() => Eligibility.ForItem(Meeting([Reserve("LabR1", "Nobody")]), 1, Settings));

    [Fact]
    public void An_item_not_taken_is_refused()
        => Assert.Throws<ProcedureRuleException>(() => Eligibility.ForItem(Meeting([]), 99, Settings));

    [Theory]
    [InlineData(55, 14)]
    [InlineData(63, 16)]
    [InlineData(8, 2)]
    public void Full_council_quorum_is_one_quarter_of_the_whole_number_of_members(int seats, int quorum)
        => Assert.Equal(quorum, Eligibility.FullCouncilQuorum(seats));

    [Fact]
    public void Harrow_rulebook_stores_quorum_4_for_scrutiny_and_3_for_corporate_parenting()
    {
        var on = new LocalDate(2017, 9, 19);
        Assert.Equal(4, ProcedureRulebook.Harrow.For(on, "Overview and Scrutiny Committee").Quorum);
        Assert.Equal(3, ProcedureRulebook.Harrow.For(on, "Corporate Parenting Panel").Quorum);
        Assert.Null(ProcedureRulebook.Harrow.For(on).Quorum);
    }

    [Property(MaxTest = 1000)]
    public Property Quorum_never_counts_a_member_twice_nor_a_reserve_and_the_member_they_replace()
        => Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 8).ToArbitrary(), (seed, itemNumber) =>
        {
            var meeting = RandomMeeting(new Random(seed));
            var item = Eligibility.ForItem(meeting, itemNumber, Settings);
            var people = item.Voters.Select(v => v.PersonId).ToList();
            var seats = item.Voters.Select(v => v.Seat).ToList();
            return people.Distinct().Count() == people.Count
                   && seats.Distinct().Count() == seats.Count
                   && item.Voters.Count <= Seats.Count
                   && !item.Voters.Any(v => v.IsReserve && people.Contains(v.Seat))
                   && !item.Voters.Any(v => item.NotCounted.Any(n => n.PersonId == v.PersonId));
        });

    [Fact]
    public void The_random_meetings_behind_the_quorum_property_include_counted_reserves_and_rejected_ones()
    {
        var items = Enumerable.Range(0, 300).Select(seed => Eligibility.ForItem(RandomMeeting(new Random(seed)), 1 + (seed % 8), Settings)).ToList();
        Assert.Contains(items, i => i.Voters.Any(v => v.IsReserve));
        Assert.Contains(items, i => i.NotCounted.Any(n => n.Reason.StartsWith("CPR-2 (ii)", StringComparison.Ordinal)));
        Assert.Contains(items, i => i.NotCounted.Any(n => n.Reason.StartsWith("INT-4", StringComparison.Ordinal)));
    }

    /// <summary>Random attendance: members come, go or send apologies; reserves name any councillor, noted or not, at any time.</summary>
    private static MeetingAttendance RandomMeeting(Random random)
    {
        LocalTime? Time() => random.Next(3) == 0 ? null : new LocalTime(19, 0).PlusMinutes(random.Next(120));
        var attendees = new List<Attendee>();
        foreach (var seat in Seats)
        {
            var mark = random.Next(4) switch { 0 => AttendanceMark.Apologies, 1 => AttendanceMark.Absent, _ => AttendanceMark.Present };
            attendees.Add(new(seat.MemberId, mark, Time(), random.Next(4) == 0 ? Time() : null));
        }
        foreach (var reserve in Reserves.SelectMany(r => r.Reserves).Where(_ => random.Next(2) == 0))
        {
            attendees.Add(new(reserve, AttendanceMark.Reserve, Time(), random.Next(5) == 0 ? Time() : null,
                Councillors[random.Next(Councillors.Length)], random.Next(5) != 0));
        }
        var declarations = Enumerable.Range(0, random.Next(3))
            .Select(_ => new DeclaredInterest(attendees[random.Next(attendees.Count)].PersonId, random.Next(1, 9), InterestKind.DisclosablePecuniary, random.Next(3) == 0));
        return Meeting(attendees, declarations);
    }
}
