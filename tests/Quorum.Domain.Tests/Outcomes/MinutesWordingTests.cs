using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Outcomes.Minutes;

namespace Quorum.Domain.Tests.Outcomes;

/// <summary>
/// Issue 20: every sentence of the draft minutes comes from the record. A meeting recorded with a reserve, a
/// substitute, apologies, a late arrival, an early departure, a declaration, a vote, a resolution and an action,
/// whose standing items still carry the "nothing to note" sentences written before the record was complete.
/// </summary>
public sealed class MinutesWordingTests
{
    private static RecordedMinute Minute(int number, int item, string title, params DecisionText[] decisions)
        => new(number, item, title, "", false, decisions, []);

    private static readonly DecisionText NoReservesNote = new(ResolutionKind.Resolved, "To note that no Reserve Members had been nominated to attend the meeting.", []);

    private static readonly DecisionText NoDeclarationsNote = new(ResolutionKind.Resolved, "To note that there were no declarations of interests made by Members.", []);

    private static readonly VoteText Vote = new("That the Library Strategy be endorsed", 5, 2, 1, true, null, null, null, null, null);

    private static MinutesContent Content(IReadOnlyList<RecordedMinute> minutes, MeetingFacts facts) => new(
        "Overview and Scrutiny Committee",
        Special: false,
        new LocalDate(2024, 9, 17),
        new LocalTime(19, 30),
        new LocalTime(21, 40),
        [new AttendanceRow("Chair", [new AttendanceEntry("Councillor Priya Shah", AttendanceMark.Present)])],
        [],
        [],
        MinutesWording.Compose(minutes, facts),
        "Councillor Priya Shah");

    private static readonly RecordedMinute[] Recorded =
    [
        Minute(230, 1, "Apologies for Absence"),
        Minute(231, 2, "Attendance by Reserve Members", NoReservesNote),
        Minute(232, 3, "Declarations of Interest", NoDeclarationsNote),
        new(233, 4, "Library Strategy", "Members considered the draft strategy.", false,
            [new DecisionText(ResolutionKind.Resolved, "That the Library Strategy be endorsed.", [])], [Vote]),
        Minute(234, 5, "Any Other Business"),
    ];

    private static readonly MeetingFacts Facts = new(
        [new RecordedStandIn("Councillor Sam Clarke", "Councillor Ian Mills")],
        ["Councillor Sam Clarke", "Councillor Mary Green"],
        [new RecordedDeclaration("Councillor Grace Evans", InterestKind.DisclosablePecuniary, "Freehold of 4 Station Road, next to the central library.", false, 4, "Library Strategy", DeclarationOutcome.Withdrew, false)],
        [
            new RecordedMovement("Councillor Ian Mills", 3, Arrived: true, StandingInFor: "Councillor Sam Clarke"),
            new RecordedMovement("Councillor Omar Hughes", 4, Arrived: false),
        ],
        [new RecordedAction(4, "Director of Culture", "circulate the consultation results to Members.", new LocalDate(2024, 10, 31))]);

