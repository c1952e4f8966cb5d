using System.Globalization;
using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;

namespace Quorum.Web.Site;

/// <summary>How the site writes dates, times and record vocabulary (GOV.UK style: "Tuesday 19 September 2017", "7:30pm").</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(LocalDate date) => date.ToString("d MMMM uuuu", English);

    public static string DateWithDay(LocalDate date) => date.ToString("dddd d MMMM uuuu", English);

    public static string ShortDate(LocalDate date) => date.ToString("d MMM uuuu", English);

    public static string Month(YearMonth month) => month.ToString("MMMM uuuu", English);

    public static string Time(LocalTime time)
    {
        if (time == LocalTime.Noon)
        {
            return "midday";
        }
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{time.Minute:D2}{suffix}";
    }

    public static string DateTime(LocalDateTime at) => $"{Time(at.TimeOfDay)} on {DateWithDay(at.Date)}";

    public static string BodyTypePlural(BodyType type) => type switch
    {
        BodyType.Council => "Council",
        BodyType.Cabinet => "Cabinet",
        BodyType.Committee => "Committees",
        BodyType.SubCommittee => "Sub-committees",
        BodyType.Panel => "Panels",
        BodyType.PartnershipBoard => "Partnership boards",
        BodyType.JointCommittee => "Joint committees",
        _ => type.ToString(),
    };

    /// <summary>A body's type as the staff pages name it, one of the choices on the body form.</summary>
    public static string BodyKind(BodyType type) => type switch
    {
        BodyType.Council => "Full council",
        BodyType.Cabinet => "Executive (Cabinet)",
        BodyType.Committee => "Committee",
        BodyType.SubCommittee => "Sub-committee",
        BodyType.Panel => "Panel",
        BodyType.PartnershipBoard => "Partnership board",
        BodyType.JointCommittee => "Joint committee",
        _ => type.ToString(),
    };

    /// <summary>"One quarter": a share of a body's voting members, for its quorum.</summary>
    public static string Share(int oneIn) => oneIn switch
    {
        2 => "One half",
        3 => "One third",
        4 => "One quarter",
        _ => $"1/{oneIn}",
    };

    /// <summary>A body's quorum as its page prints it: "4 members", "One quarter of its voting members", or none.</summary>
    public static string QuorumText(Committee body, string none)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Quorum is { } members ? $"{members} members"
            : body.QuorumOneIn is { } share ? $"{Share(share)} of its voting members"
            : none;
    }

    public static string Nation(Nation nation) => nation switch
    {
        Domain.Committees.Nation.NorthernIreland => "Northern Ireland",
        _ => nation.ToString(),
    };

    public static string MinuteRestart(MinuteRestart restart) => restart switch
    {
        Domain.Rules.MinuteRestart.Never => "Never: one sequence for the life of each body",
        Domain.Rules.MinuteRestart.AfterEachElection => "At the first meeting after each ordinary election",
        Domain.Rules.MinuteRestart.EachMunicipalYear => "At the first meeting of each municipal year",
        _ => restart.ToString(),
    };

    /// <summary>"3rd working day before the meeting, at 3pm".</summary>
    public static string QuestionDeadline(int workingDaysBefore, LocalTime at) =>
        workingDaysBefore == 0 ? $"The day of the meeting, at {Time(at)}" : $"{Ordinal(workingDaysBefore)} working day before the meeting, at {Time(at)}";

    /// <summary>A kind of record as the audit log stores it ("AgendaItem") in words: "agenda item".</summary>
    public static string RecordKind(string entityType) =>
        System.Text.RegularExpressions.Regex.Replace(entityType, "(?<=[a-z0-9])(?=[A-Z])", " ").ToLowerInvariant();

    /// <summary>The other way: a kind of record in words, as a reader types it ("agenda item"), as the audit log stores it ("AgendaItem").</summary>
    public static string RecordKindStored(string words) =>
        string.Concat(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    public static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };

    public static string Role(MembershipRole role) => role switch
    {
        MembershipRole.Chair => "Chair",
        MembershipRole.ViceChair => "Vice-Chair",
        MembershipRole.Member => "Member",
        MembershipRole.CoOpted => "Co-opted member",
        MembershipRole.Advisory => "Adviser (non-voting)",
        MembershipRole.Representative => "Representative",
        MembershipRole.Officer => "Officer",
        _ => role.ToString(),
    };

    public static string VotingRight(VotingRight right) => right switch
    {
        Domain.Committees.VotingRight.Full => "Voting",
        Domain.Committees.VotingRight.EducationItemsOnly => "Votes on education matters only",
        _ => "Non-voting",
    };

    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "Scheduled",
        MeetingStatus.Cancelled => "Cancelled",
        MeetingStatus.Postponed => "Postponed",
        MeetingStatus.Held => "Held",
        _ => status.ToString(),
    };

    /// <summary>Where a meeting is in its cycle, in the clerk's words.</summary>
    public static string Stage(Quorum.Application.Work.MeetingStage stage) => stage switch
    {
        Quorum.Application.Work.MeetingStage.AgendaToPublish => "Agenda to publish",
        Quorum.Application.Work.MeetingStage.AgendaPublished => "Agenda published",
        Quorum.Application.Work.MeetingStage.Cancelled => "Cancelled",
        Quorum.Application.Work.MeetingStage.Postponed => "Postponed",
        Quorum.Application.Work.MeetingStage.ToRecord => "To record",
        Quorum.Application.Work.MeetingStage.MinutesToDraft => "Recorded; minutes to draft",
        Quorum.Application.Work.MeetingStage.MinutesDrafted => "Draft minutes, to approve",
        Quorum.Application.Work.MeetingStage.MinutesApproved => "Minutes approved, to publish",
        _ => "Minutes published",
    };

    /// <summary>The label of a decision's words in the minutes editor, after the formula it is minuted under.</summary>
    public static string ResolutionLabel(ResolutionKind kind) => kind switch
    {
        ResolutionKind.Resolved => "Decision (RESOLVED)",
        ResolutionKind.Agreed => "Decision (AGREED)",
        ResolutionKind.Recommend => "Recommendation (RESOLVED to RECOMMEND)",
        _ => "Noted",
    };

    /// <summary>What a piece of work on the staff home is, in plain words.</summary>
    public static string Work(Quorum.Application.Work.WorkKind kind) => kind switch
    {
        Quorum.Application.Work.WorkKind.AgendaToPublish => "Publish the agenda",
        Quorum.Application.Work.WorkKind.MeetingToRecord => "Record the meeting",
        Quorum.Application.Work.WorkKind.MinutesToDraft => "Draft the minutes",
        Quorum.Application.Work.WorkKind.MinutesToApprove => "Approve the minutes",
        Quorum.Application.Work.WorkKind.MinutesToPublish => "Publish the minutes",
        Quorum.Application.Work.WorkKind.ReportToWrite => "Finish the report",
        Quorum.Application.Work.WorkKind.ReportToClear => "Clear the report",
        Quorum.Application.Work.WorkKind.QuestionsToDecide => "Decide the public questions",
        Quorum.Application.Work.WorkKind.PetitionToCheck => "Check the petition",
        Quorum.Application.Work.WorkKind.DecisionToPublish => "Publish the decision notice",
        Quorum.Application.Work.WorkKind.DeputationsToDecide => "Record the chair's decision on deputations",
        _ => "Chase the overdue actions",
    };

    /// <summary>"3 days left", "due today", "2 days late".</summary>
    public static string DaysLeft(int days) => days switch
    {
        0 => "due today",
        1 => "1 day left",
        > 1 => $"{days} days left",
        -1 => "1 day late",
        _ => $"{-days} days late",
    };

    /// <summary>GOV.UK tag colour class for a meeting status.</summary>
    public static string StatusTag(MeetingStatus status) => status switch
    {
        MeetingStatus.Cancelled => "govuk-tag govuk-tag--red",
        MeetingStatus.Postponed => "govuk-tag govuk-tag--yellow",
        MeetingStatus.Held => "govuk-tag govuk-tag--grey",
        _ => "govuk-tag govuk-tag--blue",
    };

    public static string Attendance(AttendanceMark mark) => mark switch
    {
        AttendanceMark.Present => "Present",
        AttendanceMark.Apologies => "Apologies",
        AttendanceMark.Absent => "Absent",
        AttendanceMark.Reserve => "Reserve",
        AttendanceMark.Substitute => "Substitute",
        AttendanceMark.InAttendance => "In attendance",
        _ => mark.ToString(),
    };

    public static string Interest(InterestKind kind) => kind switch
    {
        InterestKind.DisclosablePecuniary => "Disclosable pecuniary interest",
        InterestKind.OtherRegistrable => "Other registrable interest",
        InterestKind.NonRegistrable => "Non-registrable interest",
        _ => kind.ToString(),
    };

    /// <summary>Where a report is on its way to the public, as the report pages name it.</summary>
    public static string ReportState(Quorum.Domain.Reports.PublicationState state) => state switch
    {
        Quorum.Domain.Reports.PublicationState.Draft => "Draft",
        Quorum.Domain.Reports.PublicationState.Submitted => "Submitted for clearance",
        Quorum.Domain.Reports.PublicationState.Cleared => "Cleared",
        _ => "Published",
    };

    /// <summary>What a member who declared an interest did for the item, as the recording form offers it.</summary>
    public static string Outcome(DeclarationOutcome outcome) => outcome switch
    {
        Domain.Outcomes.DeclarationOutcome.Withdrew => "Withdrew from the room",
        Domain.Outcomes.DeclarationOutcome.DidNotVote => "Remained but did not vote",
        _ => "Remained and took part",
    };

    /// <summary>A member's recorded vote.</summary>
    public static string Vote(VoteChoice choice) => choice switch
    {
        VoteChoice.For => "For",
        VoteChoice.Against => "Against",
        _ => "Abstained",
    };

    /// <summary>What a declaration says publicly: a sensitive interest's details are withheld (Localism Act 2011 s32).</summary>
    public static string DeclarationText(InterestKind kind, string nature, bool sensitive, DeclarationOutcome outcome)
    {
        var text = sensitive
            ? $"{Interest(kind)}: a sensitive interest; its details are withheld under section 32 of the Localism Act 2011."
            : $"{Interest(kind)}: {nature}";
        return outcome switch
        {
            DeclarationOutcome.Withdrew => text + " Left the room for the item.",
            DeclarationOutcome.DidNotVote => text + " Took no part in the vote.",
            _ => text,
        };
    }

    /// <summary>"Exempt under paragraph 3 of Schedule 12A".</summary>
    /// <summary>The s33(2) ground as a dispensation notice words it.</summary>
    public static string Ground(Quorum.Domain.Interests.DispensationGround ground) => ground switch
    {
        Quorum.Domain.Interests.DispensationGround.ImpedesBusiness => "So many members would otherwise be barred that the business could not be transacted (s33(2)(a))",
        Quorum.Domain.Interests.DispensationGround.AltersPoliticalBalance => "The political balance would otherwise change the likely outcome of a vote (s33(2)(b))",
        Quorum.Domain.Interests.DispensationGround.InterestsOfInhabitants => "In the interests of people living in the area (s33(2)(c))",
        Quorum.Domain.Interests.DispensationGround.WholeExecutiveBarred => "Every member of the executive would otherwise be barred (s33(2)(d))",
        _ => "Otherwise appropriate (s33(2)(e))",
    };

    /// <summary>"1 page", "24 pages": an enclosure's or a document's length.</summary>
    public static string Pages(int count) => $"{count} {(count == 1 ? "page" : "pages")}";

    /// <summary>"£45", or "£45.50" when there are pence: a register shows the value as declared.</summary>
    public static string Money(decimal value) => value.ToString(value == decimal.Truncate(value) ? "C0" : "C2", English);

    public static string Exemption(Schedule12AParagraph paragraph) =>
        $"Exempt: paragraph {paragraph.Number} of Part 1 of Schedule 12A to the Local Government Act 1972";

    /// <summary>Splits stored multi-paragraph text (blank-line separated) into paragraphs for HTML.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
