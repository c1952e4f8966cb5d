using Microsoft.EntityFrameworkCore;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Domain.Reports;
using Quorum.Domain.Rules;
using Quorum.Publishing.Packs;

namespace Quorum.Application.Agendas;

/// <summary>
/// Reads a stored meeting into the <see cref="AgendaPack"/> the compiler prints: the committee's clerk, the seats
/// and reserves current on the meeting date, the items in order and their reports with clearances and enclosures.
/// For a public pack (main or supplementary) reports come through <see cref="Visibility.PublicReport"/>, so a
/// draft, an exempt report or anything on an unpublished agenda can never reach it; the members-only Part II
/// pack takes every published report and leaves the choice of exempt papers to the compiler.
/// </summary>
internal static class MeetingPackLoader
{
    public static async Task<AgendaPack> LoadAsync(QuorumDbContext db, Guid meetingId, PackKind kind, DocumentStore documents, ProcedureRulebook rulebook, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).Include(m => m.AgendaItems)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no meeting with id {meetingId}.");
        var committee = meeting.Committee!;
        var council = await db.Councils.AsNoTracking().SingleAsync(c => c.Id == committee.CouncilId, cancellationToken);

        var reports = kind == PackKind.PartII
            ? db.Reports.Where(r => r.State == PublicationState.Published)
            : db.Reports.WherePublic();
        var stored = await reports.AsNoTracking()
            .Where(r => r.AgendaItem!.MeetingId == meetingId)
            .Include(r => r.Clearances).Include(r => r.Enclosures)
            .ToListAsync(cancellationToken);
        var byItem = stored.ToLookup(r => r.AgendaItemId!.Value);

        var minutesItem = kind == PackKind.Main ? AgendaTemplate.Find(meeting.AgendaItems, StandingItem.Minutes) : null;
        var previousMinutes = minutesItem is null ? null : await PreviousMinutesAsync(db, meeting, rulebook, cancellationToken);
        var questionsItem = QuestionRules.PublicQuestionsItem(meeting.AgendaItems);
        var questions = questionsItem is null ? [] : await Participation.PublicQuestions.Printed(db, meetingId, cancellationToken);
        var deputations = (await Participation.Deputations.Printed(db, meetingId, cancellationToken)).ToLookup(d => d.AgendaItemId);

        var items = new List<PackItem>();
        foreach (var item in meeting.AgendaItems.OrderBy(i => i.Number))
        {
            // One report per item is the council's form; a second (rare) follows as its own papers in the next run.
            var report = byItem[item.Id].OrderBy(r => r.Created).FirstOrDefault();
            items.Add(new PackItem
            {
                Number = item.Number,
                Title = item.Title,
                Part = item.Part,
                ExemptionParagraph = item.ExemptionParagraph,
                ToFollow = item.ToFollow,
                ReportOf = item.ReportOf,
                Description = item.Description,
                Report = report is null ? null : ToPack(report, Carried(kind, item, report), $"Item {item.Number} ({item.Title})", documents),
                PreviousMinutes = report is null && item == minutesItem ? previousMinutes : null,
                Questions = item == questionsItem ? [.. questions.Select(q => new PackQuestion(q.Number, q.AskedBy, q.Text))] : [],
                Deputations = [.. deputations[item.Id].Select(d => new PackDeputation(d.Speaker, d.Organisation, d.Minutes, d.Subject))],
            });
        }

