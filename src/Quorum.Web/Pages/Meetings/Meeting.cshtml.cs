using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.OpenData;
using Quorum.Application.Outcomes;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Rules;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings;

/// <summary>
/// One meeting: when and where, status, the public agenda with its papers, attendance, declarations and the
/// published minutes. Everything shown passes <see cref="Visibility"/>; Part II items show title and paragraph only.
/// </summary>
[OutputCache(PolicyName = PublicSiteCache.Policy)]
public sealed class MeetingModel(QuorumDbContext db, CurrentCouncil current, SiteClock clock, ProcedureRulebook rulebook, PackFiles packs, Application.Participation.Deputations deputations) : SitePageModel
{
    public sealed record Paper(Guid Id, string Subject, string ResponsibleOfficer, bool KeyDecision, List<Attachment> Enclosures);

    public sealed record Attachment(int Number, string Title, int PageCount);

    public sealed record Item(AgendaItem AgendaItem, List<Paper> Papers);

    public sealed record Attendee(string Name, Slug Slug, AttendanceMark Mark, string? ForName, Slug? ForSlug, string? Capacity);

    public sealed record DeclarationRow(string Name, Slug Slug, int? ItemNumber, string? ItemTitle, string Text);

    public Meeting Meeting { get; private set; } = null!;

    public Slug CommitteeSlug => Meeting.Committee!.Slug;

    public LocalDateTime QuestionDeadline { get; private set; }

    public bool QuestionsOpen { get; private set; }

    /// <summary>Whether residents may ask to address the meeting now, and until when (CPR-7).</summary>
    public bool DeputationsOpen { get; private set; }

    public LocalDateTime DeputationDeadline { get; private set; }

    /// <summary>Deputations the chair agreed to hear, by the agenda item they are about.</summary>
    public ILookup<Guid, PrintedDeputation> Deputations { get; private set; } = Array.Empty<PrintedDeputation>().ToLookup(d => d.AgendaItemId);

    /// <summary>Accepted public questions in order of receipt, printed under <see cref="QuestionsItemNumber"/>.</summary>
    public List<PrintedQuestion> Questions { get; private set; } = [];

    public int? QuestionsItemNumber { get; private set; }

    public LocalDate LatestAgendaPublication { get; private set; }

    public bool AgendaPublished => Meeting.AgendaPublishedOn is not null;

    public bool HasPack { get; private set; }

    /// <summary>The papers that were "To Follow" have been published as a supplementary agenda.</summary>
    public bool HasSupplementaryPack { get; private set; }

    /// <summary>Published minutes (the document, not only the minutes as data) are printed as a PDF on request.</summary>
    public bool HasMinutesPdf { get; private set; }

    public List<Item> Agenda { get; private set; } = [];

    public List<Attendee> Attendance { get; private set; } = [];

    public List<DeclarationRow> Declarations { get; private set; } = [];

    public List<Minute> Minutes { get; private set; } = [];

    /// <summary>Minutes not yet published, shown marked as such when the council publishes drafts (CPR-9).</summary>
    public sealed record DraftMinutesText(string Text, bool Approved);

