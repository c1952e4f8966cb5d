using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Interests;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Reports;

namespace Quorum.Demo.Tests;

public class DemoCouncilTests
{
    private static readonly DemoCouncil Demo = DemoCouncil.Generate(1);

    [Fact]
    public void The_demo_is_a_borough_of_63_councillors_in_3_groups_across_21_wards_and_3_municipal_years()
    {
        Assert.Single(Demo.Councils);
        Assert.Equal(3, Demo.MunicipalYears.Count);
        Assert.Equal(["Labour", "Conservative", "Liberal Democrat"], Demo.PartyGroups.Select(g => g.Name));
        Assert.Equal(21, Demo.Wards.Count);
        var councillors = Demo.People.Where(p => p.IsCouncillor).ToList();
        Assert.Equal(63, councillors.Count);
        Assert.All(Demo.Wards, w => Assert.Equal(3, councillors.Count(c => c.WardId == w.Id)));
        Assert.Equal(councillors.Count, councillors.Select(c => c.Slug).Distinct().Count());
        Assert.Contains(Demo.People, p => p.Aliases.Count > 0);
    }

    [Fact]
    public void Twelve_bodies_of_every_kind_with_sub_committees_under_their_parents()
    {
        Assert.Equal(12, Demo.Committees.Count);
        // Every kind one council has on its own; a joint committee is shared with other councils.
        Assert.Equal(Enum.GetValues<BodyType>().Where(t => t != BodyType.JointCommittee).ToHashSet(), Demo.Committees.Select(c => c.BodyType).ToHashSet());
        var licensingPanel = Demo.Committees.Single(c => c.Name == "Licensing Panel");
        Assert.Equal("Licensing Committee", Demo.Committees.Single(c => c.Id == licensingPanel.ParentId).Name);
    }

    [Fact]
    public void Scrutiny_has_education_co_optees_and_the_parenting_panel_a_non_voting_adviser()
    {
        var scrutiny = Demo.Committees.Single(c => c.Name == "Overview and Scrutiny Committee");
        var seats = Demo.Memberships.Where(m => m.CommitteeId == scrutiny.Id && m.Role == MembershipRole.CoOpted).ToList();
        Assert.Equal(3 * 3, seats.Count(s => s.VotingRight == VotingRight.EducationItemsOnly));
        Assert.Contains(seats, s => s.VotingRight == VotingRight.None && s.OrganisationRepresented == "Brentmoor Youth Parliament");
        var panel = Demo.Committees.Single(c => c.Name == "Corporate Parenting Panel");
        Assert.Contains(Demo.Memberships, m => m.CommitteeId == panel.Id && m.Role == MembershipRole.Advisory && m.VotingRight == VotingRight.None && m.Position == "Foster Carer");
    }

    [Fact]
    public void The_partnership_board_has_organisation_representatives_with_named_substitutes()
    {
        var board = Demo.Committees.Single(c => c.BodyType == BodyType.PartnershipBoard);
        var representatives = Demo.Memberships.Where(m => m.CommitteeId == board.Id && m.Role == MembershipRole.Representative).ToList();
        Assert.Contains(representatives, r => r.OrganisationRepresented == "Metropolitan Police");
        var substitutes = Demo.Substitutes.Where(s => s.CommitteeId == board.Id).ToList();
        Assert.All(substitutes, s => Assert.Contains(representatives, r => r.PersonId == s.ForPersonId && r.OrganisationRepresented == s.Organisation));
        Assert.Equal(4 * 3, substitutes.Count);
    }

    [Fact]
    public void Reserve_lists_are_numbered_from_one_per_group_and_hold_no_sitting_member()
    {
        Assert.NotEmpty(Demo.ReserveLists);
        foreach (var list in Demo.ReserveLists)
        {
            Assert.Equal(Enumerable.Range(1, list.Entries.Count), list.InOrder().Select(e => e.Position));
            var year = Demo.MunicipalYears.Single(y => y.Id == list.MunicipalYearId);
            var members = Demo.Memberships.Where(m => m.CommitteeId == list.CommitteeId && m.From == year.StartsOn).Select(m => m.PersonId).ToHashSet();
            Assert.DoesNotContain(list.Entries, e => members.Contains(e.PersonId));
            Assert.All(list.Entries, e => Assert.Equal(list.PartyGroupId, Demo.People.Single(p => p.Id == e.PersonId).PartyGroupId));
        }
    }

