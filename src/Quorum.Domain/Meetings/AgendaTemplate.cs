using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Meetings;

/// <summary>
/// The committee agenda template and the order it imposes. A new meeting starts with the standing items in the
/// order Committee Procedure Rules print them; business items go between the references and any other urgent
/// business, and Part II items after the exclusion of the press and public.
/// </summary>
public static partial class AgendaTemplate
{
    /// <summary>Where an item sits on the agenda; items only move within their section.</summary>
    public enum Section
    {
        Opening,
        Business,
        UrgentBusiness,
        Exclusion,
        PartII,
    }

    public sealed record TemplateItem(StandingItem Standing, string Title, string Description);

    /// <summary>
    /// The standing items for a meeting of <paramref name="bodyName"/>; minutes only when there was a previous meeting.
    /// Questions, petitions and deputations cite the council's <paramref name="orders"/> (Harrow's when not given).
    /// </summary>
    public static IReadOnlyList<TemplateItem> StandingItems(string bodyName, LocalDate? previousMeeting, StandingOrders? orders = null, bool executive = false)
    {
        orders ??= StandingOrders.Harrow;
        var items = new List<TemplateItem>
        {
            new(StandingItem.AttendanceByReserveMembers, "Attendance by Reserve Members",
                "To note the attendance at this meeting of any duly appointed Reserve Members."),
            new(StandingItem.DeclarationsOfInterest, "Declarations of Interest",
                $"To receive declarations of disclosable pecuniary or non pecuniary interests, arising from business to be transacted at this meeting, from:\n(a) all Members of the {bodyName};\n(b) all other Members present."),
        };
        if (previousMeeting is { } previous)
        {
            items.Add(new(StandingItem.Minutes, "Minutes",
                $"That the minutes of the meeting held on {previous.ToString("d MMMM uuuu", null)} be taken as read and signed as a correct record."));
        }
        items.AddRange(
        [
            new(StandingItem.PublicQuestions, "Public Questions",
                $"To receive any public questions received in accordance with {orders.Cite(orders.QuestionsRule, executive)}."),
            new(StandingItem.Petitions, "Petitions",
                $"To receive petitions (if any) submitted by members of the public/Councillors under the provisions of {orders.Cite(orders.PetitionsRule, executive)}."),
            new(StandingItem.Deputations, "Deputations",
                $"To receive deputations (if any) under the provisions of {orders.Cite(orders.DeputationsRule, executive)}."),
            new(StandingItem.References, "References from Council and Other Committees/Panels",
                "To receive references from Council and any other Committees or Panels (if any)."),
            new(StandingItem.AnyOtherUrgentBusiness, "Any Other Urgent Business", "Which cannot otherwise be dealt with."),
        ]);
        return items;
    }

    public static TemplateItem Exclusion { get; } = new(StandingItem.ExclusionOfPressAndPublic, "Exclusion of the Press and Public",
        "To resolve that the press and public be excluded from the meeting for the following item(s) of business, on the grounds that it involves the likely disclosure of confidential information in breach of an obligation of confidence, or of exempt information as defined in Part I of Schedule 12A to the Local Government Act 1972.");

    public static Section SectionOf(AgendaItem item) => item.Standing switch
    {
        StandingItem.AnyOtherUrgentBusiness => Section.UrgentBusiness,
        StandingItem.ExclusionOfPressAndPublic => Section.Exclusion,
        not null => Section.Opening,
        null when item.Part == AgendaPart.PartII => Section.PartII,
        null => Section.Business,
    };

    /// <summary>
    /// A procedural item (apologies, declarations, minutes, questions, petitions, announcements, urgent business…)
    /// rather than business that comes with a report: a template item, or one whose title councils use for one.
    /// Titles count because imported and older agendas carry no template mark.
    /// </summary>
    public static bool IsProcedural(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Standing is not null || IsProceduralTitle(item.Title);
    }

    /// <summary>
    /// The meeting's item for a standing item: the template's, or on an older or imported agenda (no template mark)
    /// the first one titled as councils title it. Null when the agenda has none.
    /// </summary>
    public static AgendaItem? Find(IEnumerable<AgendaItem> items, StandingItem standing)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ordered = items.OrderBy(i => i.Number).ToList();
        return ordered.FirstOrDefault(i => i.Standing == standing)
            ?? ordered.FirstOrDefault(i => i.Standing is null && TitledAs(i.Title.Trim(), standing));
    }

    private static bool TitledAs(string title, StandingItem standing) => standing switch
    {
        StandingItem.PublicQuestions => title.StartsWith("Public Question", StringComparison.OrdinalIgnoreCase),
        StandingItem.Minutes => title.Equals("Minutes", StringComparison.OrdinalIgnoreCase)
            || title.StartsWith("Minutes of the previous meeting", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Whether councils use <paramref name="title"/> for a procedural item (see <see cref="IsProcedural"/>).</summary>
    public static bool IsProceduralTitle(string title) => ProceduralTitle().IsMatch((title ?? "").Trim());

    /// <summary>The items in agenda order: by section, then by their current number (so a clerk's reordering within a section holds).</summary>
    public static List<AgendaItem> InOrder(IEnumerable<AgendaItem> items) =>
        [.. items.OrderBy(SectionOf).ThenBy(i => i.Number)];

    [GeneratedRegex(@"^(?:apolog|attendance by|(?:declarations?|disclosures?)(?: of)?(?: any)?(?: [\w']+){0,3} interests?\b|(?:declarations|disclosures)$|minutes\b|appointment of (?:the )?(?:vice[- ]?)?chair|election of (?:the )?(?:vice[- ]?)?chair|(?:the )?(?:mayor|chair(?:man|person)?|leader)'?s? (?:announcements|communications|welcome)|announcements|welcome|right of members to speak|public (?:questions|participation|forum|speaking)|(?:councillor|member)s?'? questions|questions (?:from|by) (?:members|councillors|the public)|petitions\b|deputations\b|references from|matters arising|any other (?:urgent )?business|urgent business|date of (?:the )?next meeting|exclusion of (?:the )?press)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ProceduralTitle();
}
