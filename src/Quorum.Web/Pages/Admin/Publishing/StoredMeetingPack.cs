using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Domain.Rules;
using Quorum.Publishing.Packs;
using Quorum.Web.Pages.Admin.Reports;

namespace Quorum.Web.Pages.Admin.Publishing;

/// <summary>Where the publisher gets a meeting's pack contents from the store.</summary>
public interface IAgendaPackSource
{
    Task<AgendaPack> LoadAsync(Guid meetingId, LocalDate publishedOn, CancellationToken cancellationToken);
}

/// <summary>
/// Gathers a stored meeting into the pack compiler's <see cref="AgendaPack"/>: items in agenda order, each with
/// its cleared report and uploaded enclosures. Only cleared (or already published) reports are printed; an item
/// whose report is not cleared yet goes out "To Follow". Seam: when Quorum.Publishing gains its own loader for
/// stored meetings, register that as <see cref="IAgendaPackSource"/> instead.
/// </summary>
public sealed class StoredMeetingPack(QuorumDbContext db, EnclosureStore enclosures, ProcedureRulebook rulebook) : IAgendaPackSource
{
    public async Task<AgendaPack> LoadAsync(Guid meetingId, LocalDate publishedOn, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).Include(m => m.AgendaItems)
            .SingleAsync(m => m.Id == meetingId, cancellationToken);
        var committee = meeting.Committee!;
        var itemIds = meeting.AgendaItems.Select(i => i.Id).ToList();
        var reports = await db.Reports.AsNoTracking().Include(r => r.Clearances).Include(r => r.Enclosures)
            .Where(r => r.AgendaItemId != null && itemIds.Contains(r.AgendaItemId.Value))
            .Where(r => r.State == PublicationState.Cleared || r.State == PublicationState.Published)
            .ToListAsync(cancellationToken);
        var council = await db.Councils.AsNoTracking().SingleAsync(c => c.Id == committee.CouncilId, cancellationToken);
        var today = meeting.Date;
        var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommitteeId == committee.Id && m.From <= today && (m.To == null || m.To >= today))
            .ToListAsync(cancellationToken);
        var deadlines = new Deadlines(rulebook.For(meeting.Date, committee.Name));

        return new AgendaPack
        {
            Committee = committee.Name,
            Date = meeting.Date,
            Time = meeting.StartTime,
            Venue = meeting.Venue ?? meeting.VirtualLink ?? "Online",
            Quorum = committee.Quorum,
            PublishedOn = publishedOn,
            PublicQuestionDeadline = deadlines.PublicQuestionDeadline(meeting.Date),
            Contact = new PackContact("Democratic Services", "Democratic Services", "", council.ContactEmail ?? ""),
            Members = [.. members.OrderBy(m => m.Role).ThenBy(m => m.Person!.FamilyName).Select(Member)],
            Items = [.. AgendaTemplate.InOrder(meeting.AgendaItems).Select(item => Item(item, reports.FirstOrDefault(r => r.AgendaItemId == item.Id)))],
        };
    }

    private static PackMember Member(Membership m) => new(
        $"{m.Person!.GivenName} {m.Person.FamilyName}",
        m.Role switch
        {
            MembershipRole.Chair => PackSeat.Chair,
            MembershipRole.ViceChair => PackSeat.ViceChair,
            MembershipRole.CoOpted => PackSeat.CoOpted,
            MembershipRole.Advisory => PackSeat.Advisory,
            _ => PackSeat.Member,
        },
        Organisation: m.OrganisationRepresented);

    private PackItem Item(AgendaItem item, Report? report) => new()
    {
        Number = item.Number,
        Title = item.Title,
        Part = item.Part,
        ExemptionParagraph = item.ExemptionParagraph,
        ToFollow = item.ToFollow,
        ReportOf = item.ReportOf,
        Description = item.Description,
        Report = report is null ? null : Report(report),
    };

    private PackReport Report(Report r) => new()
    {
        ReportFor = r.ReportFor,
        DateOfMeeting = r.DateOfMeeting,
        Subject = r.Subject,
        KeyDecision = r.KeyDecision,
        ResponsibleOfficer = r.ResponsibleOfficer,
        PortfolioHolder = r.PortfolioHolder,
        ScrutinyLeadMember = r.ScrutinyLeadMember,
        ExemptionParagraph = r.ExemptionParagraph,
        DecisionSubjectToCallIn = r.DecisionSubjectToCallIn,
        WardsAffected = r.WardsAffected,
        Summary = r.Summary,
        Recommendations = r.Recommendations,
        Body = r.Body,
        Clearances = [.. r.Clearances.Select(c => new PackClearance(c.Role, c.Name, c.ClearedOn, c.OnBehalfOf is not null))],
        Contact = r.ContactOfficer,
        BackgroundPapers = r.BackgroundPapers,
        Enclosures = [.. r.Enclosures.OrderBy(e => e.Number).Select(e => new PackEnclosure(e.Title, enclosures.PathOf(e.FileName), e.ExemptionParagraph))],
    };
}
