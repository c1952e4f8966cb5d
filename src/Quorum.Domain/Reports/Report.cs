using NodaTime;
using Quorum.Domain.Meetings;

namespace Quorum.Domain.Reports;

/// <summary>
/// An officer's report to a meeting. The cover-sheet fields are those of the council template ("REPORT FOR:",
/// "Date of Meeting:", "Subject:", "Key Decision:", …); the body is the summary, recommendations and report.
/// </summary>
public sealed class Report : Entity
{
    public required Guid CouncilId { get; set; }

    /// <summary>The agenda item the report is for; null while it is drafted before being placed on an agenda.</summary>
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

    public string Body { get; set; } = "";

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

    public void Submit() => Advance(PublicationState.Draft, PublicationState.Submitted);

    /// <summary>Cleared once the finance and legal clearances are recorded (information reports may go without, as the template's note allows).</summary>
    public void Clear() => Advance(PublicationState.Submitted, PublicationState.Cleared);

    public void Publish() => Advance(PublicationState.Cleared, PublicationState.Published);

    /// <summary>A clearing officer sends a submitted report back to its author for changes.</summary>
    public void ReturnToDraft() => Advance(PublicationState.Submitted, PublicationState.Draft);

    private void Advance(PublicationState from, PublicationState to)
    {
        if (State != from)
        {
            throw new InvalidOperationException($"Report '{Subject}' is {State}; only a {from} report can become {to}.");
        }
        State = to;
    }
}
