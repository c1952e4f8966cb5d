using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Quorum.Domain.Meetings;

namespace Quorum.Domain.Reports;

/// <summary>
/// An officer's report to a meeting. The cover-sheet fields are those of the council template ("REPORT FOR:",
/// "Date of Meeting:", "Subject:", "Key Decision:", …); the body is the summary, recommendations and report.
/// </summary>
public sealed class Report : Entity
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    public required Guid CouncilId { get; set; }

    /// <summary>
    /// The agenda item the report was written and cleared for (the originating consideration); null while it is
    /// drafted before being placed on an agenda. Later meetings that consider it are its <see cref="Consultations"/>.
    /// </summary>
    public Guid? AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    // Cover sheet.

    /// <summary>"REPORT FOR:" the body as named on the cover.</summary>
    public required string ReportFor { get; set; }

    public required LocalDate DateOfMeeting { get; set; }

    public required string Subject { get; set; }

    public bool KeyDecision { get; set; }

    /// <summary>"Paul Hewitt, Corporate Director of People".</summary>
    public required string ResponsibleOfficer { get; set; }

    /// <summary>Executive reports: "Councillor Christine Robson, Portfolio Holder for Children, Young People and Schools".</summary>
    public string? PortfolioHolder { get; set; }

    /// <summary>Scrutiny reports: "Scrutiny Lead Member area: Cllr Jerry Miles".</summary>
    public string? ScrutinyLeadMember { get; set; }

    /// <summary>Set when the whole report is exempt ("Exempt: Yes, paragraph 3").</summary>
    public Schedule12AParagraph? ExemptionParagraph { get; set; }

    public bool IsExempt => ExemptionParagraph is not null;

    public bool DecisionSubjectToCallIn { get; set; }

    /// <summary>"All", a list of ward names, or "None - This is an Information report".</summary>
    public string WardsAffected { get; set; } = "All";

    // Body.

    public string Summary { get; set; } = "";

    public string Recommendations { get; set; } = "";

    /// <summary>Section 2 – Report: the introduction and reasons for the recommendation.</summary>
    public string Body { get; set; } = "";

    /// <summary>Section 2 "Options considered": the alternatives looked at and why they were set aside.</summary>
    public string OptionsConsidered { get; set; } = "";

    public string Background { get; set; } = "";

    public string LegalImplications { get; set; } = "";

    public string FinancialImplications { get; set; } = "";

    /// <summary>The template's "Performance Issues".</summary>
    public string PerformanceIssues { get; set; } = "";

    /// <summary>The template's "Environmental Impact".</summary>
    public string EnvironmentalImpact { get; set; } = "";

    public string RiskManagementImplications { get; set; } = "";

    /// <summary>Equalities implications, including the Equality Impact Assessment where one was done.</summary>
    public string EqualitiesImplications { get; set; } = "";

    public string CouncilPriorities { get; set; } = "";

    /// <summary>Markdown for reports written in Quorum's editor; plain text for reports read from imported packs.</summary>
    public ReportTextFormat TextFormat { get; set; } = ReportTextFormat.PlainText;

    /// <summary>Why a clearing officer sent the report back, shown to the author until it is submitted again.</summary>
    public string? ReturnReason { get; private set; }

    public string? ContactOfficer { get; set; }

    /// <summary>Section 4 "Background Papers": the documents relied on, or "None".</summary>
    public string? BackgroundPapers { get; set; }

    /// <summary>Section 3 "Ward Councillors notified": "NO, as it impacts on all Wards", "YES".</summary>
    public string? WardCouncillorsNotified { get; set; }

    /// <summary>The staff account that drafted the report; only it (or the clerk) edits the draft.</summary>
    public string? DraftedBy { get; set; }

    public PublicationState State { get; private set; } = PublicationState.Draft;

    public List<Clearance> Clearances { get; private set; } = [];

    public List<Enclosure> Enclosures { get; private set; } = [];

    /// <summary>The further considerations after the originating one, in no particular order (see <see cref="TakeTo"/>).</summary>
    public List<Consultation> Consultations { get; private set; } = [];

    public Clearance AddClearance(ClearanceRole role, string name, LocalDate? date, string? onBehalfOf = null, Guid? id = null)
    {
        var clearance = new Clearance { Id = id ?? Guid.NewGuid(), ReportId = Id, Role = role, Name = name, ClearedOn = date, OnBehalfOf = onBehalfOf };
        Clearances.Add(clearance);
        return clearance;
    }

    public Enclosure AddEnclosure(string title, string fileName, int pageCount, string sha256, Guid? id = null)
    {
        var enclosure = new Enclosure(title, fileName, pageCount, sha256) { Id = id ?? Guid.NewGuid(), ReportId = Id, Number = Enclosures.Count + 1 };
        Enclosures.Add(enclosure);
        return enclosure;
    }

    /// <summary>
    /// Takes an enclosure off the report (a wrong file, an appendix dropped) and renumbers the rest, so the cover's
    /// list stays 1, 2, 3 with no gap.
    /// </summary>
    public Enclosure RemoveEnclosure(Guid enclosureId)
    {
        var enclosure = Enclosures.SingleOrDefault(e => e.Id == enclosureId)
            ?? throw new ArgumentException($"Report '{Subject}' has no enclosure {enclosureId}.", nameof(enclosureId));
        Enclosures.Remove(enclosure);
        var number = 1;
        foreach (var remaining in Enclosures.OrderBy(e => e.Number))
        {
            remaining.Number = number++;
        }
        return enclosure;
    }

    /// <summary>
    /// Takes the report on to an item of a later meeting of another (or the same) body of its council. Needs the
    /// report's own item and meeting, <see cref="Consultations"/> with their items, and the target item's meeting and
    /// body loaded. Refuses, saying why, a report not yet on an agenda, an item that already considers it, a
    /// standing item, a body of another council, a cancelled meeting, the meeting the report was written for or one
    /// before it.
    /// </summary>
    public Consultation TakeTo(AgendaItem item, ConsultationPurpose purpose, string recommendation, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var meeting = item.Meeting ?? throw new InvalidOperationException("Load the agenda item's meeting and body first.");
        var body = meeting.Committee ?? throw new InvalidOperationException("Load the agenda item's meeting and body first.");
        if (AgendaItemId is null)
        {
            throw new ConsultationRefusedException($"Report '{Subject}' is not on an agenda yet: place it on the agenda it is written for before taking it to another meeting.");
        }
        var origin = AgendaItem?.Meeting ?? throw new InvalidOperationException("Load the report's agenda item and meeting first.");
        var where = $"{body.Name} on {LongDate.Format(meeting.Date)}";
        if (body.CouncilId != CouncilId)
        {
            throw new ConsultationRefusedException($"{body.Name} is a body of another council; report '{Subject}' can only go to its own council's meetings.");
        }
        if (item.Id == AgendaItemId || Consultations.Any(c => !c.IsDeleted && c.AgendaItemId == item.Id))
        {
            throw new ConsultationRefusedException($"Report '{Subject}' is already considered at item {item.Number} of {where}.");
        }
        if (meeting.Id == origin.Id)
        {
            throw new ConsultationRefusedException($"{where} is the meeting report '{Subject}' was written for; take it on to a later meeting.");
        }
        if (item.Standing is not null)
        {
            throw new ConsultationRefusedException($"Item {item.Number} of {where} is a standing item ({item.Title}); choose an item of business.");
        }
        if (meeting.Date < origin.Date)
        {
            throw new ConsultationRefusedException($"{where} is before the meeting report '{Subject}' was written for ({LongDate.Format(origin.Date)}); a report can only go on to later meetings.");
        }
        if (meeting.Status is MeetingStatus.Cancelled)
        {
            throw new ConsultationRefusedException($"The meeting of {where} is cancelled.");
        }
        if (string.IsNullOrWhiteSpace(recommendation))
        {
            throw new ConsultationRefusedException($"Enter the recommendation put to {where}.");
        }
        var consultation = new Consultation
        {
            Id = id ?? Guid.NewGuid(),
            ReportId = Id,
            AgendaItemId = item.Id,
            AgendaItem = item,
            Purpose = purpose,
            Recommendation = recommendation.Trim(),
        };
        Consultations.Add(consultation);
        return consultation;
    }

    /// <summary>The headed parts of Section 2 after the opening text, in the template's order; empty parts are left out.</summary>
    public IEnumerable<(string Heading, string Text)> ReportSections() =>
        new (string Heading, string Text)[]
        {
            ("Options considered", OptionsConsidered),
            ("Background", Background),
            ("Legal Implications", LegalImplications),
            ("Financial Implications", FinancialImplications),
            ("Performance Issues", PerformanceIssues),
            ("Environmental Impact", EnvironmentalImpact),
            ("Risk Management Implications", RiskManagementImplications),
            ("Equalities implications", EqualitiesImplications),
            ("Council Priorities", CouncilPriorities),
        }.Where(s => !string.IsNullOrWhiteSpace(s.Text));

    /// <summary>
    /// What a report still lacks before it can go for clearance, as the cover sheet and Section 1 name the fields;
    /// empty when it is complete.
    /// </summary>
    public IReadOnlyList<string> MissingForSubmission()
    {
        var missing = new List<string>();
        void Need(string value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(field);
            }
        }
        Need(ReportFor, "Report for");
        Need(Subject, "Subject");
        Need(ResponsibleOfficer, "Responsible Officer");
        Need(WardsAffected, "Wards affected");
        Need(Summary, "Summary");
        Need(Recommendations, "Recommendations");
        return missing;
    }

    public void Submit()
    {
        Advance(PublicationState.Draft, PublicationState.Submitted);
        ReturnReason = null;
    }

    /// <summary>Cleared once the finance and legal clearances are recorded (information reports may go without, as the template's note allows).</summary>
    public void Clear() => Advance(PublicationState.Submitted, PublicationState.Cleared);

    public void Publish() => Advance(PublicationState.Cleared, PublicationState.Published);

    /// <summary>A clearing officer sends a submitted report back to its author for changes, saying why.</summary>
    public void ReturnToDraft(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException($"Say why report '{Subject}' is returned to its author.", nameof(reason));
        }
        Advance(PublicationState.Submitted, PublicationState.Draft);
        ReturnReason = reason.Trim();
    }

    private void Advance(PublicationState from, PublicationState to)
    {
        if (State != from)
        {
            throw new InvalidOperationException($"Report '{Subject}' is {State}; only a {from} report can become {to}.");
        }
        State = to;
    }
}
