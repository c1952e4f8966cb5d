using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

/// <summary>The small council plus records that must never reach the public, each carrying a unique canary string.</summary>
public sealed class CanarySite : SiteHost
{
    public static readonly string[] Canaries =
    [
        "CANARY-PART-II-REPORT-7f3a", "CANARY-EXEMPT-APPENDIX-91c2", "CANARY-UNPUBLISHED-AGENDA-ITEM-4d8e",
        "CANARY-UNPUBLISHED-AGENDA-REPORT-b61f", "CANARY-DRAFT-MINUTE-2e97", "CANARY-DRAFT-RESOLUTION-c03d",
        "CANARY-PART-II-MINUTE-5a1b", "CANARY-DRAFT-REPORT-e8f4", "CANARY-SENSITIVE-INTEREST-0b7c",
    ];

    protected override async Task SeedMoreAsync(QuorumDbContext db)
    {
        var council = await db.Councils.SingleAsync();
        var held = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Date == SmallCouncil.HeldOn);
        var partTwo = held.AgendaItems.Single(i => i.Part is AgendaPart.PartII);
        var safety = held.AgendaItems.Single(i => i.Number == 3);

        // A Part II report, published with the agenda but exempt under paragraph 3.
        db.Add(SmallCouncil.NewReport(council, partTwo, Canaries[0], Canaries[0] + " bidder prices", Canaries[0] + " contract terms", new Schedule12AParagraph(3)));
        // An exempt appendix to an otherwise public report.
        var publicReport = await db.Reports.Include(r => r.Enclosures).SingleAsync(r => r.AgendaItemId == safety.Id);
        var appendix = publicReport.AddEnclosure(Canaries[1], "appendix-2.pdf", 2, new string('b', 64));
        appendix.ExemptionParagraph = new Schedule12AParagraph(1);
        db.Add(appendix);
        // A draft report on a public item, never published.
        db.Add(SmallCouncil.NewReport(council, safety, Canaries[7], Canaries[7], Canaries[7], publish: false));

        // An agenda not yet published: its item and a (prematurely published) report stay hidden.
        var unpublished = await db.Meetings.SingleAsync(m => m.Date == new LocalDate(2017, 10, 17));
        var item = new AgendaItem { MeetingId = unpublished.Id, Number = 1, Title = Canaries[2], ReportOf = Canaries[2] };
        db.Add(item);
        db.Add(SmallCouncil.NewReport(council, item, Canaries[3], Canaries[3], Canaries[3]));

        // Draft minutes of a meeting whose minutes are not yet published.
        var cabinetHeld = await db.Meetings.SingleAsync(m => m.Date == new LocalDate(2017, 9, 21));
        var draft = new Minute { MeetingId = cabinetHeld.Id, CommitteeId = cabinetHeld.CommitteeId, Number = new MinuteNumber(101), Title = Canaries[4], Body = Canaries[4] };
        draft.Resolve(ResolutionKind.Resolved, Canaries[5]);
        db.Add(draft);

        // A Part II minute among published minutes.
        var partTwoMinute = new Minute { MeetingId = held.Id, CommitteeId = held.CommitteeId, AgendaItemId = partTwo.Id, Number = new MinuteNumber(227), Title = "Contract for Leisure Services", Body = Canaries[6] };
        partTwoMinute.Resolve(ResolutionKind.Resolved, Canaries[6]);
        db.Add(partTwoMinute);

        // A sensitive interest (Localism Act 2011 s32): its existence is public, its details are not.
        var member = await db.People.SingleAsync(p => p.Slug == new Slug("phillip-odell"));
        db.Add(new Declaration { MeetingId = held.Id, PersonId = member.Id, AgendaItemId = safety.Id, Kind = InterestKind.DisclosablePecuniary, Nature = Canaries[8], Sensitive = true, Outcome = DeclarationOutcome.Withdrew });
        await db.SaveChangesAsync();
    }
}
