using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>
/// Layouts of other councils' papers that the corpus showed, each as an invented paper of the same shape: numbered
/// minutes turned into bullets, attendance as numbered minutes, officers named in the present list, Scottish
/// wording, minutes numbered within their year, sub-items under an agenda item.
/// </summary>
public sealed class FieldGrammarTests
{
    [Fact]
    public void Bullets_that_lost_their_numbers_are_renumbered_from_the_one_that_kept_it()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Minutes 8th April 2021
            Parish Council meeting on Thursday 8th April 2021 at 8 p.m.
            - MEMBERS PRESENT
            Mr A. Oak (Chairman), Mrs B. Elm
            - APOLOGIES FOR ABSENCE
            Mr C. Ash (Work commitments)
            - DECLARATION OF INTEREST
            None
            4. Playground
            The clerk reported on the swings.
            - Accounts
            The accounts were approved.
            """), "parish.txt");

        var set = Assert.Single(pack.Minutes);
        Assert.Equal([1, 2, 3, 4, 5], set.Items.Select(i => i.Number));
        Assert.Equal(["MEMBERS PRESENT", "APOLOGIES FOR ABSENCE", "DECLARATION OF INTEREST", "Playground", "Accounts"], set.Items.Select(i => i.Title));
        Assert.Equal(["A. Oak", "B. Elm"], set.Present);
        Assert.Equal(["C. Ash"], set.Apologies!);
    }

    [Fact]
    public void Bullets_are_not_renumbered_when_their_count_does_not_match_the_printed_number()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Minutes of the Parish Council meeting held on 8th April 2021
            Present: Mr A. Oak, Mrs B. Elm
            1. Apologies
            None
            2. Playground
            - New swings
            - Fencing
            3. Accounts
            """), "parish.txt");

        Assert.Equal([1, 2, 3], Assert.Single(pack.Minutes).Items.Select(i => i.Number));
    }

    [Fact]
    public void A_clerk_or_residents_listed_with_the_members_are_in_attendance()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Oakley Parish Council
            Parish Council Committee Meeting:
            Village Hall Tuesday 14 August 2018 at 19:30 hrs
            Present: Mr J Oak, (Chairman), Mr C Elm (Deputy Chairman and Acting RFO), Mrs J Ash (Councillor). Mr W Pine (Parish Clerk).
            (JO, CE, JA, WP respectively hereafter.)
            Residents: Mr R Birch (who left during the meeting), Mrs A Birch.
            1. Apologies for absence.
            a. None received.
            """), "parish.txt");

        var set = Assert.Single(pack.Minutes);
        Assert.Equal("Oakley Parish Council", set.Committee);
        Assert.Equal(["J Oak", "C Elm", "J Ash"], set.Present);
        Assert.Equal(["W Pine", "R Birch", "A Birch"], set.InAttendance!);
    }

    [Fact]
    public void Scottish_minutes_give_civic_titles_the_chair_sentence_and_agreed_decisions()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            At a MEETING of the GLENBURN COUNCIL held at Glenburn on 24th June, 2019.
            Present:-
            Lord Provost Ian STONE
            BAILIES
            Willie MOSS |
            COUNCILLORS
            Anne REED |
            Lord Provost Ian STONE, Convener, in the Chair.
            I DECLARATIONS OF INTEREST
            No declarations of interest were made.
            II APPOINTMENT TO OUTSIDE BODIES
            It was reported that Councillor Moss had resigned and therefore the Council made the undernoted appointments:-
            (a) Science Centre - Councillor Reed
            (b) Harbour Trust - Bailie Moss
            III VACANCY
            The Council agreed that the vacancy be filled by Councillor Reed.
            """), "minutes.txt");

        var set = Assert.Single(pack.Minutes);
        Assert.Equal(["Ian STONE", "Willie MOSS", "Anne REED"], set.Present);
        Assert.Equal(["Science Centre - Councillor Reed", "Harbour Trust - Bailie Moss"], set.Items[1].Resolutions);
        Assert.Equal(["that the vacancy be filled by Councillor Reed."], set.Items[2].Resolutions);
    }

    [Fact]
    public void Minutes_numbered_within_their_year_end_attendance_and_split_a_run_in_title()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Minutes of the Parish Council Meeting held on 28th May 2020
            Present; R. Oak (Chair), C. Elm, S. Ash
            Apologies; A broken connection prevented the participation of D. Pine
            09/20 Approval of the accounts for 2019-20 These had been circulated and were agreed.
            Action RO
            10/20 Exercise of Public Rights there was a legal requirement to publish the dates.
            """), "parish.txt");

        var set = Assert.Single(pack.Minutes);
        Assert.Equal(["D. Pine"], set.Apologies!);
        Assert.Equal(["09/20", "10/20"], set.Items.Select(i => i.PrintedNumber));
        Assert.Equal(["Approval of the accounts for 2019-20", "Exercise of Public Rights"], set.Items.Select(i => i.Title));
        Assert.Equal("RO", set.Items[0].Action);
    }

    [Fact]
    public void An_indented_titled_sub_item_is_numbered_under_its_item_but_a_clause_is_not()
    {
        var pack = PackExtractor.Extract(PackText.Source("""
            Council Meeting - 26 June 2013
            AGENDA
            1.     Declarations of Interest
                   (i)     Any disclosable pecuniary interests and / or
            2.     Amendments to Scheme of Administration
                   (i)     Audit Committee Membership
                   (ii)    Licensing Board Membership
            3.     Any other business
            """), "agenda.txt");

        Assert.Equal(["1", "2", "2(i)", "2(ii)", "3"], pack.Agenda.Select(a => a.Number));
        Assert.Equal("Licensing Board Membership", pack.Agenda[3].Title);
    }
}
