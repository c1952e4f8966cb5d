using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Domain.Outcomes.Minutes;

/// <summary>A reserve or named substitute who attended in a member's place, as the record holds them.</summary>
public sealed record RecordedStandIn(string OrdinaryMember, string StandIn, bool IsSubstitute = false);

/// <summary>A declaration as the record holds it: who, on which item, the interest, and what the member did.</summary>
public sealed record RecordedDeclaration(
    string Member,
    InterestKind Kind,
    string Nature,
    bool Sensitive,
    int? ItemNumber,
    string? ItemTitle,
    DeclarationOutcome Outcome,
    bool UnderDispensation,
    bool OnExemptBusiness = false);

/// <summary>A member who arrived during an item, or left after one.</summary>
public sealed record RecordedMovement(string Member, int ItemNumber, bool Arrived, string? StandingInFor = null);

/// <summary>An action the meeting assigned under a minute.</summary>
public sealed record RecordedAction(int ItemNumber, string Owner, string Description, LocalDate? DueOn);

/// <summary>One agenda item's minute as recorded: its decisions, votes and any narrative the clerk wrote.</summary>
public sealed record RecordedMinute(
    int Number,
    int? ItemNumber,
    string Title,
    string Body,
    bool Exempt,
    IReadOnlyList<DecisionText> Decisions,
    IReadOnlyList<VoteText> Votes);

/// <summary>What happened at the meeting besides the minutes: stand-ins, apologies, declarations, comings and goings, actions.</summary>
public sealed record MeetingFacts(
    IReadOnlyList<RecordedStandIn> StandIns,
    IReadOnlyList<string> Apologies,
    IReadOnlyList<RecordedDeclaration> Declarations,
    IReadOnlyList<RecordedMovement> Movements,
    IReadOnlyList<RecordedAction> Actions);

/// <summary>The opening items whose minute the record itself writes.</summary>
public enum StandingMinute
{
    None,
    Apologies,
    Reserves,
    Substitutes,
    Declarations,
    Other,
}