    [Fact]
    public void About_four_hundred_meetings_some_cancelled_or_postponed_and_some_still_to_come()
    {
        Assert.InRange(Demo.Meetings.Count, 360, 440);
        Assert.Contains(Demo.Meetings, m => m.Status == MeetingStatus.Cancelled && m.StatusReason is not null);
        Assert.Contains(Demo.Meetings, m => m.Status == MeetingStatus.Postponed);
        var future = Demo.Meetings.Where(m => m.Date > Demo.ReferenceDate).ToList();
        Assert.NotEmpty(future);
        Assert.All(future, m => Assert.Equal(MeetingStatus.Scheduled, m.Status));
        Assert.All(Demo.Meetings.Where(m => m.Status == MeetingStatus.Held), m => Assert.True(m.Date <= Demo.ReferenceDate));
        Assert.Contains(Demo.Meetings, m => m.Venue is null && m.VirtualLink is not null);
    }

    [Fact]
    public void Scrutiny_agendas_follow_the_council_template_order()
    {
        var scrutiny = Demo.Committees.Single(c => c.Name == "Overview and Scrutiny Committee");
        var meeting = Demo.Meetings.First(m => m.CommitteeId == scrutiny.Id && m.Status == MeetingStatus.Held && Demo.AgendaItems.Any(i => i.MeetingId == m.Id && i.Title == "Minutes"));
        var titles = Demo.AgendaItems.Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Number).Select(i => i.Title).ToList();
        Assert.Equal(["Attendance by Reserve Members", "Declarations of Interest", "Minutes", "Public Questions", "Petitions", "References from Council/Cabinet"], titles.Take(6));
        Assert.Equal("Any Other Urgent Business", titles[^1]);
        Assert.InRange(titles.Count, 9, 10);
    }

    [Fact]
    public void Part_two_items_follow_an_exclusion_item_and_cite_their_paragraph()
    {
        var privateItems = Demo.AgendaItems.Where(i => i.Part == AgendaPart.PartII).ToList();
        Assert.NotEmpty(privateItems);
        foreach (var item in privateItems)
        {
            Assert.NotNull(item.ExemptionParagraph);
            var before = Demo.AgendaItems.Single(i => i.MeetingId == item.MeetingId && i.Number == item.Number - 1);
            Assert.Equal("Exclusion of the Press and Public", before.Title);
            Assert.Equal(item.ExemptionParagraph, Demo.Reports.Single(r => r.AgendaItemId == item.Id).ExemptionParagraph);
        }
    }

    [Fact]
    public void Page_ranges_run_on_through_the_pack_without_overlapping()
    {
        foreach (var meeting in Demo.Meetings.Take(60))
        {
            var ranges = Demo.AgendaItems.Where(i => i.MeetingId == meeting.Id && i.Pages is not null).OrderBy(i => i.Number).Select(i => i.Pages!).ToList();
            for (var i = 1; i < ranges.Count; i++)
            {
                Assert.Equal(ranges[i - 1].Last + 1, ranges[i].First);
            }
        }
    }

    [Fact]
    public void Reports_carry_cover_sheets_clearances_and_hashed_enclosures_and_are_published_with_the_agenda()
    {
        Assert.All(Demo.Reports, r => Assert.NotEmpty(r.Clearances));
        var enclosures = Demo.Reports.SelectMany(r => r.Enclosures).ToList();
        Assert.NotEmpty(enclosures);
        Assert.All(enclosures, e => Assert.Matches("^[0-9a-f]{64}$", e.Sha256));
        Assert.Contains(Demo.Reports, r => r.KeyDecision && r.DecisionSubjectToCallIn && r.PortfolioHolder is not null);
        Assert.Contains(Demo.Reports, r => r.ScrutinyLeadMember is not null);
        Assert.Contains(Demo.Reports.SelectMany(r => r.Clearances), c => c.OnBehalfOf is not null);
        var published = Demo.Meetings.Where(m => m.AgendaPublishedOn is not null).Select(m => m.Id).ToHashSet();
        var itemMeeting = Demo.AgendaItems.ToDictionary(i => i.Id, i => i.MeetingId);
        Assert.All(Demo.Reports.Where(r => published.Contains(itemMeeting[r.AgendaItemId!.Value])), r => Assert.Equal(PublicationState.Published, r.State));
        Assert.Contains(Demo.Reports, r => r.State != PublicationState.Published);
    }

    [Fact]
    public void Minute_numbers_run_on_across_each_bodys_meetings()
    {
        foreach (var group in Demo.Minutes.GroupBy(m => m.CommitteeId))
        {
            var byDate = group.OrderBy(m => m.Meeting!.Date).ThenBy(m => m.AgendaItem!.Number).Select(m => m.Number.Value).ToList();
            Assert.Equal(Enumerable.Range(byDate[0], byDate.Count), byDate);
        }
    }

    [Fact]
    public void Held_meetings_record_attendance_reserves_decisions_votes_declarations_and_actions()
    {
        Assert.Contains(Demo.Attendances, a => a.Mark == AttendanceMark.Reserve && a.ForPersonId is not null && a.ReserveCategory is not null);
        Assert.Contains(Demo.Attendances, a => a.Mark == AttendanceMark.Substitute);
        Assert.Contains(Demo.Attendances, a => a.Mark == AttendanceMark.Apologies);
        Assert.Contains(Demo.Attendances, a => a.Mark == AttendanceMark.InAttendance && a.Capacity is not null);
        Assert.Equal(Enum.GetValues<ResolutionKind>().Except([ResolutionKind.Noted]).ToHashSet(), Demo.Minutes.SelectMany(m => m.Resolutions).Select(r => r.Kind).ToHashSet());
        Assert.Contains(Demo.Minutes.SelectMany(m => m.Resolutions), r => r.Parts.Count > 1);
        Assert.Contains(Demo.Votes, v => v.MemberVotes.Count > 30);
        Assert.Contains(Demo.Votes, v => v.MemberVotes.Count == 0 && v.For > 0);
        Assert.Contains(Demo.Declarations, d => d.Kind == InterestKind.DisclosablePecuniary && d.LeftTheRoom);
        Assert.Contains(Demo.ActionPoints, a => a.IsOpen);
        Assert.Contains(Demo.ActionPoints, a => !a.IsOpen);
        Assert.All(Demo.Minutes, m => Assert.Equal(MeetingStatus.Held, m.Meeting!.Status));
    }

    [Fact]
    public void Every_councillor_has_a_register_of_interests_with_history_and_some_sensitive_entries()
    {
        var councillors = Demo.People.Where(p => p.IsCouncillor).ToList();
        Assert.All(councillors, c => Assert.Contains(Demo.RegisteredInterests, i => i.PersonId == c.Id && i.Category == InterestCategory.EmploymentOfficeTradeProfessionOrVocation && i.EndedOn is null));
        Assert.Equal(Enum.GetValues<InterestCategory>().ToHashSet(), Demo.RegisteredInterests.Select(i => i.Category).ToHashSet());
        // An amended entry ends, and its replacement points back to it.
        var replaced = Demo.RegisteredInterests.First(i => i.ReplacesId is not null);
        Assert.NotNull(Demo.RegisteredInterests.Single(i => i.Id == replaced.ReplacesId).EndedOn);
        Assert.Contains(Demo.RegisteredInterests, i => i.Sensitive);
        Assert.Contains(Demo.RegisteredInterests, i => i.Category == InterestCategory.GiftsAndHospitality && i.Donor is not null && i.ValueGbp > 0);
        // A minuted pecuniary interest names the register entry it arose from.
        Assert.All(Demo.Declarations.Where(d => d.Kind == InterestKind.DisclosablePecuniary), d => Assert.NotNull(d.RegisteredInterestId));
    }

    [Fact]
    public void Dispensations_run_for_at_most_four_years_and_one_has_expired()
    {
        Assert.All(Demo.Dispensations, d => Assert.True(d.Expires <= d.From.PlusYears(4)));
        Assert.Contains(Demo.Dispensations, d => d.Expires < Demo.ReferenceDate);
        Assert.Contains(Demo.Dispensations, d => d.Expires >= Demo.ReferenceDate && d.CommitteeId is null);
    }

    [Fact]
    public void Cabinet_decisions_have_notices_with_reasons_and_the_call_in_window_and_reach_every_status()
    {
        Assert.NotEmpty(Demo.ExecutiveDecisions);
        Assert.All(Demo.ExecutiveDecisions, d =>
        {
            Assert.NotEmpty(d.Reasons);
            Assert.NotEmpty(d.AlternativesRejected);
            Assert.True(d.CallInEnds > d.PublishedOn);
            Assert.True(d.PublishedOn <= Demo.ReferenceDate);
        });
        Assert.Equal(
            new HashSet<ExecutiveDecisionStatus> { ExecutiveDecisionStatus.Published, ExecutiveDecisionStatus.CalledIn, ExecutiveDecisionStatus.Implemented },
            Demo.ExecutiveDecisions.Select(d => d.Status).ToHashSet());
    }

    [Fact]
    public void The_same_seed_gives_the_same_council_and_another_seed_a_different_one()
    {
        var again = DemoCouncil.Generate(1);
        Assert.Equal(Demo.Meetings.Select(m => (m.Id, m.Date, m.Status)), again.Meetings.Select(m => (m.Id, m.Date, m.Status)));
        Assert.Equal(Demo.Minutes.Select(m => (m.Id, m.Body)), again.Minutes.Select(m => (m.Id, m.Body)));
        var other = DemoCouncil.Generate(2);
        Assert.NotEqual(Demo.People.Select(p => p.FullName), other.People.Select(p => p.FullName));
    }

    [Fact]
    public void A_later_reference_date_moves_the_municipal_years_with_it()
    {
        var later = DemoCouncil.Generate(1, new LocalDate(2030, 6, 1));
        Assert.Equal(new LocalDate(2030, 5, 16), later.MunicipalYears[^1].StartsOn);
        Assert.Contains(later.Meetings, m => m.Date > new LocalDate(2030, 6, 1));
    }

    [Fact]
    public void The_forward_plan_lists_each_matter_once_and_nothing_already_decided_as_still_to_be_taken()
    {
        Assert.NotEmpty(Demo.ForwardPlan);
        Assert.Equal(Demo.ForwardPlan.Count, Demo.ForwardPlan.Select(e => e.Matter).Distinct().Count());
        var meetings = Demo.Meetings.ToDictionary(m => m.Id);
        foreach (var entry in Demo.ForwardPlan.Where(e => meetings[e.MeetingId!.Value].Date < Demo.ReferenceDate))
        {
            // Its meeting is past: the entry shows the decision taken, never "Decision due".
            Assert.Contains(Demo.ExecutiveDecisions, d => d.Id == entry.ExecutiveDecisionId);
        }
    }

    [Fact]
    public void Two_petitions_are_published_one_open_and_one_answered_by_a_published_decision_and_its_agenda_item_and_a_third_waits_for_the_clerk()
    {
        Assert.Equal([1, 2, 3], Demo.Petitions.Select(p => p.Number));
        Assert.Equal([true, true, false], Demo.Petitions.Select(p => p.IsPublished));
        var waiting = Demo.Petitions[2];
        Assert.Equal(PetitionStatus.Received, waiting.Status);
        Assert.DoesNotContain(Demo.PetitionSignatures, s => s.PetitionId == waiting.Id);
        var answered = Demo.Petitions[0];
        var open = Demo.Petitions[1];
        Assert.True(open.ClosesOn > Demo.ReferenceDate);
        Assert.Null(open.Response);
        Assert.True(answered.ClosesOn < Demo.ReferenceDate);
        Assert.NotNull(answered.Response);
        var decision = Demo.ExecutiveDecisions.Single(d => d.Id == answered.AnsweredByDecisionId);
        Assert.NotEqual(ExecutiveDecisionStatus.Made, decision.Status);
        Assert.Equal(Demo.Minutes.Single(m => m.Id == decision.MinuteId).AgendaItemId, answered.AnsweredByItemId);
        Assert.True(Demo.PetitionSignatures.Count(s => s.PetitionId == answered.Id && s.ConfirmedAt is not null) > 750);
        Assert.Equal(Demo.PetitionSignatures.Count, Demo.PetitionSignatures.Select(s => s.Id).Distinct().Count());
    }
}