    public DraftMinutesText? DraftMinutes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string date, string committee)
    {
        if (!await LoadCouncilAsync(current))
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        var meeting = await MeetingAddress.FindAsync(db, Council!.Id, date, committee, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Title = $"{meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Crumbs(("Committees", SiteUrls.Committees), (meeting.Committee.Name, SiteUrls.Committee(meeting.Committee.Slug)));

        var deadlines = new Deadlines(rulebook.For(meeting.Date, meeting.Committee.Name));
        QuestionDeadline = deadlines.PublicQuestionDeadline(meeting.Date);
        // The same rule as the form (CAL-4): open up to and including the deadline.
        QuestionsOpen = meeting.Status is MeetingStatus.Scheduled && deadlines.QuestionInTime(clock.Now, meeting.Date);
        LatestAgendaPublication = deadlines.LatestAgendaPublication(meeting.Date);
        HasPack = AgendaPublished && packs.PublicPack(meeting) is not null;
        HasSupplementaryPack = AgendaPublished && packs.SupplementaryPack(meeting) is not null;
        HasMinutesPdf = await MinutesPdf.HasPublishedAsync(db, meeting.Id, ct);

        await LoadAgendaAsync(meeting.Id, ct);
        QuestionsItemNumber = QuestionRules.PublicQuestionsItem(Agenda.Select(i => i.AgendaItem))?.Number;
        if (QuestionsItemNumber is not null)
        {
            Questions = await PublicQuestions.Printed(db, meeting.Id, ct);
        }
        DeputationsOpen = deputations.Closed(meeting) is null;
        DeputationDeadline = deputations.Deadline(meeting);
        Deputations = (await Application.Participation.Deputations.Printed(db, meeting.Id, ct)).ToLookup(d => d.AgendaItemId);
        if (meeting.Status is MeetingStatus.Held)
        {
            await LoadAttendanceAsync(meeting.Id, ct);
        }
        if (meeting.MinutesPublishedOn is not null)
        {
            await LoadOutcomesAsync(meeting.Id, ct);
        }
        else if (meeting.Status is MeetingStatus.Held && rulebook.For(meeting.Date, meeting.Committee.Name).PublishDraftMinutes)
        {
            DraftMinutes = await db.MeetingMinutes.AsNoTracking()
                .Where(m => m.MeetingId == meeting.Id && m.State != MinutesState.Published)
                .Select(m => new DraftMinutesText(m.Text, m.State == MinutesState.Approved))
                .FirstOrDefaultAsync(ct);
        }
        return Page();
    }

    private async Task LoadAgendaAsync(Guid meetingId, CancellationToken ct)
    {
        var items = await db.AgendaItems.AsNoTracking().WherePublic()
            .Where(i => i.MeetingId == meetingId)
            .OrderBy(i => i.Number).ThenBy(i => i.Suffix)
            .ToListAsync(ct);
        if (items.Count == 0)
        {
            return;
        }
        var itemIds = items.Select(i => i.Id).ToList();
        // Reports are listed only under a published agenda's Part I items; exempt reports and appendices never load.
        var reports = await db.Reports.AsNoTracking().WherePublic()
            .Where(r => r.AgendaItemId != null && itemIds.Contains(r.AgendaItemId.Value))
            .Select(r => new { r.Id, ItemId = r.AgendaItemId!.Value, r.Subject, r.ResponsibleOfficer, r.KeyDecision })
            .ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var enclosures = await db.Enclosures.AsNoTracking().WherePublic()
            .Where(e => reportIds.Contains(e.ReportId))
            .Select(e => new { e.ReportId, e.Number, e.Title, e.PageCount })
            .ToListAsync(ct);
        Agenda = [.. items.Select(i => new Item(i, i.Part is AgendaPart.PartII ? [] : [.. reports
            .Where(r => r.ItemId == i.Id)
            .Select(r => new Paper(r.Id, r.Subject, r.ResponsibleOfficer, r.KeyDecision, [.. enclosures
                .Where(e => e.ReportId == r.Id)
                .OrderBy(e => e.Number)
                .Select(e => new Attachment(e.Number, e.Title, e.PageCount))]))]))];
    }

    private async Task LoadAttendanceAsync(Guid meetingId, CancellationToken ct)
    {
        var rows = await (
                from a in db.Attendances.AsNoTracking()
                where a.MeetingId == meetingId
                join p in db.People on a.PersonId equals p.Id
                join f in db.People on a.ForPersonId equals f.Id into fors
                from f in fors.DefaultIfEmpty()
                select new { Person = p, a.Mark, For = f, a.Capacity })
            .ToListAsync(ct);
        Attendance = [.. rows
            .Select(r => new Attendee(r.Person.DisplayName, r.Person.Slug, r.Mark, r.For?.DisplayName, r.For?.Slug, r.Capacity))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
    }

    private async Task LoadOutcomesAsync(Guid meetingId, CancellationToken ct)
    {
        Minutes = await db.Minutes.AsNoTracking().WherePublic()
            .Where(m => m.MeetingId == meetingId)
            .Include(m => m.Resolutions)
            .OrderBy(m => m.Number)
            .ToListAsync(ct);
        var declarations = await (
                // The one rule (PublicRecords): published with the minutes, never on Part II business.
                from d in new PublicRecords(db).Declarations.AsNoTracking()
                where d.MeetingId == meetingId
                join p in db.People on d.PersonId equals p.Id
                select new { d, Person = p })
            .ToListAsync(ct);
        var items = Agenda.ToDictionary(i => i.AgendaItem.Id, i => i.AgendaItem);
        Declarations = [.. declarations
            .Select(x =>
            {
                var item = x.d.AgendaItemId is { } id && items.TryGetValue(id, out var found) ? found : null;
                return new DeclarationRow(x.Person.DisplayName, x.Person.Slug, item?.Number, item?.Title, Display.DeclarationText(x.d.Kind, x.d.Nature, x.d.Sensitive, x.d.Outcome));
            })
            .OrderBy(d => d.ItemNumber ?? 0).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
