using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Interests;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Reports;
using Quorum.TestSupport;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

/// <summary>The demo council plus records that must never reach the public, each carrying a unique canary string.</summary>
public sealed class CanarySite : DemoSite
{
    public static readonly string[] Canaries =
    [
        "CANARY-PART-II-REPORT-7f3a", "CANARY-EXEMPT-APPENDIX-91c2", "CANARY-UNPUBLISHED-AGENDA-ITEM-4d8e",
        "CANARY-UNPUBLISHED-AGENDA-REPORT-b61f", "CANARY-DRAFT-MINUTE-2e97", "CANARY-DRAFT-RESOLUTION-c03d",
        "CANARY-PART-II-MINUTE-5a1b", "CANARY-DRAFT-REPORT-e8f4", "CANARY-SENSITIVE-INTEREST-0b7c",
        "CANARY-SENSITIVE-REGISTER-3d5a", "CANARY-UNPUBLISHED-DECISION-8e21",
    ];

    /// <summary>The latest meeting with published minutes and Part II business, which carries most canaries.</summary>
    public string HeldMeeting { get; private set; } = null!;

    /// <summary>The Part I item of <see cref="HeldMeeting"/> whose published report gets an exempt appendix and a draft sibling.</summary>
    public string PublicItem { get; private set; } = null!;

    public string UnpublishedAgendaMeeting { get; private set; } = null!;

    public int UnpublishedItemNumber { get; private set; }

    public string DraftMinutesMeeting { get; private set; } = null!;

    protected override async Task SeedMoreAsync(QuorumDbContext db)
    {
        var council = await db.Councils.SingleAsync();
        var held = await db.Meetings.Include(m => m.Committee).Include(m => m.AgendaItems)
            .Where(m => m.MinutesPublishedOn != null && m.AgendaItems.Any(i => i.Part == AgendaPart.PartII)
                && db.Reports.Any(r => r.AgendaItem!.MeetingId == m.Id && r.AgendaItem.Part == AgendaPart.PartI && r.State == PublicationState.Published))
            .OrderByDescending(m => m.Date).FirstAsync();
        HeldMeeting = Path(held);
        var partTwo = held.AgendaItems.First(i => i.Part is AgendaPart.PartII);
        var publicReport = await db.Reports.Include(r => r.Enclosures).Include(r => r.AgendaItem)
            .Where(r => r.AgendaItem!.MeetingId == held.Id && r.AgendaItem.Part == AgendaPart.PartI && r.State == PublicationState.Published)
            .OrderBy(r => r.AgendaItem!.Number).FirstAsync();
        var publicItem = publicReport.AgendaItem!;
        PublicItem = $"{HeldMeeting}/items/{publicItem.Number}";

        // A Part II report, published with the agenda but exempt under paragraph 3.
        db.Add(TestCouncil.NewReport(council.Id, partTwo, Canaries[0], r => r.Summary(Canaries[0] + " bidder prices").Body(Canaries[0] + " contract terms").Exempt(3)));
        // An exempt appendix to an otherwise public report.
        var appendix = publicReport.AddEnclosure(Canaries[1], "appendix-exempt.pdf", 2, new string('b', 64));
        appendix.ExemptionParagraph = new Schedule12AParagraph(1);
        db.Add(appendix);
        // A draft report on a public item, never published.
        db.Add(TestCouncil.NewReport(council.Id, publicItem, Canaries[7], r => r.For(held.Committee!.Name, held.Date).Summary(Canaries[7]).Body(Canaries[7]).Draft()));

        // An agenda not yet published: its item and a (prematurely published) report stay hidden.
        var unpublished = await db.Meetings.Include(m => m.Committee).Include(m => m.AgendaItems)
            .Where(m => m.AgendaPublishedOn == null && m.Status == MeetingStatus.Scheduled).OrderBy(m => m.Date).FirstAsync();
        UnpublishedAgendaMeeting = Path(unpublished);
        UnpublishedItemNumber = unpublished.AgendaItems.Select(i => i.Number).DefaultIfEmpty().Max() + 1;
        var item = new AgendaItem { MeetingId = unpublished.Id, Number = UnpublishedItemNumber, Title = Canaries[2], ReportOf = Canaries[2] };
        db.Add(item);
        db.Add(TestCouncil.NewReport(council.Id, item, Canaries[3], r => r.For(unpublished.Committee!.Name, unpublished.Date).Summary(Canaries[3]).Body(Canaries[3])));

        // Draft minutes of a held meeting whose minutes are not yet published.
        var drafted = await db.Meetings.Include(m => m.Committee)
            .Where(m => m.MinutesPublishedOn == null && m.Status == MeetingStatus.Held).OrderByDescending(m => m.Date).FirstAsync();
        DraftMinutesMeeting = Path(drafted);
        var draft = new Minute { MeetingId = drafted.Id, CommitteeId = drafted.CommitteeId, Number = new MinuteNumber(9101), Title = Canaries[4], Body = Canaries[4] };
        draft.Resolve(ResolutionKind.Resolved, Canaries[5]);
        db.Add(draft);

        // A Part II minute among published minutes.
        var partTwoMinute = new Minute { MeetingId = held.Id, CommitteeId = held.CommitteeId, AgendaItemId = partTwo.Id, Number = new MinuteNumber(9227), Title = "Exempt contract award", Body = Canaries[6] };
        partTwoMinute.Resolve(ResolutionKind.Resolved, Canaries[6]);
        db.Add(partTwoMinute);

        // A sensitive interest (Localism Act 2011 s32): its existence is public, its details are not.
        var member = await db.Attendances.Where(a => a.MeetingId == held.Id && a.Mark == AttendanceMark.Present).Select(a => a.PersonId).FirstAsync();
        db.Add(new Declaration { MeetingId = held.Id, PersonId = member, AgendaItemId = publicItem.Id, Kind = InterestKind.DisclosablePecuniary, Nature = Canaries[8], Sensitive = true, Outcome = DeclarationOutcome.Withdrew });
        // The same member's register: a sensitive entry (s32) and a gift, both withheld.
        db.Add(new RegisteredInterest { PersonId = member, Category = InterestCategory.Land, Description = Canaries[9], Sensitive = true, RegisteredOn = held.Date.PlusDays(-30) });
        db.Add(new RegisteredInterest { PersonId = member, Category = InterestCategory.GiftsAndHospitality, Description = Canaries[9] + " gift", Donor = Canaries[9] + " donor", ValueGbp = 75m, Sensitive = true, RegisteredOn = held.Date.PlusDays(-30) });

        // An executive decision made but whose notice is not yet published.
        var cabinet = await db.Committees.FirstAsync(c => c.BodyType == BodyType.Cabinet);
        var made = new ExecutiveDecision { CommitteeId = cabinet.Id, DecisionMaker = cabinet.Name, Title = Canaries[10], Decision = Canaries[10], DecidedOn = held.Date };
        made.Explain(Canaries[10], Canaries[10]);
        db.Add(made);
        await db.SaveChangesAsync();
    }

    private static string Path(Meeting meeting) => $"/meetings/{meeting.Date:uuuu-MM-dd}/{meeting.Committee!.Slug.Value}";
}