    [Fact]
    public void The_draft_says_what_was_recorded_and_not_the_sentences_that_contradict_it()
    {
        var text = MinutesWriter.ToText(Content(Recorded, Facts));

        Assert.Contains("230. Apologies for Absence\n\nApologies for absence were received from Councillor Sam Clarke and Councillor Mary Green.\n", text, StringComparison.Ordinal);
        Assert.Contains("231. Attendance by Reserve Members\n\nRESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:-\n\nOrdinary Member\tReserve Member\nCouncillor Sam Clarke\tCouncillor Ian Mills\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no Reserve Members", text, StringComparison.Ordinal);
        Assert.Contains("232. Declarations of Interest\n\n(Note: Councillor Ian Mills, Reserve Member for Councillor Sam Clarke, arrived during this item.)\n\n"
            + "Councillor Grace Evans declared a disclosable pecuniary interest in relation to agenda item 4, Library Strategy: Freehold of 4 Station Road, next to the central library. The Member left the room during the discussion and voting on this item.\n\nRESOLVED ITEMS\n\n233.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no declarations", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("233. Library Strategy\n\nMembers considered the draft strategy.\n\n"
            + "Upon being put to the vote, the motion \"That the Library Strategy be endorsed\" was carried: 5 for, 2 against, 1 abstention.\n\n"
            + "RESOLVED: That the Library Strategy be endorsed.\n\n"
            + "ACTION: Director of Culture to circulate the consultation results to Members, by 31 October 2024.\n\n"
            + "(Note: Councillor Omar Hughes left the meeting at the end of this item.)\n", text, StringComparison.Ordinal);
        // The late arrival and the departure are minuted once, under their items.
        Assert.Equal(2, text.Split("Councillor Omar Hughes left").Length);
        Assert.Equal(2, text.Split("Councillor Ian Mills, Reserve Member").Length);
        // The same wording reaches the HTML the site shows.
        var html = MinutesWriter.ToHtml(Content(Recorded, Facts));
        Assert.Contains("ACTION: Director of Culture to circulate the consultation results to Members, by 31 October 2024.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no Reserve Members", html, StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_recorded_the_draft_keeps_the_councils_nothing_to_note_sentences()
    {
        var nothing = new MeetingFacts([], [], [], [], []);
        var minutes = new RecordedMinute[] { Minute(1, 1, "Apologies for Absence"), Minute(2, 2, "Attendance by Reserve Members"), Minute(3, 3, "Declarations of Interest") };

        var text = MinutesWriter.ToText(Content(minutes, nothing));

        Assert.Contains("1. Apologies for Absence\n\nThere were no apologies for absence.\n", text, StringComparison.Ordinal);
        Assert.Contains("2. Attendance by Reserve Members\n\nRESOLVED: To note that no Reserve Members had been nominated to attend the meeting.\n", text, StringComparison.Ordinal);
        Assert.Contains("3. Declarations of Interest\n\nNo declarations were made.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ordinary Member\tReserve Member", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_on_exempt_business_stays_with_that_business_and_the_public_minute_says_so()
    {
        var facts = new MeetingFacts([], [], [new RecordedDeclaration("Councillor Henry Foster", InterestKind.DisclosablePecuniary, "He rents a unit at the depot", false, 7, "Depot disposal", DeclarationOutcome.Withdrew, false, OnExemptBusiness: true)], [], []);

        var text = MinutesWriter.ToText(Content([Minute(3, 3, "Declarations of Interest")], facts));

        Assert.Contains(MinutesWording.NoPublicDeclarations, text, StringComparison.Ordinal);
        Assert.DoesNotContain("depot", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_a_declarations_item_a_declaration_is_minuted_under_its_item_and_a_sensitive_one_by_its_existence_only()
    {
        var facts = new MeetingFacts(
            [new RecordedStandIn("Mr Neville Ransley", "Ms Ada Lowe", IsSubstitute: true)],
            [],
            [new RecordedDeclaration("Councillor Ruth Baker", InterestKind.OtherRegistrable, "Her home address", true, 2, "Licence review", DeclarationOutcome.DidNotVote, false)],
            [],
            []);
        var minutes = new RecordedMinute[] { Minute(1, 1, "Attendance by Substitute Members"), Minute(2, 2, "Licence review") };

        var text = MinutesWriter.ToText(Content(minutes, facts));

        Assert.Contains("RESOLVED: To note the attendance at this meeting of the following duly appointed Substitute Member:-\n\n", text, StringComparison.Ordinal);
        Assert.Contains($"2. Licence review\n\nCouncillor Ruth Baker declared an other registrable interest in relation to agenda item 2, Licence review: {Domain.Interests.RegisteredInterest.WithheldText.TrimEnd('.')}. The Member remained in the room but did not vote on this item.", text, StringComparison.Ordinal);
        Assert.Contains("Mr Neville Ransley\tMs Ada Lowe\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Her home address", text, StringComparison.Ordinal);
    }
}