/// <summary>
/// The wording rules of draft minutes (CPR-9): every sentence about attendance, reserves and substitutes, late
/// arrivals and early departures, declarations and actions is derived from what was recorded, in the council's
/// style; the "nothing to report" sentences are used only when nothing of the kind was recorded. A standing note
/// recorded by hand on the reserves or declarations item ("To note that …") gives way to the one the record writes,
/// so the minutes cannot say "no declarations" beside a declaration.
/// </summary>
public static class MinutesWording
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    private static readonly string[] OtherStandingTitles =
    [
        "Minutes", "Public Questions", "Petitions", "Deputations", "References from Council/Cabinet",
        "Appointment of Vice-Chair", "Appointment of Vice-Chairman", "Public Questions, Petitions and Deputations",
    ];

    public const string NoDeclarations = "No declarations were made.";

    public const string NoPublicDeclarations = "No declarations were made on the business in public. Declarations on exempt business are recorded with that business.";

    public const string NoApologies = "There were no apologies for absence.";

    /// <summary>Which standing minute an agenda title is, if any.</summary>
    public static StandingMinute KindOf(string title)
    {
        var t = title.Trim();
        if (t.StartsWith("Apologies for Absence", StringComparison.OrdinalIgnoreCase))
        {
            return StandingMinute.Apologies;
        }
        if (t.Equals("Attendance by Reserve Members", StringComparison.OrdinalIgnoreCase))
        {
            return StandingMinute.Reserves;
        }
        if (t.Equals("Attendance by Substitute Members", StringComparison.OrdinalIgnoreCase))
        {
            return StandingMinute.Substitutes;
        }
        if (t.StartsWith("Declarations of Interest", StringComparison.OrdinalIgnoreCase))
        {
            return StandingMinute.Declarations;
        }
        return OtherStandingTitles.Any(o => o.Equals(t, StringComparison.OrdinalIgnoreCase)) ? StandingMinute.Other : StandingMinute.None;
    }

    /// <summary>The reserves (or substitutes) note: who attended for whom, or that no one was nominated.</summary>
    public static DecisionText StandInNote(IReadOnlyList<RecordedStandIn> standIns, bool substitutes)
    {
        var word = substitutes ? "Substitute" : "Reserve";
        return new DecisionText(ResolutionKind.Resolved, standIns.Count == 0
            ? $"To note that no {word} Members had been nominated to attend the meeting."
            : $"To note the attendance at this meeting of the following duly appointed {word} Member{(standIns.Count == 1 ? "" : "s")}:-", []);
    }

    /// <summary>"Apologies for absence were received from Councillor Sam Clarke and Councillor Mary Green."</summary>
    public static string ApologiesNote(IReadOnlyList<string> names) => names.Count == 0
        ? NoApologies
        : $"Apologies for absence were received from {Join(names)}.";

    /// <summary>"Councillor Grace Evans declared a disclosable pecuniary interest in relation to agenda item 5, …. The Member left the room …."</summary>
    public static string Declaration(RecordedDeclaration d)
    {
        var kind = d.Kind switch
        {
            InterestKind.DisclosablePecuniary => "a disclosable pecuniary interest",
            InterestKind.OtherRegistrable => "an other registrable interest",
            _ => "a non-pecuniary interest",
        };
        // INT-5, s32(3): a sensitive interest is declared by its existence, not its details.
        var nature = d.Sensitive ? Interests.RegisteredInterest.WithheldText : d.Nature.Trim().TrimEnd('.');
        var what = d.Outcome switch
        {
            DeclarationOutcome.Withdrew => "left the room during the discussion and voting on this item",
            DeclarationOutcome.DidNotVote => "remained in the room but did not vote on this item",
            _ => d.UnderDispensation ? "remained and took part under a dispensation" : "remained in the room whilst the matter was considered and voted upon",
        };
        var on = d.ItemNumber is { } n ? $" in relation to agenda item {n}{(d.ItemTitle is { } title ? $", {title}" : "")}" : "";
        return $"{d.Member} declared {kind}{on}: {nature}. The Member {what}.";
    }

    /// <summary>"(Note: Councillor Ian Mills, Reserve Member for Councillor Sam Clarke, arrived during this item.)"</summary>
    public static string Movement(RecordedMovement m)
    {
        var who = m.StandingInFor is { } forWhom ? $"{m.Member}, Reserve Member for {forWhom}," : m.Member;
        return m.Arrived
            ? $"(Note: {who} arrived during this item.)"
            : $"(Note: {who} left the meeting at the end of this item.)";
    }

    /// <summary>"ACTION: Director of Finance to circulate the figures to Members, by 1 October 2024."</summary>
    public static string Action(RecordedAction a)
    {
        var description = a.Description.Trim().TrimEnd('.');
        return $"ACTION: {a.Owner.Trim()} to {description}{(a.DueOn is { } due ? $", by {LongDate.Format(due)}" : "")}.";
    }

    /// <summary>
    /// The numbered minutes the record writes: the recorded minutes with the standing notes derived from the
    /// facts, declarations under the declarations minute (or, when the agenda has none, under their item), and
    /// arrivals, departures and actions under the item they happened on.
    /// </summary>
    public static IReadOnlyList<MinuteContent> Compose(IReadOnlyList<RecordedMinute> minutes, MeetingFacts facts)
    {
        var hasDeclarationsMinute = minutes.Any(m => KindOf(m.Title) == StandingMinute.Declarations);
        var publicDeclarations = facts.Declarations.Where(d => !d.OnExemptBusiness).OrderBy(d => d.ItemNumber ?? 0).ToList();
        var content = new List<MinuteContent>();
        foreach (var minute in minutes)
        {
            var kind = KindOf(minute.Title);
            var decisions = minute.Decisions.ToList();
            var declarations = new List<string>();
            var notes = new List<string>();
            IReadOnlyList<ReserveLine> reserves = [];
            string? nothing = null;
            switch (kind)
            {
                case StandingMinute.Apologies:
                    decisions = WithoutStandingNotes(decisions);
                    notes.Add(ApologiesNote(facts.Apologies));
                    break;
                case StandingMinute.Reserves or StandingMinute.Substitutes:
                    // A minute for reserves lists substitutes too when there is no separate one, and the other way round.
                    var wanted = facts.StandIns.Where(s => s.IsSubstitute == (kind == StandingMinute.Substitutes)
                        || !minutes.Any(o => KindOf(o.Title) == (kind == StandingMinute.Substitutes ? StandingMinute.Reserves : StandingMinute.Substitutes))).ToList();
                    decisions = WithoutStandingNotes(decisions);
                    decisions.Insert(0, StandInNote(wanted, kind == StandingMinute.Substitutes));
                    reserves = [.. wanted.Select(s => new ReserveLine(s.OrdinaryMember, s.StandIn))];
                    break;
                case StandingMinute.Declarations:
                    decisions = WithoutStandingNotes(decisions);
                    declarations.AddRange(publicDeclarations.Select(Declaration));
                    nothing = facts.Declarations.Any(d => d.OnExemptBusiness) ? NoPublicDeclarations : NoDeclarations;
                    break;
                default:
                    if (!hasDeclarationsMinute)
                    {
                        declarations.AddRange(facts.Declarations.Where(d => d.ItemNumber == minute.ItemNumber && minute.ItemNumber is not null).Select(Declaration));
                    }
                    break;
            }
            var section = kind != StandingMinute.None || decisions.Count == 0 ? MinuteSection.Standing
                : decisions.Any(d => d.Kind == ResolutionKind.Recommend) ? MinuteSection.Recommended
                : MinuteSection.Resolved;
            var onItem = minute.ItemNumber;
            content.Add(new MinuteContent(
                minute.Number,
                minute.Title,
                section,
                minute.Body,
                declarations,
                minute.Votes,
                decisions,
                reserves,
                minute.Exempt,
                nothing,
                Notes: [.. notes, .. facts.Movements.Where(m => m.Arrived && m.ItemNumber == onItem).Select(Movement)],
                Actions: [.. facts.Actions.Where(a => a.ItemNumber == onItem).Select(Action)],
                Departures: [.. facts.Movements.Where(m => !m.Arrived && m.ItemNumber == onItem).Select(Movement)]));
        }
        return content;
    }

    /// <summary>
    /// Recorded decisions on a standing item less the hand-written standing notes ("To note that no Reserve Members
    /// …", "To note that there were no declarations …"): the record writes that note itself.
    /// </summary>
    private static List<DecisionText> WithoutStandingNotes(List<DecisionText> decisions)
        => [.. decisions.Where(d => !(d.Kind is ResolutionKind.Resolved or ResolutionKind.Noted && d.Text.TrimStart().StartsWith("To note", StringComparison.OrdinalIgnoreCase)))];

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