        var (members, reserves) = await MembershipAsync(db, committee, meeting, cancellationToken);
        return new AgendaPack
        {
            Committee = committee.Name.ToUpperInvariant(),
            Date = meeting.Date,
            Time = meeting.StartTime,
            Venue = meeting.Venue ?? meeting.VirtualLink ?? "",
            Quorum = committee.Quorum,
            PublishedOn = meeting.AgendaPublishedOn,
            Contact = new PackContact(
                committee.ClerkName ?? "Democratic Services",
                committee.ClerkTitle ?? "",
                committee.ClerkPhone ?? "",
                committee.ClerkEmail ?? council.ContactEmail ?? ""),
            Members = members,
            Reserves = reserves,
            Items = items,
        };
    }

    /// <summary>
    /// The minutes of the body's last meeting before this one, printed under the Minutes item for the members to sign:
    /// published minutes, or the draft where the council makes its drafts public (<see cref="ProcedureSettings.PublishDraftMinutes"/>,
    /// as most councils' packs do). Otherwise null: nothing unpublished is printed in a public pack.
    /// </summary>
    private static async Task<string?> PreviousMinutesAsync(QuorumDbContext db, Meeting meeting, ProcedureRulebook rulebook, CancellationToken cancellationToken)
    {
        var previous = await db.Meetings.AsNoTracking()
            .Where(m => m.CommitteeId == meeting.CommitteeId && m.Date < meeting.Date && m.Status == MeetingStatus.Held)
            .OrderByDescending(m => m.Date).Select(m => new { m.Id, m.Date }).FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return null;
        }
        var minutes = db.MeetingMinutes.AsNoTracking().Where(m => m.MeetingId == previous.Id && m.Deleted == null);
        if (!rulebook.For(previous.Date, meeting.Committee!.Name).PublishDraftMinutes)
        {
            minutes = minutes.WherePublic();
        }
        return await minutes.Select(m => m.Text).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The enclosures a pack of this kind may carry: a public pack never holds an exempt appendix, not even in
    /// memory; the Part II pack only the papers it prints (all of an exempt report's, a public report's exempt ones).
    /// </summary>
    private static IEnumerable<Enclosure> Carried(PackKind kind, AgendaItem item, Report report)
    {
        var enclosures = report.Enclosures.OrderBy(e => e.Number);
        if (kind != PackKind.PartII)
        {
            return enclosures.Where(e => e.ExemptionParagraph is null);
        }
        return item.Part == AgendaPart.PartII || report.IsExempt ? enclosures : enclosures.Where(e => e.ExemptionParagraph is not null);
    }

    private static PackReport ToPack(Report report, IEnumerable<Enclosure> enclosures, string item, DocumentStore documents) => new()
    {
        ReportFor = report.ReportFor,
        DateOfMeeting = report.DateOfMeeting,
        Subject = report.Subject,
        KeyDecision = report.KeyDecision,
        ResponsibleOfficer = report.ResponsibleOfficer,
        PortfolioHolder = report.PortfolioHolder,
        ScrutinyLeadMember = report.ScrutinyLeadMember,
        ExemptionParagraph = report.ExemptionParagraph,
        DecisionSubjectToCallIn = report.DecisionSubjectToCallIn,
        WardsAffected = report.WardsAffected,
        Summary = report.Summary,
        Recommendations = report.Recommendations,
        Body = report.Body,
        Sections = report.ReportSections().Select(s => new PackReportSection(s.Heading, s.Text)).ToList(),
        Markdown = report.TextFormat == ReportTextFormat.Markdown,
        Clearances = report.Clearances.Select(c => new PackClearance(c.Role, c.Name, c.ClearedOn, c.OnBehalfOf is not null)).ToList(),
        WardCouncillorsNotified = report.WardCouncillorsNotified,
        Contact = report.ContactOfficer,
        BackgroundPapers = report.BackgroundPapers,
        Enclosures = enclosures.Select(e => new PackEnclosure(e.Title, documents.PathOf(e, item), e.ExemptionParagraph)).ToList(),
    };

    private static async Task<(List<PackMember>, List<PackReserveList>)> MembershipAsync(QuorumDbContext db, Committee committee, Meeting meeting, CancellationToken cancellationToken)
    {
        var date = meeting.Date;
        var seats = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommitteeId == committee.Id && m.From <= date && (m.To == null || m.To >= date))
            .ToListAsync(cancellationToken);
        var groups = await db.PartyGroups.AsNoTracking().Where(g => g.CouncilId == committee.CouncilId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        string? GroupOf(Domain.People.Person person) => person.PartyGroupId is { } id && groups.TryGetValue(id, out var name) ? name : null;

        var order = new Dictionary<MembershipRole, int> { [MembershipRole.Chair] = 0, [MembershipRole.ViceChair] = 1, [MembershipRole.Member] = 2, [MembershipRole.CoOpted] = 3, [MembershipRole.Representative] = 3, [MembershipRole.Advisory] = 4 };
        var members = seats.Where(s => order.ContainsKey(s.Role))
            .OrderBy(s => order[s.Role]).ThenBy(s => GroupOf(s.Person!)).ThenBy(s => s.Person!.FamilyName).ThenBy(s => s.Person!.GivenName)
            .Select(s => new PackMember(
                s.Person!.FullName,
                s.Role switch
                {
                    MembershipRole.Chair => PackSeat.Chair,
                    MembershipRole.ViceChair => PackSeat.ViceChair,
                    MembershipRole.Member => PackSeat.Member,
                    MembershipRole.Advisory => PackSeat.Advisory,
                    _ => PackSeat.CoOpted,
                },
                GroupOf(s.Person!),
                s.Person!.IsCouncillor ? null : s.Person.Title,
                s.OrganisationRepresented))
            .ToList();

        var year = await db.MunicipalYears.AsNoTracking()
            .Where(y => y.CouncilId == committee.CouncilId && y.StartsOn <= date && y.EndsOn >= date)
            .Select(y => (Guid?)y.Id).FirstOrDefaultAsync(cancellationToken);
        var lists = year is null ? [] : await db.ReserveLists.AsNoTracking().Include(l => l.Entries).ThenInclude(e => e.Person)
            .Where(l => l.CommitteeId == committee.Id && l.MunicipalYearId == year)
            .ToListAsync(cancellationToken);
        var reserves = lists
            .Select(l => new PackReserveList(groups.GetValueOrDefault(l.PartyGroupId), l.InOrder().Select(e => e.Person!.FullName).ToList()))
            .OrderBy(l => l.Group, StringComparer.Ordinal)
            .ToList();
        return (members, reserves);
    }
}
