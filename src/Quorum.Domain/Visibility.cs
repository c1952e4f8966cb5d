using System.Linq.Expressions;
using Quorum.Domain.Imports;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Reports;

namespace Quorum.Domain;

/// <summary>
/// The one rule for what the public may see: a record is public when it is not deleted, has been published
/// and is not exempt (Part II, Schedule 12A). The site, API, feeds, search and packs all filter through these
/// expressions (which EF translates to SQL) or the matching <c>IsPublic</c> checks, never their own conditions.
/// In-memory checks need the navigations loaded; an unloaded one throws rather than leaking exempt material.
/// </summary>
public static class Visibility
{
    /// <summary>Meetings are public from the moment they are scheduled (the statutory notice of meetings).</summary>
    public static readonly Expression<Func<Meeting, bool>> PublicMeeting =
        m => m.Deleted == null && m.Committee!.Deleted == null;

    /// <summary>An item's number and title are public once the agenda is published, even for Part II business.</summary>
    public static readonly Expression<Func<AgendaItem, bool>> PublicAgendaItem =
        i => i.Deleted == null && i.Meeting!.Deleted == null && i.Meeting.AgendaPublishedOn != null;

    /// <summary>A report is public when published, neither it nor its agenda item is exempt, and the agenda it sits on is published.</summary>
    public static readonly Expression<Func<Report, bool>> PublicReport =
        r => r.Deleted == null
            && r.State == PublicationState.Published
            && r.ExemptionParagraph == null
            && (r.AgendaItemId == null
                || (r.AgendaItem!.Part == AgendaPart.PartI && r.AgendaItem.Meeting!.AgendaPublishedOn != null));

    /// <summary>An enclosure is public when its report is and the enclosure itself is not an exempt appendix.</summary>
    public static readonly Expression<Func<Enclosure, bool>> PublicEnclosure =
        e => e.Deleted == null
            && e.ExemptionParagraph == null
            && e.Report!.Deleted == null
            && e.Report.State == PublicationState.Published
            && e.Report.ExemptionParagraph == null
            && (e.Report.AgendaItemId == null
                || (e.Report.AgendaItem!.Part == AgendaPart.PartI && e.Report.AgendaItem.Meeting!.AgendaPublishedOn != null));

    /// <summary>
    /// A further consideration of a report is public when the report is (published, not exempt, its own item Part I
    /// on a published agenda) and the later item is Part I business on a published agenda: a step at an agenda not
    /// yet out, or taken in private, stays off the public journey.
    /// </summary>
    public static readonly Expression<Func<Consultation, bool>> PublicConsultation =
        c => c.Deleted == null
            && c.AgendaItem!.Deleted == null
            && c.AgendaItem.Part == AgendaPart.PartI
            && c.AgendaItem.Meeting!.Deleted == null
            && c.AgendaItem.Meeting.AgendaPublishedOn != null
            && c.Report!.Deleted == null
            && c.Report.State == PublicationState.Published
            && c.Report.ExemptionParagraph == null
            && c.Report.AgendaItemId != null
            && c.Report.AgendaItem!.Part == AgendaPart.PartI
            && c.Report.AgendaItem.Meeting!.AgendaPublishedOn != null;

    /// <summary>A minute is public once the meeting's minutes are published, unless it records Part II business.</summary>
    public static readonly Expression<Func<Minute, bool>> PublicMinute =
        m => m.Deleted == null
            && m.Meeting!.MinutesPublishedOn != null
            && (m.AgendaItemId == null || m.AgendaItem!.Part == AgendaPart.PartI);

    /// <summary>A page of an imported pack is public when it is not exempt and belongs to the current version of the pack.</summary>
    public static readonly Expression<Func<ImportedPage, bool>> PublicImportedPage =
        p => p.Deleted == null && !p.IsExempt && p.Pack!.Deleted == null && p.Pack.SupersededById == null;

    // Tombstones. Sync clients learn of a deletion only for records they could have seen: announcing the
    // withdrawal of a draft or exempt record would reveal that it existed.

    public static readonly Expression<Func<Meeting, bool>> WithdrawnMeeting = m => m.Deleted != null;

    public static readonly Expression<Func<AgendaItem, bool>> WithdrawnAgendaItem =
        i => i.Deleted != null && i.Meeting!.AgendaPublishedOn != null;

    public static readonly Expression<Func<Report, bool>> WithdrawnReport =
        r => r.Deleted != null
            && r.State == PublicationState.Published
            && r.ExemptionParagraph == null
            && (r.AgendaItemId == null
                || (r.AgendaItem!.Part == AgendaPart.PartI && r.AgendaItem.Meeting!.AgendaPublishedOn != null));

    /// <summary>
    /// An enclosure is taken off a report only while the report is a draft, so one deleted on its own was never
    /// public. It is withdrawn from the public when its published report is: then the enclosure goes with it.
    /// </summary>
    public static readonly Expression<Func<Enclosure, bool>> WithdrawnEnclosure =
        e => e.Deleted == null
            && e.ExemptionParagraph == null
            && e.Report!.Deleted != null
            && e.Report.State == PublicationState.Published
            && e.Report.ExemptionParagraph == null
            && (e.Report.AgendaItemId == null
                || (e.Report.AgendaItem!.Part == AgendaPart.PartI && e.Report.AgendaItem.Meeting!.AgendaPublishedOn != null));

    public static readonly Expression<Func<Consultation, bool>> WithdrawnConsultation =
        c => c.Deleted != null
            && c.AgendaItem!.Part == AgendaPart.PartI
            && c.AgendaItem.Meeting!.AgendaPublishedOn != null
            && c.Report!.State == PublicationState.Published
            && c.Report.ExemptionParagraph == null
            && c.Report.AgendaItemId != null
            && c.Report.AgendaItem!.Part == AgendaPart.PartI
            && c.Report.AgendaItem.Meeting!.AgendaPublishedOn != null;

    /// <summary>A meeting's minutes document is public once published (after approval); drafts never are.</summary>
    public static readonly Expression<Func<MeetingMinutes, bool>> PublicMinutes =
        m => m.Deleted == null && m.State == MinutesState.Published && m.Meeting!.Deleted == null;

    /// <summary>
    /// An executive decision notice is public from its publication (EX-7, reg 14), unless it was taken on Part II
    /// business: that notice goes to members alone. A minute not loaded (or deleted) counts as private.
    /// </summary>
    public static readonly Expression<Func<ExecutiveDecision, bool>> PublicExecutiveDecision =
        d => d.Deleted == null && d.Status != ExecutiveDecisionStatus.Made
            && (d.MinuteId == null
                || (d.Minute != null && (d.Minute.AgendaItemId == null || (d.Minute.AgendaItem != null && d.Minute.AgendaItem.Part == AgendaPart.PartI))));

    /// <summary>A public question is printed once the clerk accepts it (name and question only, never the e-mail address).</summary>
    public static readonly Expression<Func<PublicQuestion, bool>> PublicQuestionAccepted =
        q => q.Deleted == null && q.Status == QuestionStatus.Accepted;

    /// <summary>A deputation is printed once the chair has agreed to hear it (speaker, organisation, time; never the e-mail address).</summary>
    public static readonly Expression<Func<Deputation, bool>> PublicDeputation =
        d => d.Deleted == null && d.Status == DeputationStatus.Accepted;

    /// <summary>A forward plan entry is public from its listing, withdrawn ones included (the record stays); never its exemption detail.</summary>
    public static readonly Expression<Func<ForwardPlanEntry, bool>> PublicForwardPlanEntry =
        e => e.Deleted == null && e.ListedOn != null;

    private static readonly Func<Meeting, bool> MeetingCheck = PublicMeeting.Compile();
    private static readonly Func<AgendaItem, bool> AgendaItemCheck = PublicAgendaItem.Compile();
    private static readonly Func<Report, bool> ReportCheck = PublicReport.Compile();
    private static readonly Func<Enclosure, bool> EnclosureCheck = PublicEnclosure.Compile();
    private static readonly Func<Consultation, bool> ConsultationCheck = PublicConsultation.Compile();
    private static readonly Func<Minute, bool> MinuteCheck = PublicMinute.Compile();
    private static readonly Func<MeetingMinutes, bool> MinutesCheck = PublicMinutes.Compile();
    private static readonly Func<ExecutiveDecision, bool> DecisionCheck = PublicExecutiveDecision.Compile();
    private static readonly Func<ImportedPage, bool> ImportedPageCheck = PublicImportedPage.Compile();

    public static bool IsPublic(Meeting meeting) => MeetingCheck(meeting);

    public static bool IsPublic(AgendaItem item) => AgendaItemCheck(item);

    public static bool IsPublic(Report report) => ReportCheck(report);

    public static bool IsPublic(Enclosure enclosure) => EnclosureCheck(enclosure);

    public static bool IsPublic(Consultation consultation) => ConsultationCheck(consultation);

    public static bool IsPublic(Minute minute) => MinuteCheck(minute);

    public static bool IsPublic(MeetingMinutes minutes) => MinutesCheck(minutes);

    public static bool IsPublic(ExecutiveDecision decision) => DecisionCheck(decision);

    public static bool IsPublic(ImportedPage page) => ImportedPageCheck(page);

    public static IQueryable<Meeting> WherePublic(this IQueryable<Meeting> query) => query.Where(PublicMeeting);

    public static IQueryable<AgendaItem> WherePublic(this IQueryable<AgendaItem> query) => query.Where(PublicAgendaItem);

    public static IQueryable<Report> WherePublic(this IQueryable<Report> query) => query.Where(PublicReport);

    public static IQueryable<Enclosure> WherePublic(this IQueryable<Enclosure> query) => query.Where(PublicEnclosure);

    public static IQueryable<Consultation> WherePublic(this IQueryable<Consultation> query) => query.Where(PublicConsultation);

    public static IQueryable<Minute> WherePublic(this IQueryable<Minute> query) => query.Where(PublicMinute);

    public static IQueryable<MeetingMinutes> WherePublic(this IQueryable<MeetingMinutes> query) => query.Where(PublicMinutes);

    public static IQueryable<ExecutiveDecision> WherePublic(this IQueryable<ExecutiveDecision> query) => query.Where(PublicExecutiveDecision);

    public static IQueryable<PublicQuestion> WherePublic(this IQueryable<PublicQuestion> query) => query.Where(PublicQuestionAccepted);

    public static IQueryable<Deputation> WherePublic(this IQueryable<Deputation> query) => query.Where(PublicDeputation);

    public static IQueryable<ForwardPlanEntry> WherePublic(this IQueryable<ForwardPlanEntry> query) => query.Where(PublicForwardPlanEntry);

    public static IQueryable<ImportedPage> WherePublic(this IQueryable<ImportedPage> query) => query.Where(PublicImportedPage);
}
